/** What a member whose message the guard blocked is told: fixed, so no model can be talked round. */
export const GUARD_REFUSAL =
  "I can't help with that: your message reads like an attempt to change how I work (for example, to make me ignore or reveal my instructions, or to take on a persona without limits). I'm glad to help with jobs, companies, posts and your career; ask me about any of those.";
