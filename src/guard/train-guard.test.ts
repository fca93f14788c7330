import { describe, expect, it } from 'vitest';
import { loadGuardExamples } from './guard-example.ts';
import { serializeGuardModel } from './guard-model.ts';
import { judgeText } from './judge-text.ts';
import { trainGuard } from './train-guard.ts';

const examples = loadGuardExamples();

describe('trainGuard', () => {
  it('is deterministic: the same data and seed give a byte-identical model file', () => {
    const options = { examples: examples.slice(0, 120), folds: 3, epochs: 3, buckets: 1 << 12 };
    const first = serializeGuardModel(trainGuard(options).model);
    expect(serializeGuardModel(trainGuard(options).model)).toBe(first);
    expect(serializeGuardModel(trainGuard({ ...options, seed: 12 }).model)).not.toBe(first);
  });

  it('cross-validated, blocks attacks on unseen carriers and templates and allows the hard negatives', () => {
    // Out-of-fold scores: each row judged by a model that never saw it nor its near-duplicates.
    const { report, model } = trainGuard({ examples });
    const byKind = Object.fromEntries(report.crossValidated.byKind.map((kind) => [kind.kind, kind]));
    expect(report.crossValidated.f1).toBeGreaterThan(0.85);
    expect(byKind.benign_career?.blockedShare).toBeLessThanOrEqual(0.05);
    expect(byKind.indirect_injection?.blockedShare).toBeGreaterThan(0.85);
    // The served model, fitted on every row, allows the innocent uses of attack words.
    const hardNegatives = examples.filter(
      (example) =>
        example.kind === 'benign_career' && /ignore|password|act as|system|override/i.test(example.text),
    );
    expect(hardNegatives.length).toBeGreaterThan(5);
    for (const example of hardNegatives)
      expect(judgeText(model, { text: example.text }).verdict).toBe('allow');
  });
});
