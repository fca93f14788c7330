import { type Document, isScalar, parseDocument, type Tags, visit } from 'yaml';
import { CallTextError } from './call-text-error.ts';
import { NumberLiteral } from './number-literal.ts';
import { sameValue } from './parse-loose-json.ts';
import { readSimpleYaml } from './read-simple-yaml.ts';
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

const OPTIONS = { customTags: numbersWithSource, uniqueKeys: false } as const;

/** A key written twice is harmless with the same value and ambiguous with another. */
function checkDuplicateKeys(document: Document): void {
  visit(document, {
    Map(_, map) {
      const seen = new Map<unknown, unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : JSON.stringify(pair.key);
        const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? pair.value;
        if (seen.has(key) && !sameValue(seen.get(key), value)) {
          throw new CallTextError('ambiguous', `key '${String(key)}' given twice with different values`);
        }
        seen.set(key, value);
      }
    },
  });
}

/** Parses YAML with the `yaml` package; throws CallTextError('malformed') with its first error. */
export function parseYaml(text: string): unknown {
  const document = parseDocument(text, OPTIONS);
  const error = document.errors[0];
  if (error) throw new CallTextError('malformed', error.message.split('\n')[0] ?? 'invalid YAML');
  try {
    checkDuplicateKeys(document);
    return document.toJS({ maxAliasCount: 50 });
  } catch (failure) {
    if (failure instanceof CallTextError) throw failure;
    // e.g. a number used as a mapping key, or an alias bomb: not a call either way
    throw new CallTextError('malformed', failure instanceof Error ? failure.message : String(failure));
  }
}

/** One reading of a call's text, with the repairs it took. */
export interface Reading {
  value: unknown;
  repairs: Repair[];
}

/**
 * The readings of one call's YAML, most faithful first: the text as written (so valid YAML keeps its
 * meaning), then with line repairs, then re-indented. The caller takes the first reading that makes a
 * valid call. `argNames` are the skills' argument names, which tell a run-on line apart from a value
 * holding `: `. Each reading is parsed only when asked for.
 */
export function* yamlReadings(
  text: string,
  argNames: ReadonlySet<string>,
): Generator<Reading | CallTextError> {
  const simple = readSimpleYaml(text);
  yield simple === undefined ? read(text, []) : { value: simple, repairs: [] };
  const repairs: Repair[] = [];
  let repaired: string;
  try {
    repaired = repairYamlLines(text, argNames, repairs);
  } catch (error) {
    if (error instanceof CallTextError) return yield error;
    throw error;
  }
  if (repaired !== text) yield read(repaired, repairs);
  const reindented = normalizeIndentation(repaired);
  if (reindented !== repaired) yield read(reindented, [...repairs, { kind: 'indentation' }]);
}

function read(text: string, repairs: Repair[]): Reading | CallTextError {
  try {
    return { value: parseYaml(text), repairs };
  } catch (error) {
    if (error instanceof CallTextError) return error;
    throw error;
  }
}
