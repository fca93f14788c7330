import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../llm/simulator/seeded-random.ts';
import { calibrateTemperature } from './calibrate-temperature.ts';
import { expectedCalibrationError } from './expected-calibration-error.ts';
import { softmax } from './score-logits.ts';

describe('calibrateTemperature', () => {
  it('recovers the temperature that generated the labels, and that lowers the ECE', () => {
    const random = createSeededRandom(11);
    const trueTemperature = 2.5;
    const logits: Float64Array[] = [];
    const labels: number[] = [];
    for (let n = 0; n < 4000; n++) {
      const row = Float64Array.from({ length: 4 }, () => random() * 12 - 6);
      const probabilities = softmax(Float64Array.from(row), trueTemperature);
      let draw = random();
      let label = 0;
      while (label < 3 && draw >= (probabilities[label] as number)) draw -= probabilities[label++] as number;
      logits.push(row);
      labels.push(label);
    }
    const fitted = calibrateTemperature(logits, labels);
    expect(fitted).toBeGreaterThan(2.2);
    expect(fitted).toBeLessThan(2.8);
    const ece = (temperature: number) =>
      expectedCalibrationError(
        logits.map((row, i) => {
          const probabilities = softmax(Float64Array.from(row), temperature);
          const best = probabilities.indexOf(Math.max(...probabilities));
          return { confidence: probabilities[best] as number, correct: best === labels[i] };
        }),
      );
    expect(ece(fitted)).toBeLessThan(ece(1) / 2);
  });
});
