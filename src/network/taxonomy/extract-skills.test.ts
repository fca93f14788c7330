import { beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/open-test-database.ts';
import { createSkillExtractor, type SkillExtractor } from './extract-skills.ts';
import { loadSkillVocabulary } from './load-skill-vocabulary.ts';

let extractor: SkillExtractor;

beforeAll(async () => {
  const db = openTestDatabase();
  try {
    extractor = createSkillExtractor(await loadSkillVocabulary(db));
  } finally {
    await db.destroy();
  }
});

describe('extract skills', () => {
  it('maps short and vendor-less forms to O*NET technology names, in order of first mention', () => {
    expect(
      extractor.extract(
        'Strong SQL and Excel skills; AWS experience; Salesforce a plus. Excel again, MS Excel too.',
      ),
    ).toEqual([
      'Structured query language SQL',
      'Microsoft Excel',
      'Amazon Web Services AWS software',
      'Salesforce software',
    ]);
  });

  it('reads a real posting sentence (job 921716)', () => {
    expect(
      extractor.extract(
        'Please, be proficient in Adobe Creative Cloud (Indesign, Illustrator, Photoshop) and Microsoft Office Suite.',
      ),
    ).toEqual([
      'Adobe Creative Cloud software',
      'Adobe InDesign',
      'Adobe Illustrator',
      'Adobe Photoshop',
      'Microsoft Office software',
    ]);
  });

  it('handles symbols, abbreviations and the longest name', () => {
    expect(
      extractor.extract(
        'Build services in C++, C# and Node.js with React; SQL Server, SSIS and HTML/CSS; Power BI.',
      ),
    ).toEqual([
      'C++',
      'C#',
      'Node.js',
      'React',
      'Microsoft SQL Server',
      'Microsoft SQL Server Integration Services SSIS',
      'Hypertext markup language HTML',
      'Cascading style sheets CSS',
      'Microsoft Power BI',
    ]);
  });

  it('ignores everyday words, one-letter names and abbreviations that mean something else', () => {
    for (const sentence of [
      'You will excel at building relationships and go the extra mile.',
      'Access to the office, teams across the company and a positive outlook; a word from our CEO.',
      'Knowledge of R or C, and a good command of Go is nice.',
      'Based in New Jersey, the Graphic Designer reports to the Executive Chef.',
      'Benefits include FSA, 401k and ADA accommodations; PMP certification preferred; SMS alerts.',
      'Constant contact with clients at the front desk; loss prevention experience.',
    ]) {
      expect(extractor.extract(sentence), sentence).toEqual([]);
    }
  });

  it('keeps the full names of ambiguous products', () => {
    expect(
      extractor.extract('Use Microsoft Word, Microsoft Outlook, Microsoft Teams and Microsoft Access daily.'),
    ).toEqual(['Microsoft Word', 'Microsoft Outlook', 'Microsoft Teams', 'Microsoft Access']);
  });

  it('does not join names across punctuation', () => {
    expect(extractor.extract('structured query language, SQL Server')).toEqual([
      'Structured query language SQL',
      'Microsoft SQL Server',
    ]);
  });

  it('is fast: a long posting in milliseconds', () => {
    const text = 'We use Python, SQL, Excel and Tableau to analyse data for our customers every day. '.repeat(
      2_000,
    );
    const started = performance.now();
    expect(extractor.extract(text)).toHaveLength(4);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
