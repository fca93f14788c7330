import { describe, expect, it } from 'vitest';
import { createTrustFilter, type TrustOutput } from './create-trust-filter.ts';
import { createTrustContext } from './trust-context.ts';

const context = createTrustContext({
  dossier: [{ kind: 'job', id: 1, text: 'Data Engineer at Acme, Austin · 120,000 USD' }],
  sourceText: 'Data Engineer at Acme, Austin · 120,000 USD',
  askingMemberId: null,
});

/** Feeds the text word by word, a word every `tickMs`; returns what the member has seen after each word, and every output. */
function feed(text: string, { tickMs = 0, maxHoldMs }: { tickMs?: number; maxHoldMs?: number } = {}) {
  let clock = 0;
  const filter = createTrustFilter(context, { maxHoldMs, now: () => clock });
  const outputs: TrustOutput[] = [];
  const seenAfter: string[] = [];
  let seen = '';
  const apply = (batch: TrustOutput[]) => {
    for (const output of batch) {
      outputs.push(output);
      if (output.type === 'text') seen += output.text;
      if (output.type === 'retracted') seen = seen.slice(0, output.fromChar);
    }
  };
  for (const word of text.match(/\s*\S+\s*/g) ?? []) {
    clock += tickMs;
    apply(filter.push(word));
    seenAfter.push(seen);
  }
  apply(filter.end());
  return { seen, seenAfter, outputs };
}

describe('createTrustFilter', () => {
  it('lets grounded text through unchanged, holding back only the open sentence', () => {
    const text =
      'The role at Acme pays 120,000 USD [job:1]. It is in Austin.\n- Remote: no [job:1]\nAsk me more';
    const { seen, seenAfter, outputs } = feed(text);
    expect(seen).toBe(text);
    expect(outputs.every((output) => output.type === 'text')).toBe(true);
    // After each word, everything up to the last sentence end has been shown.
    const words = text.match(/\s*\S+\s*/g) ?? [];
    let written = '';
    words.forEach((word, i) => {
      written += word;
      const stop = written.lastIndexOf('. ');
      const closed = Math.max(stop < 0 ? 0 : stop + 2, written.lastIndexOf('\n') + 1);
      expect(seenAfter[i]).toBe(written.slice(0, closed));
    });
  });

  it('withholds a failing sentence that was never shown, and keeps the rest', () => {
    const { seen, outputs } = feed(
      "The role is at Acme [job:1]. You're a terrible fit for it. It is in Austin.",
    );
    expect(seen).toBe('The role is at Acme [job:1]. It is in Austin.');
    expect(
      outputs.filter((o) => o.type === 'withheld').map((o) => o.type === 'withheld' && o.violation.check),
    ).toEqual(['respect']);
  });

  it('a dropped line keeps its line break', () => {
    const { seen } = feed('Pay:\n- 120,000 USD [job:1]\n- 480,000 USD elsewhere\n- Austin');
    expect(seen).toBe('Pay:\n- 120,000 USD [job:1]\n\n- Austin');
  });

  it('shows a sentence held past the limit before it ends, and retracts it when its end fails a check', () => {
    const long = `The team at Acme ${'works on data pipelines and '.repeat(4)}takes calls at (202) 555-0142 daily.`;
    const { seen, seenAfter, outputs } = feed(`Intro [job:1]. ${long} Austin.`, {
      tickMs: 20,
      maxHoldMs: 100,
    });
    const retraction = outputs.find((o) => o.type === 'retracted');
    expect(retraction).toMatchObject({ type: 'retracted', fromChar: 'Intro [job:1]. '.length });
    expect(retraction?.type === 'retracted' && retraction.violation.check).toBe('private_data');
    // Part of the long sentence was on screen before the phone number arrived.
    expect(seenAfter.some((s) => s.startsWith('Intro [job:1]. The team at Acme works'))).toBe(true);
    expect(seen).toBe('Intro [job:1]. Austin.');
  });

  it('a sentence held past the limit that fails on a prefix is withheld from there without waiting for its end', () => {
    const long = `You are a terrible fit ${'and the pipelines are hard '.repeat(4)}today.`;
    const { seen, outputs } = feed(`Intro [job:1]. ${long}`, { tickMs: 20, maxHoldMs: 60 });
    expect(outputs.filter((o) => o.type !== 'text')).toHaveLength(1);
    expect(seen).toBe('Intro [job:1]. ');
  });
});
