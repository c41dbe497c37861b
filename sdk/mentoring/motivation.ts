import type { Answers } from '../questionnaire/answer-schema.js';
import type { Item, Questionnaire } from '../questionnaire/schema.js';
import { SELF_RATING_MAX, SELF_RATING_MIN } from './record.js';

/** One completed run of the motivation check, as its screening record holds it. */
export interface MotivationCheckRun {
  questionnaire: { id: string; version: string };
  completedAt: string | null;
  answers: Answers;
}

/** A self-rating question before and after: the words the person chose each time. */
export interface RatingComparison {
  item: string;
  question: string;
  /** The words the person chose, or null if they skipped it or were not asked. */
  before: string | null;
  after: string | null;
  /** The same words both times, different words, or not known (one of them is missing). */
  change: 'same' | 'different' | 'unknown';
}
/** A choose-any question before and after: what the person kept, added and left out, in its words. */
export interface ChoiceComparison {
  item: string;
  question: string;
  kept: string[];
  added: string[];
  left: string[];
}
/** A question answered in the person's own words, before and after. */
export interface WordsComparison {
  item: string;
  question: string;
  before: string | null;
  after: string | null;
}
/** Two runs of the check side by side, in the person's own terms, with sentences to read back to them. */
export interface MotivationComparison {
  ratings: RatingComparison[];
  choices: ChoiceComparison[];
  words: WordsComparison[];
  /** Plain sentences that quote the person's answers; never a score, and never "better" or "worse". */
  sentences: string[];
}

const RATING_VALUES = Array.from({ length: SELF_RATING_MAX - SELF_RATING_MIN + 1 }, (_, i) =>
  String(SELF_RATING_MIN + i),
);

/** The check's self-rating questions: single choice with the options 1 to 5, each in words. */
export function selfRatingItems(q: Questionnaire): Item[] {
  return q.items.filter(
    (i) =>
      i.kind === 'single' &&
      i.options?.length === RATING_VALUES.length &&
      i.options.every((o, n) => o.value === RATING_VALUES[n]),
  );
}

/** The person's self-ratings from one run, by question id, for a plan's `RECORD_SELF_RATING`. */
export function selfRatingsOf(q: Questionnaire, run: Pick<MotivationCheckRun, 'answers'>) {
  const ratings: Record<string, number> = {};
  for (const item of selfRatingItems(q)) {
    const a = run.answers[item.id];
    if (typeof a === 'string' && RATING_VALUES.includes(a)) ratings[item.id] = Number(a);
  }
  return ratings;
}

/** What the person said in their own words in one run, by question id, for a plan's `RECORD_SELF_RATING`. */
export function checkWordsOf(q: Questionnaire, run: Pick<MotivationCheckRun, 'answers'>) {
  const words: Record<string, string> = {};
  for (const item of q.items) {
    const a = run.answers[item.id];
    if (item.kind === 'text' && typeof a === 'string' && a.trim()) words[item.id] = a.trim();
  }
  return words;
}

/**
 * A check the plan kept (its self-ratings and the person's words) as a run of the check, so
 * `compareMotivationChecks` can set an earlier check beside a new one. What the plan does not keep
 * (the choose-any answers) is simply not there, never guessed.
 */
export function runFromSelfRating(
  q: Questionnaire,
  kept: { at: string | null; ratings: Record<string, number>; words?: Record<string, string> },
): MotivationCheckRun {
  const answers: Answers = { ...(kept.words ?? {}) };
  for (const [id, n] of Object.entries(kept.ratings)) answers[id] = String(n);
  return { questionnaire: { id: q.id, version: q.version }, completedAt: kept.at, answers };
}

const labelOf = (item: Item, value: unknown) =>
  typeof value === 'string' ? (item.options?.find((o) => o.value === value)?.label ?? null) : null;
const listOf = (item: Item, value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((v) => labelOf(item, v)).filter((l): l is string => l !== null)
    : [];
const wordsOf = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : null;
const quote = (s: string) => `“${s}”`;

/**
 * Compares two runs of the motivation and thinking check (an earlier and a later one) in the
 * person's own terms: the words they chose each time, what they added or left out, and what they
 * said. It never turns answers into a score or calls a change better or worse; the person and
 * mentor decide what a change means. Throws a RangeError if the runs are of another questionnaire.
 */
export function compareMotivationChecks(
  q: Questionnaire,
  before: MotivationCheckRun,
  after: MotivationCheckRun,
): MotivationComparison {
  if (before.questionnaire.id !== q.id || after.questionnaire.id !== q.id)
    throw new RangeError(`Both runs must be of ${q.id}`);
  const ratingIds = new Set(selfRatingItems(q).map((i) => i.id));
  const result: MotivationComparison = { ratings: [], choices: [], words: [], sentences: [] };
  for (const item of q.items) {
    const b = before.answers[item.id];
    const a = after.answers[item.id];
    if (ratingIds.has(item.id)) {
      const was = labelOf(item, b);
      const now = labelOf(item, a);
      const change = was === null || now === null ? 'unknown' : was === now ? 'same' : 'different';
      result.ratings.push({ item: item.id, question: item.text, before: was, after: now, change });
      if (change === 'same')
        result.sentences.push(`${item.text} You chose ${quote(now!)} both times.`);
      else if (change === 'different')
        result.sentences.push(
          `${item.text} Before, you chose ${quote(was!)}. This time, you chose ${quote(now!)}.`,
        );
    } else if (item.kind === 'multiple') {
      const was = listOf(item, b);
      const now = listOf(item, a);
      if (was.length === 0 && now.length === 0) continue;
      const choice = {
        item: item.id,
        question: item.text,
        kept: now.filter((l) => was.includes(l)),
        added: now.filter((l) => !was.includes(l)),
        left: was.filter((l) => !now.includes(l)),
      };
      result.choices.push(choice);
      if (choice.added.length)
        result.sentences.push(`New this time: ${choice.added.map((l) => quote(l)).join(', ')}.`);
      if (choice.left.length)
        result.sentences.push(
          `Chosen before but not this time: ${choice.left.map((l) => quote(l)).join(', ')}.`,
        );
    } else if (item.kind === 'text') {
      const was = wordsOf(b);
      const now = wordsOf(a);
      if (was === null && now === null) continue;
      result.words.push({ item: item.id, question: item.text, before: was, after: now });
    }
  }
  return result;
}
