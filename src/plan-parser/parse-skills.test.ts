import { describe, expect, it } from 'vitest';
import { parseSkills } from './parse-skills.ts';

describe('parseSkills', () => {
  it('accepts the skills file shape', () => {
    const skills = parseSkills([
      {
        name: 'get_job',
        description: 'd',
        args: {
          type: 'object',
          properties: { job_id: { type: 'integer', minimum: 1 } },
          required: ['job_id'],
        },
      },
    ]);
    expect(skills[0]?.args.properties?.job_id).toEqual({ type: 'integer', minimum: 1 });
  });

  it('rejects a schema it cannot judge values by', () => {
    expect(() =>
      parseSkills([
        { name: 'x', description: 'd', args: { type: 'object', properties: { a: { type: 'date' } } } },
      ]),
    ).toThrow(/invalid skills/);
    expect(() => parseSkills([{ name: 'two words', description: 'd', args: { type: 'object' } }])).toThrow(
      /identifier/,
    );
  });
});
