import type { Repair, RepairKind } from './types.ts';

/** Repair kinds that say nothing about how the model wrote its plan. */
const NOT_A_MISTAKE = new Set<RepairKind>(['fence', 'null-omitted']);

/** One hint per family of mistakes; several repair kinds share a hint. */
const HINTS: [string, RepairKind[]][] = [
  [
    'Write only the YAML: no prose, no markdown fences, no reasoning before or after it.',
    ['fence-unclosed', 'prose-before', 'prose-after', 'reasoning-block'],
  ],
  ['Indent with two spaces, never tabs; `args:` lines up under `skill:`.', ['tabs', 'indentation']],
  ['Put a space after every colon: `limit: 5`, not `limit:5`.', ['colon-space']],
  [
    'Quote a value that contains ": " or starts with a quote, and close every quote: `title: "Engineer: Platform"`.',
    ['unquoted-colon', 'unterminated-quote', 'smart-quotes'],
  ],
  [
    'Use the keys `skill` and `args` exactly, with the arguments nested under `args`.',
    ['key-alias', 'flattened-args', 'skill-as-key', 'skill-name'],
  ],
  [
    'Start with `calls:` and make every call a `- skill:` item, even a single one.',
    ['top-level-list', 'single-call', 'markdown-list', 'markdown-emphasis', 'function-call'],
  ],
  [
    'Write YAML, not JSON; if you must write JSON, write strict JSON.',
    [
      'json-commas',
      'json-quotes',
      'json-unquoted-keys',
      'json-comments',
      'python-literals',
      'double-encoded',
    ],
  ],
  [
    'Write numbers as bare digits (`limit: 5`, `min_salary: 120000`) and booleans as true or false.',
    ['coerced-number', 'coerced-boolean', 'coerced-string'],
  ],
  [
    'Give a list argument as a list (`skills: [Python, SQL]`), and an enum value exactly as listed.',
    ['coerced-array', 'enum-normalized'],
  ],
  [
    'Only use the arguments each skill lists; no comments after values.',
    ['unknown-arg-dropped', 'comment-stripped'],
  ],
  ['Keep the plan short so it is never cut off; finish every call.', ['truncated']],
];

const EXAMPLE = [
  'calls:',
  '  - skill: job_search',
  '    args:',
  '      query: data engineer',
  '      location: Austin, TX',
  '      limit: 5',
];

/** Counts repairs by kind over many parse results: what renderFormatRules emphasises. */
export function countRepairs(results: Iterable<{ repairs: readonly Repair[] }>): Map<RepairKind, number> {
  const counts = new Map<RepairKind, number>();
  for (const result of results) {
    for (const { kind } of result.repairs) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

/**
 * The planning prompt's "format rules" section: the expected shape, then the hints for the mistakes
 * the repair counters saw most, most frequent first (at most `limit`). With no counts yet it gives
 * the general hints in their usual order, so a fresh deployment still gets sensible rules.
 */
export function renderFormatRules(counters: ReadonlyMap<RepairKind, number>, limit = 4): string {
  const weighed = HINTS.map(([hint, kinds], order) => ({
    hint,
    order,
    count: kinds.reduce((sum, kind) => sum + (NOT_A_MISTAKE.has(kind) ? 0 : (counters.get(kind) ?? 0)), 0),
  }));
  const seen = weighed.filter((h) => h.count > 0).sort((a, b) => b.count - a.count || a.order - b.order);
  const chosen = (seen.length > 0 ? seen : weighed).slice(0, limit);
  return [
    '## Format rules',
    'Answer with the plan in YAML, exactly in this shape:',
    ...EXAMPLE,
    seen.length > 0 ? 'Mistakes to avoid (most frequent first):' : 'Rules:',
    ...chosen.map(({ hint }, i) => `${i + 1}. ${hint}`),
  ].join('\n');
}
