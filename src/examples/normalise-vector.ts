/** The vector scaled to unit length (all zeros stays zeros), so a dot product is the cosine. */
export function normaliseVector(values: ArrayLike<number>): Float32Array {
  const vector = Float32Array.from(values);
  const norm = Math.hypot(...vector);
  if (norm > 0) for (let d = 0; d < vector.length; d += 1) vector[d] = (vector[d] as number) / norm;
  return vector;
}
