import { createSeededRandom, pickOne } from '../llm/simulator/seeded-random.ts';
import type { GuardExample } from './guard-example.ts';

/** The source of a synthetic example, so its loss weight can differ. */
export const PLANTED_SOURCE_PREFIX = 'planted:';
/** Longer attack strings are whole jailbreak pages, not something hidden in a job description. */
const MAX_PAYLOAD_CHARS = 400;
const COPIES = 2;

/**
 * Synthetic indirect injections, as BIPIA builds them: each short direct injection among `examples`
 * planted bare, at a sentence or line break, in two real pages (job descriptions, posts). The
 * hand-written carriers are few and short; these teach that an instruction inside an otherwise clean
 * page is the attack. Only `examples` are used, so cross-validation plants its training folds' strings.
 */
export function plantInjections(
  examples: readonly GuardExample[],
  carriers: readonly GuardExample[],
  seed: number,
): GuardExample[] {
  if (carriers.length === 0) return [];
  const random = createSeededRandom(seed);
  const payloads = examples.filter(
    (example) => example.kind === 'direct_injection' && example.text.length <= MAX_PAYLOAD_CHARS,
  );
  return payloads.flatMap((payload) =>
    Array.from({ length: COPIES }, (_, copy): GuardExample => {
      const page = pickOne(random, carriers).text;
      const breaks = [
        0,
        ...[...page.matchAll(/[.!?]\s+|\n+/g)].map((m) => m.index + m[0].length),
        page.length,
      ];
      const at = pickOne(random, breaks);
      return {
        id: `${PLANTED_SOURCE_PREFIX}${payload.id}:${copy}`,
        text: `${page.slice(0, at)}${payload.text}\n${page.slice(at)}`.trim(),
        label: 'attack',
        kind: 'indirect_injection',
        source: `${PLANTED_SOURCE_PREFIX}${payload.source}`,
      };
    }),
  );
}
