import type { Faker } from '@faker-js/faker';
import type { Insertable } from 'kysely';
import type { MemberEducationTable, MemberPositionTable, MemberTable } from '../../db/schema.ts';
import { educationFor } from './education.ts';
import type { Employer, MemberSources, OccupationProfile } from './load-member-sources.ts';
import { type SeededRandom, WeightedPicker } from './seeded-random.ts';
import { writeAbout } from './write-about.ts';

/** Profiles are dated as of the postings (2023-24), not the clock, so the output never changes. */
const REFERENCE_MONTH = monthIndex(2024, 4);
const JOINED_FROM = Date.UTC(2010, 0, 1);
const JOINED_UNTIL = Date.UTC(2024, 3, 1);
const MIN_POSITION_MONTHS = 6;

/** How much a SOC major group (first two digits) is represented on a professional network. */
const GROUP_WEIGHTS: Record<string, number> = {
  '15': 10,
  '11': 6,
  '13': 6,
  '17': 4,
  '27': 4,
  '41': 4,
  '43': 3,
  '29': 3,
  '19': 2,
  '25': 2,
  '23': 2,
  '21': 1.5,
};
const OTHER_GROUP_WEIGHT = 0.4;

/** Postings without a named company; nobody's profile says they work for "Undisclosed employer". */
const ANONYMOUS_EMPLOYER = /^(undisclosed|confidential|anonymous)\b/i;

/** Yearly pay by job zone when no posting has the occupation's title. */
const ZONE_SALARY: Record<number, number> = { 1: 36_000, 2: 45_000, 3: 58_000, 4: 85_000, 5: 120_000 };

export interface GeneratedMember {
  member: Insertable<MemberTable>;
  positions: Insertable<MemberPositionTable>[];
  education: Insertable<MemberEducationTable>;
  skills: string[];
}

/** The weighted lists members are drawn from, built once per import. */
export interface MemberPools {
  occupations: WeightedPicker<OccupationProfile>;
  occupationByCode: Map<string, OccupationProfile>;
  employers: WeightedPicker<Employer>;
  places: WeightedPicker<MemberSources['places'][number]>;
}

export function memberPools(sources: MemberSources): MemberPools {
  const employers = sources.employers.filter(
    (e) => (e.jobs > 0 || e.hasDescription) && !ANONYMOUS_EMPLOYER.test(e.name),
  );
  return {
    // Occupations common on a professional network and in demand in the postings come up most.
    occupations: new WeightedPicker(
      sources.occupations,
      (o) => (GROUP_WEIGHTS[o.code.slice(0, 2)] ?? OTHER_GROUP_WEIGHT) * (1 + Math.log1p(o.postings)),
    ),
    occupationByCode: new Map(sources.occupations.map((o) => [o.code, o])),
    // Companies that are hiring, and those with their own description, employ more members.
    employers: new WeightedPicker(employers, (e) => 1 + e.jobs + (e.hasDescription ? 2 : 0)),
    places: new WeightedPicker(sources.places, (p) => p.postings),
  };
}

/** One demo member: everything is drawn from `random` and `faker`, so the same seed gives the same member. */
export function generateMember(
  memberId: number,
  pools: MemberPools,
  random: SeededRandom,
  faker: Faker,
): GeneratedMember {
  const occupation = pools.occupations.pick(random);
  const employer = pools.employers.pick(random);
  const place = employer.place && random.chance(0.75) ? employer.place : pools.places.pick(random).place;
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();

  const years = 1 + Math.floor(29 * random.next() ** 1.5);
  const careerStart = REFERENCE_MONTH - years * 12 - random.int(0, 11);
  const positions = careerPositions(memberId, careerStart, occupation, employer, pools, random);
  const current = positions.at(-1) as Insertable<MemberPositionTable>;

  const skillCount = Math.min(occupation.technologies.length, random.int(5, 15));
  const skills = random
    .sample(occupation.technologies, skillCount, (t) => 1 + (t.hot ? 3 : 0) + (t.inDemand ? 2 : 0))
    .map((t) => t.name);
  const openToWork = random.chance(0.2);
  const degree = educationFor(occupation.code, occupation.jobZone, random);
  const graduated = Math.floor(careerStart / 12);
  const baseSalary = occupation.postingSalary ?? ZONE_SALARY[occupation.jobZone] ?? ZONE_SALARY[3] ?? 0;

  return {
    member: {
      member_id: memberId,
      first_name: firstName,
      last_name: lastName,
      headline: `${current.title} at ${employer.name}`,
      about: writeAbout(
        {
          title: current.title,
          company: employer.name,
          city: place.city,
          years,
          occupation: occupation.title,
          description: occupation.description,
          tasks: random.sample(occupation.tasks, 2),
          skills: skills.slice(0, 3),
        },
        random,
      ),
      city: place.city,
      state: place.state,
      country: place.country ?? 'US',
      onet_code: occupation.code,
      industry: employer.industry,
      joined_at: JOINED_FROM + Math.floor(random.next() * (JOINED_UNTIL - JOINED_FROM)),
      email: `${asciiHandle(firstName)}.${asciiHandle(lastName)}${memberId}@example.com`,
      phone: faker.phone.number({ style: 'national' }),
      desired_salary: random.chance(0.85)
        ? Math.round((baseSalary * (0.95 + 0.3 * random.next())) / 1000) * 1000
        : null,
      open_to_work: openToWork ? 1 : 0,
    },
    positions,
    education: {
      member_id: memberId,
      school: degree.school,
      degree: degree.degree,
      field: degree.field,
      start_year: graduated - degree.years,
      end_year: graduated,
    },
    skills,
  };
}

/**
 * 1-4 consecutive positions from the career start to now, the last one current at `employer`.
 * Earlier ones are at other companies, sometimes in a related occupation.
 */
function careerPositions(
  memberId: number,
  careerStart: number,
  occupation: OccupationProfile,
  employer: Employer,
  pools: MemberPools,
  random: SeededRandom,
): Insertable<MemberPositionTable>[] {
  const months = REFERENCE_MONTH - careerStart;
  const count = random.int(1, Math.max(1, Math.min(4, Math.floor(months / (MIN_POSITION_MONTHS * 4)))));
  const cuts = Array.from(
    { length: count - 1 },
    () => careerStart + random.int(MIN_POSITION_MONTHS, months - MIN_POSITION_MONTHS),
  );
  const starts = [careerStart, ...cuts.sort((a, b) => a - b)];
  return starts.map((start, index) => {
    const isCurrent = index === starts.length - 1;
    const next = starts[index + 1];
    const related = occupation.related
      .map((code) => pools.occupationByCode.get(code))
      .filter((o) => o !== undefined);
    const role = !isCurrent && related.length > 0 && random.chance(0.3) ? random.pick(related) : occupation;
    const company = isCurrent ? employer : pools.employers.pick(random);
    return {
      member_id: memberId,
      company_id: company.companyId,
      title: random.pick(role.titles),
      description: random.sample(role.tasks, random.int(1, 2)).join(' '),
      start_date: monthText(start),
      end_date: next === undefined ? null : monthText(Math.max(start + 1, next - random.int(0, 2))),
    };
  });
}

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function monthText(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function asciiHandle(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}
