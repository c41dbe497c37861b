import type { Questionnaire } from '@attune/sdk/questionnaire';
import { restoreScreening, saveScreening, type RestoreResult } from '@attune/sdk/screening';
import { keys, read, remove, write } from '../storage';

/** What the page keeps on the device when the practitioner turns saving on. */
export interface PageState {
  easyRead: boolean;
  notes: Record<string, string>;
}

export function saveRun(questionnaire: Questionnaire, persisted: unknown, page: PageState): boolean {
  const ok = write(keys.screening, JSON.stringify(saveScreening(questionnaire, persisted)));
  const okNotes = write(keys.screeningNotes, JSON.stringify(page));
  return ok && okNotes;
}

export function loadRun(questionnaire: Questionnaire): { result: RestoreResult; page: PageState } | null {
  const text = read(keys.screening);
  if (text === null) return null;
  let page: PageState = { easyRead: false, notes: {} };
  try {
    const parsed = JSON.parse(read(keys.screeningNotes) ?? 'null');
    if (parsed && typeof parsed === 'object') page = { easyRead: parsed.easyRead === true, notes: typeof parsed.notes === 'object' && parsed.notes ? parsed.notes : {} };
  } catch {
    /* notes unreadable: start without them */
  }
  return { result: restoreScreening(questionnaire, text), page };
}

export function forgetRun(): void {
  remove(keys.screening);
  remove(keys.screeningNotes);
}
