import { expect, it } from 'vitest';
import { checkFollowUp } from './check-follow-up.ts';
import { createTrustContext } from './trust-context.ts';

const context = createTrustContext({
  dossier: [],
  sourceText: 'Data Engineer, Austin',
  askingMemberId: null,
});

it('keeps questions that name figures, drops demeaning ones and ones with contact details', () => {
  expect(checkFollowUp('Any data engineer roles paying over $150k?', context)).toBeUndefined();
  expect(checkFollowUp("Why you're not qualified for senior roles?", context)?.check).toBe('respect');
  expect(checkFollowUp('Should I call (202) 555-0142?', context)?.check).toBe('private_data');
});
