// Zod-free, so a page that runs screenings can build records without loading schema code; the
// record's schema for this result is `AnswerPatternSchema` in the screening record schema.
import type { Answers, Questionnaire } from './schema.js';
import { shownItems } from './visibility.js';

/** Why the answers look like agreeing with everything. */
export const ANSWER_PATTERN_REASONS = ['agreed-with-opposites', 'top-answer-everywhere'] as const;

/** The yes-saying check's result. */
export interface AnswerPattern {
  agreeingWithEverything: boolean;
  reasons: (typeof ANSWER_PATTERN_REASONS)[number][];
  /** The questions worded away from need that were agreed with, for the practitioner to revisit. */
  items: string[];
}

/** What the practitioner reads when the check fires. It never lowers a level or discounts an answer. */
export const YES_SAYING_NOTE =
  'Some answers look like agreeing with everything. People often do this when they are anxious, want to please, or have not followed the question, and it is more common among people with a learning disability. Do not discount what the person said: go back over two or three answers in your own words, ask for an everyday example, and note anything that changes.';

const agreed = new Set(['often', 'most-of-the-time']);
/** At least this many questions worded away from need agreed with, alongside need in the same area. */
const OPPOSITES_NEEDED = 2;
/** At least this many frequency answers, every one of them the top answer. */
const TOP_ANSWERS_NEEDED = 10;

/**
 * A short consistency check for yes-saying (acquiescence). It fires when the person agrees with
 * two or more questions worded away from need (reversed items) while also reporting need in the
 * same areas, or gives the top answer to every one of ten or more frequency questions.
 */
export function checkAnswerPattern(questionnaire: Questionnaire, answers: Answers): AnswerPattern {
  const shown = shownItems(questionnaire, answers).filter((i) => i.kind === 'frequency');
  const opposites = shown.filter((item) => {
    if (!item.reverse || !agreed.has(answers[item.id] as string)) return false;
    const domains = Object.keys(item.feeds ?? {});
    return shown.some(
      (other) =>
        !other.reverse &&
        agreed.has(answers[other.id] as string) &&
        domains.some((d) => other.feeds?.[d] !== undefined),
    );
  });
  const forward = shown.filter((i) => !i.reverse && typeof answers[i.id] === 'string');
  const reasons: AnswerPattern['reasons'] = [];
  if (opposites.length >= OPPOSITES_NEEDED) reasons.push('agreed-with-opposites');
  if (
    forward.length >= TOP_ANSWERS_NEEDED &&
    forward.every((i) => answers[i.id] === 'most-of-the-time')
  )
    reasons.push('top-answer-everywhere');
  return {
    agreeingWithEverything: reasons.length > 0,
    reasons,
    items: opposites.map((i) => i.id),
  };
}
