import { describe, expect, it } from 'vitest';
import type { CallTextError } from './call-text-error.ts';
import { coerceArgs } from './coerce-args.ts';
import { NumberLiteral } from './number-literal.ts';
import type { ArgSchema, Repair } from './types.ts';

const schema: ArgSchema = {
  type: 'object',
  properties: {
    query: { type: 'string' },
    limit: { type: 'integer', minimum: 1, maximum: 50 },
    percentile: { type: 'number', minimum: 0, maximum: 100 },
    remote: { type: 'boolean' },
    work_type: { type: 'string', enum: ['full_time', 'part_time', 'contract'] },
    skills: { type: 'array', items: { type: 'string' } },
    focus: { type: 'array', items: { type: 'string', enum: ['technical', 'soft'] } },
  },
  required: ['query'],
};

function coerce(raw: Record<string, unknown>) {
  const repairs: Repair[] = [];
  return { args: coerceArgs(schema, { query: 'q', ...raw }, 'job_search', repairs), repairs };
}

function reason(raw: Record<string, unknown>): string {
  try {
    coerce(raw);
    return 'accepted';
  } catch (error) {
    return (error as CallTextError).reason;
  }
}

describe('coerceArgs', () => {
  it.each([
    [{ limit: '5' }, { limit: 5 }],
    [{ limit: ' 10.0 ' }, { limit: 10 }],
    [{ limit: '1,0' }, 'ambiguous'],
    [{ remote: 'yes' }, { remote: true }],
    [{ remote: 'False' }, { remote: false }],
    [{ remote: 'true // asked for it' }, { remote: true }],
    [{ work_type: 'Full Time' }, { work_type: 'full_time' }],
    [{ work_type: 'part-time' }, { work_type: 'part_time' }],
    [{ skills: 'Kubernetes' }, { skills: ['Kubernetes'] }],
    [{ focus: 'technical, soft' }, { focus: ['technical', 'soft'] }],
    [{ percentile: '1.000' }, { percentile: 1 }],
    [{ percentile: '50%' }, { percentile: 50 }],
    [{ limit: null, remote: 'None' }, {}],
    [{ Work_Type: 'contract' }, { work_type: 'contract' }],
    [{ limit: [7] }, { limit: 7 }],
  ])('%j → %j', (raw, expected) => {
    if (typeof expected === 'string') expect(reason(raw)).toBe(expected);
    else expect(coerce(raw).args).toEqual({ query: 'q', ...expected });
  });

  it.each([
    [{ limit: '5 or 10' }, 'ambiguous'],
    [{ limit: '5-10' }, 'ambiguous'],
    [{ limit: '1.000' }, 'ambiguous'],
    [{ limit: new NumberLiteral(1, '1.000') }, 'ambiguous'],
    [{ limit: [5, 10] }, 'ambiguous'],
    [{ work_type: 'full_time or contract' }, 'ambiguous'],
    [{ skills: 'Python, SQL' }, 'ambiguous'],
    [{ remote: 'maybe' }, 'ambiguous'],
    [{ limit: 'ten' }, 'type-mismatch'],
    [{ limit: 1.5 }, 'type-mismatch'],
    [{ limit: 51 }, 'out-of-bounds'],
    [{ limit: '0' }, 'out-of-bounds'],
    [{ work_type: 'freelance' }, 'enum-mismatch'],
    [{ query: null }, 'missing-required'],
    [{ skills: { a: 1 } }, 'type-mismatch'],
  ])('rejects %j as %s', (raw, expected) => {
    expect(reason(raw)).toBe(expected);
  });

  it('drops unknown arguments and records what it changed', () => {
    const { args, repairs } = coerce({ limit: '5', colour: 'blue' });
    expect(args).toEqual({ query: 'q', limit: 5 });
    expect(repairs.map((r) => r.kind)).toEqual(['coerced-number', 'unknown-arg-dropped']);
  });

  it('keeps the source text of a number given for a string', () => {
    expect(coerceArgs(schema, { query: new NumberLiteral(1.1, '1.10') }, 's', []).query).toBe('1.10');
  });
});
