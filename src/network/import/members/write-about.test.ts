import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random.ts';
import { writeAbout } from './write-about.ts';

const facts = {
  title: 'Android Developer',
  company: 'NXP Semiconductors',
  city: 'Austin',
  years: 1,
  occupation: 'Software Developers',
  description: 'Research, design, and develop computer and network software. Analyze user needs.',
  tasks: ['Modify existing software to correct errors.', 'Confer with systems analysts.'],
  skills: ['Kotlin', 'Git', 'Jira'],
};

describe('writeAbout', () => {
  it('writes first-person sentences from the occupation, tasks and skills, varying the phrasing', () => {
    const random = new SeededRandom(5);
    const abouts = new Set(Array.from({ length: 20 }, () => writeAbout(facts, random)));
    expect(abouts.size).toBeGreaterThan(5);
    for (const about of abouts) {
      expect(about).toMatch(/^[A-Z]/);
      expect(about).toContain('Kotlin');
      expect(about).toMatch(/modify existing software to correct errors and confer with systems analysts/);
      expect(about).not.toMatch(/lorem|undefined|\.\./i);
    }
  });
});
