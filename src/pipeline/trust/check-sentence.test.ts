import { describe, expect, it } from 'vitest';
import { type DossierItem, renderDossier } from '../../prompts/render-dossier.ts';
import { checkSentence } from './check-sentence.ts';
import { createTrustContext } from './trust-context.ts';

const dossier: DossierItem[] = [
  {
    kind: 'job',
    id: 3904388204,
    text: 'Data Engineer — Acme Analytics, Austin, TX · salary 120,000–150,000 USD/yr · 42 applicants',
  },
  { kind: 'company', id: 77, text: 'Acme Analytics · 5,400 employees · growth 12%' },
  {
    kind: 'member',
    id: 3,
    text: 'Iva Howell · contact (private, own profile): iva.howell1@example.com · (859) 786-3435',
  },
];
const context = createTrustContext({
  dossier,
  sourceText: `${renderDossier(dossier).text}\n## Question\nWhat does the Austin role pay?`,
  askingMemberId: 3,
});
const check = (sentence: string) => checkSentence(sentence, context)?.check;

describe('checkSentence', () => {
  it('passes grounded sentences: cited ids, figures from the dossier (rounded too), counts, known employers', () => {
    expect(
      check('The Data Engineer role at Acme Analytics pays $120k–$150k [job:3904388204].'),
    ).toBeUndefined();
    expect(check('It pays 120,000 to 150,000 USD a year, and 42 people have applied.')).toBeUndefined();
    expect(check('Acme has about 5.4k employees and grew 12% [company:77].')).toBeUndefined();
    expect(check('I found 3 jobs; two are remote and one needs 5 years of experience.')).toBeUndefined();
    expect(check('Your own email on file is iva.howell1@example.com [member:3].')).toBeUndefined();
    expect(check('The role asks for Spark, which your profile does not list.')).toBeUndefined();
    expect(
      check("Interviews happen at Acme's Austin office, at Austin-based Acme Analytics."),
    ).toBeUndefined();
  });

  it('lets quoted wording and sizes of text or time carry figures, but still checks quotes for respect', () => {
    expect(check('Say: "Based on the market, I was expecting around $135,000."')).toBeUndefined();
    expect(check('Keep your headline under about 120 characters.')).toBeUndefined();
    expect(check('The role is 100% remote [job:3904388204].')).toBeUndefined();
    expect(check('Expect around $135,000 in Seattle.')).toBe('grounding');
    expect(check('Tell them: "you are not qualified" is never fair.')).toBe('respect');
  });

  it('flags a citation of an item the dossier does not hold', () => {
    expect(check('A better match is here [job:1111111111].')).toBe('citation');
  });

  it('flags invented figures and employers', () => {
    expect(check('Similar roles pay $210,000 [job:3904388204].')).toBe('grounding');
    expect(check('Expect a 35% bonus on top.')).toBe('grounding');
    expect(check('A friend works for Initech in Austin.')).toBe('grounding');
    expect(check('You could apply at Globex Corporation too.')).toBe('grounding');
    expect(check('At Initech, data engineers move fast.')).toBe('grounding');
  });

  it('flags demeaning remarks about the member and protected-attribute remarks', () => {
    expect(check("Honestly, you're a terrible fit for this job.")).toBe('respect');
    expect(check('You are not qualified for this role.')).toBe('respect');
    expect(check('You will never land a job like this.')).toBe('respect');
    expect(check('Only an idiot would apply without SQL.')).toBe('respect');
    expect(check("You're too old for a junior role.")).toBe('respect');
    expect(check('Because of your age, employers may pass you over.')).toBe('respect');
  });

  it("flags other people's contact details but not the asking member's own", () => {
    expect(check('You can call the recruiter at (202) 555-0142.')).toBe('private_data');
    expect(check('Email santos.prosacco2@example.com for a referral.')).toBe('private_data');
    expect(check('Call me on 859.786.3435 if needed.')).toBeUndefined();
    // Ten digits without separators are an id, not a phone number.
    expect(check('Posting 3904388204 is the one [job:3904388204].')).toBeUndefined();
  });
});
