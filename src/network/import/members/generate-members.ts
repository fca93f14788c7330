import { base, en, en_US, Faker } from '@faker-js/faker';
import { type ConnectionTraits, connectMembers } from './connect-members.ts';
import { type GeneratedMember, generateMember, memberPools } from './generate-member.ts';
import type { MemberSources } from './load-member-sources.ts';
import { SeededRandom } from './seeded-random.ts';

export const MEMBER_COUNT = 2_000;
export const MEMBER_SEED = 20_240_401;

export interface GeneratedNetwork {
  members: GeneratedMember[];
  /** Each connection once, lower member id first. */
  connections: [number, number][];
}

/** Members 1..count and their connections; a pure function of the sources, count and seed. */
export function generateMembers(
  sources: MemberSources,
  count = MEMBER_COUNT,
  seed = MEMBER_SEED,
): GeneratedNetwork {
  const random = new SeededRandom(seed);
  const faker = new Faker({ locale: [en_US, en, base] });
  faker.seed(seed);
  const pools = memberPools(sources);
  const members = Array.from({ length: count }, (_, index) =>
    generateMember(index + 1, pools, random, faker),
  );
  const traits = members.map(
    (m): ConnectionTraits => ({
      memberId: m.member.member_id,
      companyId: m.positions.at(-1)?.company_id ?? 0,
      place: `${m.member.city}|${m.member.state}`,
      occupation: m.member.onet_code ?? '',
    }),
  );
  return { members, connections: connectMembers(traits, random) };
}
