import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/open-test-database.ts';
import { createNetwork, NETWORK_APIS, type Network, type NetworkApiName } from './create-network.ts';
import { type SampleInputs, sampleInputs } from './sample-inputs.ts';
import { ANONYMOUS_VIEWER, memberViewer, type Viewer } from './viewer.ts';

const PRIVATE_KEYS = ['email', 'phone', 'desiredSalary', 'desired_salary', 'openToWork', 'open_to_work'];

const db = openTestDatabase();
const network: Network = createNetwork(db);
afterAll(() => db.destroy());

interface Target {
  memberId: number;
  email: string;
  phone: string;
  inputs: SampleInputs;
  /** APIs whose sample output must name the target, proving the check looked at their data. */
  reachedBy: NetworkApiName[];
}

// Two kinds of member: generated ones (people search, connections, skill gap) and post authors (posts, feed).
const targets: Record<'generated member' | 'post author', Target> = {} as never;
beforeAll(async () => {
  const generated = await db
    .selectFrom('members')
    .innerJoin('connections', 'connections.member_id', 'members.member_id')
    .select(['members.member_id', 'members.email', 'members.phone'])
    .orderBy('members.member_id')
    .executeTakeFirstOrThrow();
  const author = await db
    .selectFrom('members')
    .innerJoin('post_authors', 'post_authors.member_id', 'members.member_id')
    .select(['members.member_id', 'members.email', 'members.phone'])
    .orderBy('members.member_id')
    .executeTakeFirstOrThrow();
  for (const [label, row, reachedBy] of [
    ['generated member', generated, ['getMemberProfile', 'searchPeople', 'computeSkillGap']],
    ['post author', author, ['getMemberProfile', 'getPost', 'searchPosts']],
  ] as const) {
    const memberId = Number(row.member_id);
    targets[label] = {
      memberId,
      email: row.email,
      phone: row.phone,
      inputs: await sampleInputs(db, memberId),
      reachedBy: [...reachedBy],
    };
  }
});

async function callEveryApi(viewer: Viewer, inputs: SampleInputs): Promise<Record<string, unknown>> {
  const outputs: Record<string, unknown> = {};
  for (const name of Object.keys(NETWORK_APIS) as NetworkApiName[]) {
    const api = network[name] as (viewer: Viewer, input: unknown) => Promise<unknown>;
    outputs[name] = await api(viewer, inputs[name]);
  }
  return outputs;
}

function privateKeysIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => privateKeysIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    ...(PRIVATE_KEYS.includes(key) || (key === 'private' && child !== null) ? [`${path}.${key}`] : []),
    ...privateKeysIn(child, `${path}.${key}`),
  ]);
}

describe.each(['generated member', 'post author'] as const)('privacy of a %s', (label) => {
  it.each([
    ['anonymous', (_target: Target) => ANONYMOUS_VIEWER],
    ['another member', (target: Target) => memberViewer(target.memberId + 1)],
  ])('no API shows their private fields to %s', async (_viewer, viewerOf) => {
    const target = targets[label];
    const outputs = await callEveryApi(viewerOf(target), target.inputs);
    for (const [name, output] of Object.entries(outputs)) {
      const json = JSON.stringify(output);
      expect(json, name).not.toContain(target.email);
      expect(json, name).not.toContain(target.phone);
      expect(privateKeysIn(output), name).toEqual([]);
    }
    for (const name of target.reachedBy) {
      expect(JSON.stringify(outputs[name]), name).toContain(`"memberId":${target.memberId}`);
    }
  });

  it('shows the member their own private fields, on their profile only', async () => {
    const target = targets[label];
    const self = memberViewer(target.memberId);
    const outputs = await callEveryApi(self, target.inputs);
    const profile = await network.getMemberProfile(self, { memberId: target.memberId });
    expect(profile.private).toMatchObject({ email: target.email, phone: target.phone });
    for (const [name, output] of Object.entries(outputs)) {
      if (name !== 'getMemberProfile') expect(JSON.stringify(output), name).not.toContain(target.email);
    }
  });

  it('cannot find them by their private fields', async () => {
    const target = targets[label];
    for (const query of [target.email, target.phone]) {
      const page = await network.searchPeople(ANONYMOUS_VIEWER, { query });
      expect(page.items.map((item) => item.memberId)).not.toContain(target.memberId);
    }
  });
});

describe('privacy by construction', () => {
  it('reads private columns in member-projection.ts only', () => {
    const root = join(import.meta.dirname, '../..');
    const offenders = sourceFiles(join(root, 'network/api'))
      .concat(sourceFiles(join(root, 'server')), sourceFiles(join(root, 'network/search')))
      // Test code (tests, and the fixtures in testing/ folders) reads no database.
      .filter(
        (file) =>
          !file.endsWith('member-projection.ts') && !file.endsWith('.test.ts') && !file.includes('/testing/'),
      )
      .filter((file) => /\b(email|phone|desired_salary|open_to_work)\b/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}
