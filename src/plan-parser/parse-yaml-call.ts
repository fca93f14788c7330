import { parseDocument, type Tags } from 'yaml';
import { CallTextError } from './call-text-error.ts';
import { NumberLiteral } from './number-literal.ts';
import { normalizeIndentation, repairYamlLines } from './repair-yaml-lines.ts';
import type { Repair } from './types.ts';

const NUMBER_TAGS = new Set(['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']);

/** The core schema, except that numbers keep their source text (see NumberLiteral). */
function numbersWithSource(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === 'string' || !NUMBER_TAGS.has(tag.tag) || !('resolve' in tag) || !tag.resolve)
      return tag;
    const resolve = tag.resolve as (source: string, ...rest: unknown[]) => unknown;
    return {
      ...tag,
      resolve: (source: string, ...rest: unknown[]) =>
        new NumberLiteral(Number(resolve(source, ...rest)), source),
    } as typeof tag;
  });
}

const OPTIONS = { customTags: numbersWithSource, uniqueKeys: true } as const;

function tryParse(text: string): { value: unknown } | { error: string; duplicate: boolean } {
  const document = parseDocument(text, OPTIONS);
  if (document.errors.length > 0) {
    const duplicate = document.errors.some((error) => error.code === 'DUPLICATE_KEY');
    return { error: document.errors[0]?.message.split('\n')[0] ?? 'invalid YAML', duplicate };
  }
  return { value: document.toJS({ maxAliasCount: 50 }) };
}

const isMapping = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses one call's YAML with the `yaml` package. Text that parses to a mapping is taken as written,
 * so valid YAML keeps its meaning; otherwise line repairs, then re-indentation, are tried in turn.
 * A key given twice is ambiguous, not repaired.
 */
export function parseYamlCall(text: string, repairs: Repair[]): unknown {
  const first = tryParse(text);
  if ('value' in first && isMapping(first.value)) return first.value;
  if ('duplicate' in first && first.duplicate) throw new CallTextError('ambiguous', 'a key is given twice');
  const lineRepairs: Repair[] = [];
  const repaired = repairYamlLines(text, lineRepairs);
  for (const [candidate, extra] of [
    [repaired, []],
    [normalizeIndentation(repaired), [{ kind: 'indentation' }]],
  ] as const) {
    const attempt = tryParse(candidate);
    if ('duplicate' in attempt && attempt.duplicate)
      throw new CallTextError('ambiguous', 'a key is given twice');
    if ('value' in attempt && isMapping(attempt.value)) {
      repairs.push(...lineRepairs, ...extra);
      return attempt.value;
    }
  }
  if ('value' in first) return first.value;
  throw new CallTextError('malformed', first.error);
}
