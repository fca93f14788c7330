import { describe, expect, it } from 'vitest';
import { connectMembers, MAX_CONNECTIONS, MIN_CONNECTIONS } from './connect-members.ts';
import { SeededRandom } from './seeded-random.ts';

const members = Array.from({ length: 500 }, (_, index) => ({
  memberId: index + 1,
  companyId: index % 40,
  place: `city-${index % 25}`,
  occupation: `occupation-${index % 60}`,
}));

describe('connectMembers', () => {
  const pairs = connectMembers(members, new SeededRandom(3));

  it('returns each connection once, never to oneself', () => {
    expect(pairs.every(([a, b]) => a < b)).toBe(true);
    expect(new Set(pairs.map((pair) => pair.join('-'))).size).toBe(pairs.length);
  });

  it('gives everyone between MIN and MAX connections, favouring colleagues', () => {
    const degree = new Map<number, number>();
    for (const [a, b] of pairs) for (const id of [a, b]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const degrees = members.map((m) => degree.get(m.memberId) ?? 0);
    expect(Math.min(...degrees)).toBeGreaterThanOrEqual(MIN_CONNECTIONS);
    expect(Math.max(...degrees)).toBeLessThanOrEqual(MAX_CONNECTIONS);
    const colleagues = pairs.filter(([a, b]) => a % 40 === b % 40).length;
    expect(colleagues / pairs.length).toBeGreaterThan(0.1); // 1 in 40 at random
  });

  it('is deterministic', () => {
    expect(connectMembers(members, new SeededRandom(3))).toEqual(pairs);
  });
});
