import type { SeededRandom } from './seeded-random.ts';

const UNIVERSITIES = [
  'University of Michigan',
  'University of Texas at Austin',
  'Ohio State University',
  'Pennsylvania State University',
  'University of California, Berkeley',
  'University of California, Los Angeles',
  'University of Washington',
  'University of Wisconsin-Madison',
  'University of Illinois Urbana-Champaign',
  'Purdue University',
  'Georgia Institute of Technology',
  'University of Florida',
  'Arizona State University',
  'Rutgers University',
  'University of Maryland, College Park',
  'University of Minnesota',
  'Texas A&M University',
  'Boston University',
  'New York University',
  'Northeastern University',
  'University of North Carolina at Chapel Hill',
  'University of Virginia',
  'Virginia Tech',
  'University of Colorado Boulder',
  'Indiana University Bloomington',
  'Michigan State University',
  'University of Southern California',
  'Carnegie Mellon University',
  'Cornell University',
  'Columbia University',
  'Stanford University',
  'Massachusetts Institute of Technology',
  'University of Pittsburgh',
  'Temple University',
  'George Mason University',
  'Florida State University',
  'University of Georgia',
  'Iowa State University',
  'San Diego State University',
  'Portland State University',
];
const COMMUNITY_COLLEGES = [
  'Miami Dade College',
  'Houston Community College',
  'Northern Virginia Community College',
  'Santa Monica College',
  'Valencia College',
  'Austin Community College',
  'Lone Star College',
  'Ivy Tech Community College',
  'Des Moines Area Community College',
  'Portland Community College',
];

/** A field of study for each SOC major group (the first two digits of the O*NET code). */
const FIELDS: Record<string, readonly string[]> = {
  '11': ['Business Administration', 'Management', 'Economics'],
  '13': ['Accounting', 'Finance', 'Business Administration'],
  '15': ['Computer Science', 'Information Systems', 'Mathematics', 'Software Engineering'],
  '17': ['Mechanical Engineering', 'Electrical Engineering', 'Civil Engineering'],
  '19': ['Biology', 'Chemistry', 'Environmental Science', 'Psychology'],
  '21': ['Social Work', 'Psychology', 'Counseling'],
  '23': ['Law', 'Political Science', 'Paralegal Studies'],
  '25': ['Education', 'English', 'History'],
  '27': ['Communications', 'Graphic Design', 'Journalism', 'Fine Arts'],
  '29': ['Nursing', 'Health Sciences', 'Biology'],
  '31': ['Health Sciences', 'Medical Assisting'],
  '33': ['Criminal Justice', 'Fire Science'],
  '35': ['Culinary Arts', 'Hospitality Management'],
  '41': ['Marketing', 'Business Administration', 'Communications'],
  '43': ['Business Administration', 'Office Administration'],
  '47': ['Construction Management', 'Building Trades'],
  '49': ['Industrial Maintenance Technology', 'Electronics Technology'],
  '51': ['Manufacturing Technology', 'Industrial Technology'],
  '53': ['Logistics', 'Supply Chain Management'],
};
const GENERAL_FIELDS = ['Business Administration', 'Liberal Arts', 'General Studies'];

export interface Education {
  school: string;
  degree: string;
  field: string;
  years: number;
}

/**
 * The highest degree a member of this occupation plausibly holds, after O*NET's job zones:
 * 1-2 little or some preparation, 3 vocational training or an associate's, 4 a bachelor's,
 * 5 graduate study.
 */
export function educationFor(onetCode: string, jobZone: number, random: SeededRandom): Education {
  const field = random.pick(FIELDS[onetCode.slice(0, 2)] ?? GENERAL_FIELDS);
  if (jobZone <= 2) {
    return { school: random.pick(COMMUNITY_COLLEGES), degree: 'Certificate', field, years: 1 };
  }
  if (jobZone === 3) {
    return random.chance(0.6)
      ? { school: random.pick(COMMUNITY_COLLEGES), degree: 'Associate of Applied Science', field, years: 2 }
      : { school: random.pick(UNIVERSITIES), degree: bachelor(field), field, years: 4 };
  }
  if (jobZone === 4 || random.chance(0.3)) {
    return { school: random.pick(UNIVERSITIES), degree: bachelor(field), field, years: 4 };
  }
  if (field === 'Law') return { school: random.pick(UNIVERSITIES), degree: 'Juris Doctor', field, years: 3 };
  return random.chance(0.8)
    ? {
        school: random.pick(UNIVERSITIES),
        degree: field.includes('Business') ? 'MBA' : 'Master of Science',
        field,
        years: 2,
      }
    : { school: random.pick(UNIVERSITIES), degree: 'Doctor of Philosophy', field, years: 5 };
}

function bachelor(field: string): string {
  return /Engineering|Computer|Mathematics|Biology|Chemistry|Science|Nursing|Information/.test(field)
    ? 'Bachelor of Science'
    : 'Bachelor of Arts';
}
