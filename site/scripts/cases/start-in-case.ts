/**
 * Starting a flow page inside a case or on its own. Kept apart from `here.ts` because it loads
 * `open-here.ts`, which itself uses `here.ts`: in one file the two would import each other.
 */
import { caseIdInUrl, type CaseHere } from './here';

/**
 * Starts a flow page: at once on its own, or, when the address names a case, once the caseload
 * is unlocked in `panel` (the unlocking code loads only then). `app` stays hidden until then, so
 * nothing is begun outside the case by mistake.
 */
export function startInCaseOrAlone(
  panel: HTMLElement,
  app: HTMLElement,
  casesHref: string,
  start: (here: CaseHere | null) => void,
): void {
  const id = caseIdInUrl();
  if (!id) return start(null);
  app.hidden = true;
  void import('./open-here')
    .then(({ openCaseHere }) => openCaseHere(panel, id, casesHref))
    .then((opened) => {
      app.hidden = false;
      start(opened);
    });
}
