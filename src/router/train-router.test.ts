import { describe, expect, it } from 'vitest';
import { buildTrainingExamples } from './build-training-examples.ts';
import { loadClinc } from './load-clinc.ts';
import { serializeRouterModel } from './router-model.ts';
import { trainRouter } from './train-router.ts';

describe('trainRouter', () => {
  it('is deterministic: the same data and seed give a byte-identical model file', () => {
    const examples = buildTrainingExamples({ seed: 3, clincTrain: loadClinc().train.slice(0, 300) }).filter(
      (_, i) => i % 6 === 0,
    );
    const train = () =>
      serializeRouterModel(trainRouter({ examples, buckets: 1 << 12, epochs: 2, seed: 3 }).model);
    const first = train();
    expect(train()).toBe(first);
    expect(
      serializeRouterModel(trainRouter({ examples, buckets: 1 << 12, epochs: 2, seed: 4 }).model),
    ).not.toBe(first);
  });
});
