import type { ScaleOption } from '../questionnaire/scales.js';
import { optionsFor } from '../questionnaire/options.js';
import type { AnswerValue, Item, Questionnaire, Section } from '../questionnaire/schema.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
import { isShown, placeInSection, sectionPlace, shownList } from '../questionnaire/layout.js';
import { visibilityOf } from '../questionnaire/visibility-state.js';
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
  const index = indexQuestionnaire(questionnaire);
  const at = index.position.get(id);
  if (at === undefined) return null;
  const item = questionnaire.items[at]!;
  return {
    item,
    section: index.sectionById.get(item.section)!,
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
  const index = indexQuestionnaire(questionnaire);
  const at = currentItemId === null ? undefined : index.position.get(currentItemId);
  // The machine has already worked out what these answers show; the selector reuses it.
  const { layout, answered } = visibilityOf(index, answers);
  if (at === undefined || !isShown(layout, at)) return null;
  const section = index.sectionOf[at]!;
  const { place, of } = sectionPlace(layout, section);
  return {
    section: place,
    sections: of,
    sectionTitle: questionnaire.sections[section]!.title,
    question: placeInSection(index, layout, at),
    questionsInSection: layout.sectionCounts[section]!,
    answered,
    shown: layout.total,
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
  const index = indexQuestionnaire(questionnaire);
  return shownList(index, visibilityOf(index, answers).layout).map((item) => ({
    item,
    section: index.sectionById.get(item.section)!,
    labels: answerLabels(item, answers[item.id]),
    skipped: answers[item.id] === null,
  }));
}

/** The questions named in `context.removed`, so a host can say which answers a change removed. */
export function removedQuestions(
  questionnaire: Questionnaire,
  snapshot: ScreeningSnapshotLike,
): Item[] {
  const { position } = indexQuestionnaire(questionnaire);
  return snapshot.context.removed
    .map((id) => questionnaire.items[position.get(id) ?? -1])
    .filter((i): i is Item => !!i);
}
