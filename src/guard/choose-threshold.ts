import { evaluateGuard, type ScoredExample } from './evaluate-guard.ts';

/**
 * The blocking threshold with the best F1 on cross-validated scores among those that block at most
 * `maxFalsePositiveRate` of the benign texts (refusing an innocent member costs more than it looks
 * in F1). Among equally good ones, the midpoint of the widest gap between neighbouring scores, so
 * the choice does not sit on one example.
 */
export function chooseThreshold(
  scored: readonly ScoredExample[],
  maxFalsePositiveRate: number,
): { threshold: number; f1: number } {
  const scores = [...new Set(scored.map((example) => example.score))].sort((a, b) => a - b);
  let best = { threshold: 1, f1: -1, gap: 0 };
  for (let i = 1; i < scores.length; i++) {
    const low = scores[i - 1] as number;
    const high = scores[i] as number;
    const threshold = (low + high) / 2;
    const { f1, falsePositiveRate } = evaluateGuard(scored, threshold);
    if (falsePositiveRate > maxFalsePositiveRate) continue;
    if (f1 > best.f1 + 1e-12 || (Math.abs(f1 - best.f1) <= 1e-12 && high - low > best.gap))
      best = { threshold, f1, gap: high - low };
  }
  return { threshold: best.threshold, f1: best.f1 };
}
