import type { TrustViolation } from './trust-violation.ts';

const PROTECTED =
  'age|race|ethnicity|skin colou?r|gender|sex|religion|faith|disability|pregnancy|nationality|accent|sexual orientation|marital status';

/**
 * Language a professional assistant never uses about the member: verdicts on their worth, insults,
 * and remarks that tie their prospects to a protected attribute. Honest gaps ("the role asks for
 * Spark, which your profile does not list") are not matched: these patterns judge the person.
 */
const DEMEANING: [RegExp, string][] = [
  [
    /\byou(?:'re|’re| are)\s+(?:(?:a|an|such a|just a|really|so|completely|totally)\s+)*(?:terrible|awful|horrible|hopeless|pathetic|useless|worthless|lousy|stupid|dumb|incompetent|unemployable|mediocre|lazy|clueless|ignorant|a joke|a failure)\b/i,
    'judges the member as a person',
  ],
  [
    /\byou(?:'re|’re| are)\s+(?:simply\s+|just\s+|clearly\s+)?(?:not|un|under)\s*-?\s*qualified\b|\byou(?:'re|’re| are)\s+not\s+(?:good|smart|skilled|experienced|capable)\s+enough\b|\byou(?:'re|’re| are)\s+not\s+cut\s+out\b/i,
    'declares the member unqualified or not good enough',
  ],
  [
    /\byou(?:'ll|’ll| will| would)\s+never\s+(?:get|land|be hired|find|make it|succeed)\b|\bno\s+(?:one|company|employer|recruiter)\s+(?:will|would)\s+(?:ever\s+)?(?:hire|want)\s+you\b/i,
    "predicts the member's failure",
  ],
  [/\b(?:idiot|moron|imbecile|loser|fool|dimwit|halfwit)s?\b/i, 'insults'],
  [
    new RegExp(
      `\\byou(?:'re|’re| are)\\s+too\\s+(?:old|young)\\b|\\b(?:because of|due to|given|with)\\s+your\\s+(?:${PROTECTED})\\b|\\byour\\s+(?:${PROTECTED})\\s+(?:will|would|could|might|may)\\s+(?:hurt|hold you back|count against|disqualify|be a problem)`,
      'i',
    ),
    "ties the member's prospects to a protected attribute",
  ],
];

/** The first demeaning remark in the sentence, if any; `detail` names the pattern, not the words. */
export function findDisrespect(sentence: string): TrustViolation | undefined {
  const hit = DEMEANING.find(([pattern]) => pattern.test(sentence));
  return hit && { check: 'respect', detail: hit[1] };
}
