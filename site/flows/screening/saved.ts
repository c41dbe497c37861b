import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import {
  restoreScreening,
  saveScreening,
  type RestoreResult,
  type ScreeningOptions,
} from '@attune/sdk/screening';
import { parseAdjustmentPlan } from '../../scripts/adjustment-plan';
import { read, write } from '../../scripts/storage';

/** Where a run in progress and the practitioner's notes are kept on the device. */
export interface RunStore {
  run: string;
  notes: string;
  /** Where an adjustment plan agreed after the run is kept, when saving is on. */
  plan?: string;
}

/** What the page keeps on the device when the practitioner turns saving on. */
export interface PageState {
  easyRead: boolean;
  notes: Record<string, string>;
}

export function saveRun(
  store: RunStore,
  questionnaire: Questionnaire,
  persisted: unknown,
  page: PageState,
): boolean {
  const ok = write(store.run, JSON.stringify(saveScreening(questionnaire, persisted)));
  const okNotes = write(store.notes, JSON.stringify(page));
  return ok && okNotes;
}

/** The page state kept beside a run, read with care: anything odd starts without it. */
function pageOf(parsed: unknown): PageState {
  const p = parsed as Partial<PageState> | null;
  return p && typeof p === 'object'
    ? {
        easyRead: p.easyRead === true,
        notes: typeof p.notes === 'object' && p.notes ? p.notes : {},
      }
    : { easyRead: false, notes: {} };
}

export function loadRun(
  store: RunStore,
  questionnaire: Questionnaire,
  options: ScreeningOptions,
): { result: RestoreResult; page: PageState } | null {
  const text = read(store.run);
  if (text === null) return null;
  let page: PageState = { easyRead: false, notes: {} };
  try {
    page = pageOf(JSON.parse(read(store.notes) ?? 'null'));
  } catch {
    /* notes unreadable: start without them */
  }
  return { result: restoreScreening(questionnaire, text, options), page };
}

/**
 * A run in progress inside a case, as the case keeps it (sealed, never in plain): the same save
 * as on the device, what the person said, with the page's notes beside it.
 */
export const runDraft = (questionnaire: Questionnaire, persisted: unknown, page: PageState) => ({
  run: saveScreening(questionnaire, persisted),
  page,
});

/** A run kept in a case, restored by replaying it through the machine like any saved run. */
export function loadDraft(
  draft: unknown,
  questionnaire: Questionnaire,
  options: ScreeningOptions,
): { result: RestoreResult; page: PageState } {
  const d = draft as { run?: unknown; page?: unknown } | null;
  return {
    result: restoreScreening(questionnaire, JSON.stringify(d?.run ?? null), options),
    page: pageOf(d?.page),
  };
}

/** The adjustment plan agreed after the saved run, if one is kept and still reads as a plan. */
export const loadPlan = (store: RunStore): AdjustmentPlan | null =>
  store.plan ? parseAdjustmentPlan(read(store.plan)) : null;
