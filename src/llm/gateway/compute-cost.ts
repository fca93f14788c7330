import type { PriceTable } from '../config/llm-config-schema.ts';

/** US dollars for one call, or undefined when the model has no price (self-hosted models often have none). */
export function computeCostUsd(
  prices: PriceTable,
  model: string,
  inputTokens: number,
  outputTokens: number,
): number | undefined {
  const price = prices[model];
  if (!price) return undefined;
  return (
    (inputTokens * price.inputPerMillionTokens + outputTokens * price.outputPerMillionTokens) / 1_000_000
  );
}
