/**
 * Expected calibration error over equal-width confidence bins: the support-weighted mean gap between
 * how confident the model was and how often it was right.
 */
export function expectedCalibrationError(
  predictions: { confidence: number; correct: boolean }[],
  bins = 15,
): number {
  const confidenceSums = new Array<number>(bins).fill(0);
  const correctCounts = new Array<number>(bins).fill(0);
  const counts = new Array<number>(bins).fill(0);
  for (const { confidence, correct } of predictions) {
    const bin = Math.min(bins - 1, Math.floor(confidence * bins));
    confidenceSums[bin] = (confidenceSums[bin] as number) + confidence;
    correctCounts[bin] = (correctCounts[bin] as number) + (correct ? 1 : 0);
    counts[bin] = (counts[bin] as number) + 1;
  }
  let error = 0;
  for (let bin = 0; bin < bins; bin++) {
    const count = counts[bin] as number;
    if (count > 0)
      error +=
        Math.abs((confidenceSums[bin] as number) - (correctCounts[bin] as number)) / predictions.length;
  }
  return error;
}
