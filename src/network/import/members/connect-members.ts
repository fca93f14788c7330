import type { SeededRandom } from './seeded-random.ts';

/** What connections are biased toward: members sharing a company, a city or an occupation. */
export interface ConnectionTraits {
  memberId: number;
  companyId: number;
  place: string;
  occupation: string;
}

export const MIN_CONNECTIONS = 10;
export const MAX_CONNECTIONS = 80;

/**
 * A symmetric connection graph in O(edges): each member reaches out to about half its target
 * degree (the rest arrives from others), choosing a colleague 30% of the time, a neighbour 25%,
 * someone in the same occupation 20%, anyone otherwise; nobody exceeds MAX_CONNECTIONS, and
 * members left under MIN_CONNECTIONS are topped up at random. Returns each pair once, lower id first.
 */
export function connectMembers(
  members: readonly ConnectionTraits[],
  random: SeededRandom,
): [number, number][] {
  const byCompany = groupIndexes(members, (m) => String(m.companyId));
  const byPlace = groupIndexes(members, (m) => m.place);
  const byOccupation = groupIndexes(members, (m) => m.occupation);
  const neighbours = members.map(() => new Set<number>());
  const connect = (a: number, b: number) => {
    const [mine, theirs] = [neighbours[a], neighbours[b]];
    if (
      a === b ||
      !mine ||
      !theirs ||
      mine.has(b) ||
      mine.size >= MAX_CONNECTIONS ||
      theirs.size >= MAX_CONNECTIONS
    )
      return;
    mine.add(b);
    theirs.add(a);
  };
  const anyone = () => random.int(0, members.length - 1);

  members.forEach((member, index) => {
    const target = MIN_CONNECTIONS + Math.floor((MAX_CONNECTIONS - MIN_CONNECTIONS) * random.next() ** 2);
    for (let reach = Math.ceil(target / 2); reach > 0; reach--) {
      const roll = random.next();
      const group =
        roll < 0.3
          ? byCompany.get(String(member.companyId))
          : roll < 0.55
            ? byPlace.get(member.place)
            : roll < 0.75
              ? byOccupation.get(member.occupation)
              : undefined;
      connect(index, group && group.length > 1 ? random.pick(group) : anyone());
    }
  });
  neighbours.forEach((mine, index) => {
    for (let attempts = 0; mine.size < MIN_CONNECTIONS && attempts < MAX_CONNECTIONS; attempts++)
      connect(index, anyone());
  });

  const pairs: [number, number][] = [];
  neighbours.forEach((mine, index) => {
    const id = members[index]?.memberId ?? 0;
    for (const other of mine) {
      const otherId = members[other]?.memberId ?? 0;
      if (id < otherId) pairs.push([id, otherId]);
    }
  });
  return pairs;
}

function groupIndexes<T>(items: readonly T[], key: (item: T) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const group = groups.get(key(item));
    if (group) group.push(index);
    else groups.set(key(item), [index]);
  });
  return groups;
}
