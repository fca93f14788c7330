/** A number written in text, with its scale applied: `$120k` → 120000. */
export interface Figure {
  value: number;
  /** Money, a percentage or a scaled amount: a fact a model can invent, whatever its size. */
  marked: boolean;
  percent: boolean;
  /** The text right after the figure, for its unit. */
  after: string;
}

// Currency before, digits with thousands separators and decimals, then a scale or a currency/percent after.
const FIGURE =
  /([$€£]\s?)?(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(k|m|bn|thousand|million|billion)\b|\s?(%|percent\b|usd\b|eur\b|gbp\b|dollars\b))?/gi;

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/** Every figure in the text, in order. Citations should be taken out first: their ids are not facts. */
export function readFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [matched, currency, whole, fraction, scale, unit] = match;
    const base = Number(`${(whole as string).replaceAll(',', '')}${fraction ?? ''}`);
    const factor = scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1;
    const end = match.index + matched.length;
    figures.push({
      value: base * factor,
      marked: Boolean(currency || scale || unit),
      percent: unit === '%' || unit?.toLowerCase() === 'percent',
      after: text.slice(end, end + 16),
    });
  }
  return figures;
}
