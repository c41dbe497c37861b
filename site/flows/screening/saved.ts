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

export function loadRun(
  store: RunStore,
  questionnaire: Questionnaire,
  options: ScreeningOptions,
): { result: RestoreResult; page: PageState } | null {
  const text = read(store.run);
  if (text === null) return null;
  let page: PageState = { easyRead: false, notes: {} };
  try {
    const parsed = JSON.parse(read(store.notes) ?? 'null');
    if (parsed && typeof parsed === 'object')
      page = {
        easyRead: parsed.easyRead === true,
        notes: typeof parsed.notes === 'object' && parsed.notes ? parsed.notes : {},
      };
  } catch {
    /* notes unreadable: start without them */
  }
  return { result: restoreScreening(questionnaire, text, options), page };
}

/** The adjustment plan agreed after the saved run, if one is kept and still reads as a plan. */
export const loadPlan = (store: RunStore): AdjustmentPlan | null =>
  store.plan ? parseAdjustmentPlan(read(store.plan)) : null;
