import { describe, expect, it } from 'vitest';
import { buildTrainingExamples, sameQueryKey } from './build-training-examples.ts';
import { loadClinc } from './load-clinc.ts';
import { devSetQueries } from './load-dev-set.ts';

describe('buildTrainingExamples', () => {
  it('leaves out every held-out (dev-set) query, whatever its case or punctuation', () => {
    const clincTrain = loadClinc().train;
    const heldOut = new Set(devSetQueries().map(sameQueryKey));
    const overlapping = (examples: ReturnType<typeof buildTrainingExamples>) =>
      examples.filter((example) => heldOut.has(sameQueryKey(example.input.query)));
    // The utterance files and CLINC's train split do repeat some dev-set questions...
    expect(overlapping(buildTrainingExamples({ seed: 7, clincTrain })).length).toBeGreaterThan(0);
    // ...which training must not see.
    const shouted = devSetQueries().map((query) => `${query.toUpperCase()}!!`);
    expect(overlapping(buildTrainingExamples({ seed: 7, clincTrain, heldOutQueries: shouted }))).toEqual([]);
  });
});
