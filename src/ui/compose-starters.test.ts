import { afterAll, describe, expect, it } from 'vitest';
import { createNetwork } from '../network/api/create-network.ts';
import { NotFoundError } from '../network/api/network-errors.ts';
import { ANONYMOUS_VIEWER, memberViewer } from '../network/api/viewer.ts';
import { openTestDatabase } from '../test/open-test-database.ts';
import { composeStarters, type StarterTarget } from './compose-starters.ts';
import { uiDocumentSchema } from './ui-node.ts';

const db = openTestDatabase();
const network = createNetwork(db);
afterAll(() => db.destroy());
const signal = new AbortController().signal;

describe('composeStarters', () => {
  it('names the item in view, and every tree validates', async () => {
    const job = await composeStarters(network, ANONYMOUS_VIEWER, { kind: 'job', id: '3803052628' }, signal);
    const { company } = await network.getJob(ANONYMOUS_VIEWER, { jobId: 3803052628 }, signal);
    expect(job.questions).toEqual([
      'Am I a good fit for this job?',
      "What skills does this job need that I'm missing?",
      `What is it like to work at ${company.name}?`,
    ]);
    const targets: StarterTarget[] = [
      { kind: 'feed' },
      { kind: 'company', id: '11056' },
      { kind: 'post', id: '2015-02-25-We-Are-Hiring' },
      { kind: 'profile', id: '1' },
    ];
    for (const target of targets) {
      const starters = await composeStarters(network, memberViewer(2), target, signal);
      expect(starters.questions.length, target.kind).toBe(3);
      expect(uiDocumentSchema.parse(starters.ui)).toEqual(starters.ui);
      expect(starters.ui.root.type === 'row' && starters.ui.root.children.length).toBe(3);
    }
  });

  it('speaks to the member about their own profile', async () => {
    const own = await composeStarters(network, memberViewer(1), { kind: 'profile', id: '1' }, signal);
    expect(own.questions[0]).toBe('How can I improve my profile?');
  });

  it('passes on the API error for an item that does not exist', async () => {
    await expect(
      composeStarters(network, ANONYMOUS_VIEWER, { kind: 'job', id: '1' }, signal),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
