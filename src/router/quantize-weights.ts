import { z } from 'zod';

/** Weights as a model file stores them: int16 (weight = value × scale), little-endian, base64. */
export const quantizedWeightsSchema = z.object({ scale: z.number().positive(), int16: z.string() });
export type QuantizedWeights = z.infer<typeof quantizedWeightsSchema>;

/** Deterministic int16 quantisation: the same weights always give the same text, so retraining diffs cleanly. */
export function quantizeWeights(weights: Float32Array): QuantizedWeights {
  let maxAbs = 0;
  for (const weight of weights) maxAbs = Math.max(maxAbs, Math.abs(weight));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const quantised = new Int16Array(weights.length);
  for (let i = 0; i < quantised.length; i++) quantised[i] = Math.round((weights[i] as number) / scale);
  return { scale, int16: Buffer.from(quantised.buffer).toString('base64') };
}

export function dequantizeWeights(stored: QuantizedWeights): Float32Array {
  const bytes = Buffer.from(stored.int16, 'base64');
  const quantised = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  return Float32Array.from(quantised, (value) => value * stored.scale);
}
