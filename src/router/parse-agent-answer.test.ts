import { describe, expect, it } from 'vitest';
import { parseAgentAnswer } from './parse-agent-answer.ts';

describe('parseAgentAnswer', () => {
  it.each([
    ['jobs', 'jobs'],
    ['  `job_fit`\n', 'job_fit'],
    ['{"agent": "post_takeaways"}', 'post_takeaways'],
    ['Agent id: Career Coach', 'career_coach'],
    ['job-fit', 'job_fit'],
    ['<think>maybe jobs? no.</think>company', 'company'],
    ['The right agent is knowledge, not jobs.', 'knowledge'],
    ['OUT_OF_SCOPE', 'out_of_scope'],
  ])('reads %j as %s', (text, agent) => {
    expect(parseAgentAnswer(text)).toBe(agent);
  });

  it('gives undefined when no agent is named', () => {
    expect(parseAgentAnswer('I cannot help with that.')).toBeUndefined();
    expect(parseAgentAnswer('')).toBeUndefined();
  });
});
