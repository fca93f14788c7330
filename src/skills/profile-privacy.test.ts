import { afterAll, describe, expect, it } from 'vitest';
import { ANONYMOUS_VIEWER, memberViewer } from '../network/api/viewer.ts';
import { createTestRegistry } from './test-network.ts';

// Private member fields (email, phone, desired salary, open to work) reach only the member
// themself, whatever arguments the LLM writes.

const { db, registry } = createTestRegistry();
afterAll(() => db.destroy());

const OWNER = 1;
const PRIVATE = { email: 'iva.howell1@example.com', phone: '(859) 786-3435' };

function leaks(result: unknown): string[] {
  const text = JSON.stringify(result);
  return Object.values(PRIVATE).filter((value) => text.includes(value));
}

describe('private member fields', () => {
  // What a plan might say when asked for someone's contact details: the real argument, plus
  // fields the schema does not have (dropped by validation).
  const plannedArgs = {
    member_id: OWNER,
    sections: ['contact'],
    fields: ['email', 'phone'],
    include_private: true,
    viewer_id: OWNER,
    as_member: OWNER,
  };

  it('another member asking for them gets nothing private, and is told so', async () => {
    const result = await registry.invoke('profile_view', plannedArgs, { viewer: memberViewer(2) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(leaks(result)).toEqual([]);
    expect((result.output as { contact?: unknown }).contact).toBeUndefined();
    expect(result.rendered).toContain('withheld: contact details');
  });

  it('nobody signed in gets nothing private either', async () => {
    const result = await registry.invoke('profile_view', plannedArgs, { viewer: ANONYMOUS_VIEWER });
    expect(leaks(result)).toEqual([]);
  });

  it('the member themself sees their own contact details', async () => {
    const result = await registry.invoke(
      'profile_view',
      { sections: ['contact'] },
      { viewer: memberViewer(OWNER) },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.output).toMatchObject({ member_id: OWNER, contact: PRIVATE });
    expect(result.rendered).toContain(PRIVATE.email);
  });

  it('no skill shows them to another member', async () => {
    const viewer = memberViewer(2);
    const calls: [string, Record<string, unknown>][] = [
      ['people_search', { query: 'Iva Howell' }],
      ['profile_view', { member_id: OWNER }],
      ['skill_gap', { job_id: 3848811947, member_id: OWNER }],
      ['feed_search', { author_id: OWNER }],
      ['web_search', { query: 'Iva Howell' }],
    ];
    for (const [name, args] of calls) {
      const result = await registry.invoke(name, args, { viewer });
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
      expect(leaks(result), name).toEqual([]);
    }
  });
});
