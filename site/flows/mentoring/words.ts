import type { Questionnaire } from '@attune/sdk/questionnaire';
import { thinkingArea, type StepStatus, type Who } from '@attune/sdk/mentoring';
import { t } from '../../ui/messages';

/** An area's name: as the check's definition gives it, or a thinking area's own (SDK data). */
export const areaLabel = (q: Pick<Questionnaire, 'domains'>, id: string): string =>
  q.domains.find((d) => d.id === id)?.label ?? thinkingArea(id)?.label ?? id;

/** Who does a step: as the mentor reads it, or as the person's own plan says it ("Me"). */
export const whoWords = (who: Who, voice: 'mentor' | 'person' = 'mentor'): string =>
  t(`mentoring.who.${who}.${voice}`);

/** How a step stands, with the colour of its tag. */
export const statusTag: Record<StepStatus, string> = {
  'not-started': 'govuk-tag--grey',
  'in-progress': 'govuk-tag--blue',
  done: 'govuk-tag--green',
  stuck: 'govuk-tag--red',
};
export const statusWords = (status: StepStatus): string => t(`mentoring.status.${status}`);

// Written once in site/ui/days.ts, where the follow-up flows read them too.
export { today, typedDate } from '../../ui/days';
