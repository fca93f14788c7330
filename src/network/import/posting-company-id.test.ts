import { describe, expect, it } from 'vitest';
import { NAMED_EMPLOYER_ID_BASE, postingCompanyIds, UNDISCLOSED_EMPLOYER_ID } from './posting-company-id.ts';

describe('postingCompanyIds', () => {
  const dataset = [
    { id: 1088, name: 'NXP Semiconductors' },
    { id: 91313799, name: 'Stealth' },
  ];

  it('keeps ids, matches unique names and derives stable ids for the rest', () => {
    const ids = postingCompanyIds(dataset, [
      { company_id: 4592, company_name: 'SKF Group' },
      { company_id: null, company_name: 'nxp  semiconductors' },
      { company_id: null, company_name: 'SKF Group' },
      { company_id: 91471911, company_name: 'Stealth' },
      { company_id: null, company_name: 'Stealth' },
      { company_id: null, company_name: 'Corner Bakery' },
      { company_id: null, company_name: null },
      { company_id: 23729571, company_name: null },
    ]);
    expect(ids.slice(0, 4)).toEqual([4592, 1088, 4592, 91471911]);
    // "Stealth" names two companies: ambiguous, so it gets an id of its own, like any unknown name.
    for (const id of [ids[4], ids[5]]) {
      expect(id).toBeGreaterThanOrEqual(NAMED_EMPLOYER_ID_BASE);
      expect(id).toBeLessThan(NAMED_EMPLOYER_ID_BASE + 2 ** 32);
    }
    expect(ids[6]).toBe(UNDISCLOSED_EMPLOYER_ID);
    expect(ids[7]).toBe(23729571);
    expect(postingCompanyIds([], [{ company_id: null, company_name: 'Corner  Bakery' }])).toEqual([ids[5]]);
  });
});
