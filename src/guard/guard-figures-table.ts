import type { GuardFigures } from './evaluate-guard.ts';

const percent = (value: number | undefined) => (value === undefined ? '' : `${(value * 100).toFixed(1)}%`);

/** One row per kind, then the overall row: what `dossier train-guard` and the benchmark print. */
export function guardFiguresTable(figures: GuardFigures): Record<string, Record<string, string | number>> {
  const table: Record<string, Record<string, string | number>> = {};
  for (const kind of figures.byKind)
    table[kind.kind] = {
      rows: kind.count,
      precision: percent(kind.precision),
      recall: kind.precision === undefined ? '' : percent(kind.blockedShare),
      F1: percent(kind.f1),
      'false positives': kind.precision === undefined ? percent(kind.blockedShare) : '',
    };
  table['all attacks / all benign'] = {
    rows: figures.byKind.reduce((sum, kind) => sum + kind.count, 0),
    precision: percent(figures.precision),
    recall: percent(figures.recall),
    F1: percent(figures.f1),
    'false positives': percent(figures.falsePositiveRate),
  };
  return table;
}
