import type { ScaleOption } from '../questionnaire/scales.js';
import { optionsFor } from '../questionnaire/options.js';
import type { AnswerValue, Item, Questionnaire, Section } from '../questionnaire/schema.js';
import { shownItems } from '../questionnaire/visibility.js';
import type { ScreeningContext } from './machine.js';

/** The smallest part of a snapshot the selectors read, so they work on live and restored runs alike. */
export interface ScreeningSnapshotLike {
  readonly value: unknown;
  readonly context: ScreeningContext;
}

/** The question being asked now, with everything a host needs to show it. */
export interface CurrentQuestion {
  readonly item: Item;
  readonly section: Section;
  readonly options: readonly ScaleOption[];
  /** The answer given before (when coming back), null if skipped, undefined if not yet asked. */
  readonly answer: AnswerValue | null | undefined;
}

/** The question being asked, with its wording and options, or null when none is. */
export function currentQuestion(
  questionnaire: Questionnaire,
  snapshot: ScreeningSnapshotLike,
): CurrentQuestion | null {
  const id = snapshot.context.currentItemId;
  if (snapshot.value !== 'answering' || id === null) return null;
  const item = questionnaire.items.find((i) => i.id === id);
  if (!item) return null;
  return {
    item,
    section: questionnaire.sections.find((s) => s.id === item.section)!,
    options: optionsFor(item),
    answer: snapshot.context.answers[id],
  };
}

/** Where the person is in the screening, for a "Section 2 of 5, question 3 of 4" line. */
export interface Progress {
  /** 1-based position of the current section among sections that have questions to ask. */
  readonly section: number;
  readonly sections: number;
  readonly sectionTitle: string;
  /** 1-based position of the current question within its section. */
  readonly question: number;
  readonly questionsInSection: number;
  readonly answered: number;
  readonly shown: number;
}

/**
 * Progress as section and question counts. Counts come from the questions shown now, so they
 * can grow when an answer reveals follow-ups; they never jump like a percentage would.
 */
export function progress(
  questionnaire: Questionnaire,
  snapshot: ScreeningSnapshotLike,
): Progress | null {
  const { answers, currentItemId } = snapshot.context;
  const shown = shownItems(questionnaire, answers);
  const current = shown.find((i) => i.id === currentItemId);
  if (!current) return null;
  const sectionIds = questionnaire.sections
    .map((s) => s.id)
    .filter((id) => shown.some((i) => i.section === id));
  const inSection = shown.filter((i) => i.section === current.section);
  return {
    section: sectionIds.indexOf(current.section) + 1,
    sections: sectionIds.length,
    sectionTitle: questionnaire.sections.find((s) => s.id === current.section)!.title,
    question: inSection.indexOf(current) + 1,
    questionsInSection: inSection.length,
    answered: shown.filter((i) => i.id in answers).length,
    shown: shown.length,
  };
}

/** One row of "Check your answers". */
export interface ReviewRow {
  readonly item: Item;
  readonly section: Section;
  /** Labels of the answer, empty when skipped. */
  readonly labels: readonly string[];
  readonly skipped: boolean;
}

/** Labels for an answer value as the person saw them. */
export function answerLabels(
  item: Item,
  value: AnswerValue | null | undefined,
  easyRead = false,
): string[] {
  if (value === null || value === undefined) return [];
  if (item.kind === 'text') return [value as string];
  const chosen = Array.isArray(value) ? value : [value];
  return optionsFor(item)
    .filter((o) => chosen.includes(o.value))
    .map((o) => (easyRead ? o.easyRead : o.label));
}

/** Every shown question with its answer, for "Check your answers". */
export function reviewRows(
  questionnaire: Questionnaire,
  snapshot: ScreeningSnapshotLike,
): ReviewRow[] {
  const { answers } = snapshot.context;
  return shownItems(questionnaire, answers).map((item) => ({
    item,
    section: questionnaire.sections.find((s) => s.id === item.section)!,
    labels: answerLabels(item, answers[item.id]),
    skipped: answers[item.id] === null,
  }));
}

/** The questions named in `context.removed`, so a host can say which answers a change removed. */
export function removedQuestions(
  questionnaire: Questionnaire,
  snapshot: ScreeningSnapshotLike,
): Item[] {
  return snapshot.context.removed
    .map((id) => questionnaire.items.find((i) => i.id === id))
    .filter((i): i is Item => !!i);
}
