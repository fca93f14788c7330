import { describe, expect, it } from 'vitest';
import { toDossierItems } from './to-dossier-items.ts';

const origin = { skill: 'any', callId: 4 };

describe('toDossierItems', () => {
  it('makes one item per entity line, the heading going with the first', () => {
    const rendered =
      '2 job(s) found; showing 2:\n[job_id 11] Data Engineer — Acme (company_id 5)\n[job_id 12] Analyst — Beta (company_id 6)\nremote';
    expect(toDossierItems(rendered, origin)).toEqual([
      { kind: 'job', id: '11', text: 'Data Engineer — Acme (company_id 5)\n2 job(s) found; showing 2:' },
      { kind: 'job', id: '12', text: 'Analyst — Beta (company_id 6)\nremote' },
    ]);
  });

  it('labels posts, articles, occupations and web results by their own ids', () => {
    const rendered =
      '[slug a-post] "A"\n[article_id handbook/x] "X"\n[onet_code 15-1252.00] Developers\n[url https://e.x/a] E';
    expect(toDossierItems(rendered, origin).map(({ kind, id }) => `${kind}:${id}`)).toEqual([
      'post:a-post',
      'article:handbook/x',
      'occupation:15-1252.00',
      'web:https://e.x/a',
    ]);
  });

  it('labels a result by the first entity inside it, else by the skill and call', () => {
    expect(toDossierItems('member_id 3 vs [job_id 9] Engineer\nmissing: Revit', origin)[0]).toMatchObject({
      kind: 'job',
      id: '9',
    });
    expect(
      toDossierItems('salaries for "nurse": 3 matching posting(s)', { skill: 'salary_insights', callId: 2 }),
    ).toEqual([
      { kind: 'occupation', id: 'salary_insights-2', text: 'salaries for "nurse": 3 matching posting(s)' },
    ]);
    expect(toDossierItems('', origin)).toEqual([]);
  });
});
