// Where the rendered planning and answer prompts put each part, for readers of a rendered prompt
// (the offline engine). The renderers' own text is the source: `prompt-markers.test.ts` in
// src/offline-engine renders real prompts and reads them back, so a change on either side fails there.

export const SKILLS_HEADING = '## Skills you can call';
export const DOSSIER_HEADING = '## Dossier';
export const QUESTION_HEADING = '## Question';
export const HISTORY_HEADING = '## Conversation so far';
export const VIEWING_PREFIX = 'Viewing: ';
export const ASKING_MEMBER_PREFIX = 'Asking member: ';
const VIEWED = new RegExp(
  `^${VIEWING_PREFIX}(\\S+)(?:\\n<<<VIEWED ([0-9a-f]+)>>>\\n(.*)\\n<<<END \\2>>>)?`,
  'm',
);

/**
 * What the member views, read from a request section: `job:42 — Data Engineer at Acme` (the reference,
 * then the fenced description), or the reference alone. The first `Viewing:` line is the real one: a
 * description is rendered on one line inside its fence, so it cannot put one before it.
 */
export function readViewing(request: string): string | undefined {
  const match = VIEWED.exec(request);
  if (!match) return undefined;
  return match[3] === undefined ? match[1] : `${match[1]} — ${match[3]}`;
}

/** What the dossier says when no skill returned anything. */
export const EMPTY_DOSSIER_NOTE = '(The dossier is empty';

/** One fenced dossier item read back: its citation as the prompt labels it, e.g. `[job:3904388204]`. */
export interface FencedItem {
  citation: string;
  kind: string;
  id: string;
  text: string;
}

/** Items fenced by `<<<DATA nonce [kind:id]>>>` … `<<<END nonce>>>`; only fences carrying one nonce count. */
export function readFencedItems(text: string): FencedItem[] {
  const nonce = /<<<DATA ([0-9a-f]+) \[/.exec(text)?.[1];
  if (!nonce) return [];
  const fence = new RegExp(
    `<<<DATA ${nonce} (\\[([a-z]+):([^\\]\\s]+)\\])>>>\\n([\\s\\S]*?)\\n<<<END ${nonce}>>>`,
    'g',
  );
  return [...text.matchAll(fence)].map((match) => ({
    citation: match[1] as string,
    kind: match[2] as string,
    id: match[3] as string,
    text: match[4] as string,
  }));
}

/** The text with every fenced item taken out: what the prompt itself says around the data. */
export function withoutFencedItems(text: string): string {
  return text.replace(/<<<DATA ([0-9a-f]+) [\s\S]*?<<<END \1>>>/g, '');
}
