import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { StepStatus, Who } from '@attune/sdk/mentoring';
import { t } from '../../ui/messages';

/**
 * What a goal about thinking and decisions can be about, beside the check's practical areas: the
 * mentoring service's own headings (limiting beliefs, decision making, resilience, motivation).
 */
export const THINKING_AREAS = ['beliefs', 'decisions', 'resilience', 'motivation'] as const;
const isThinking = (id: string): id is (typeof THINKING_AREAS)[number] =>
  (THINKING_AREAS as readonly string[]).includes(id);

/** An area's name: as the check's definition gives it, or a thinking area's own. */
export const areaLabel = (q: Pick<Questionnaire, 'domains'>, id: string): string =>
  q.domains.find((d) => d.id === id)?.label ??
  (isThinking(id) ? t(`mentoring.thinkingAreas.${id}`) : id);

/** Whether a goal in this area is about thinking and decisions rather than a practical barrier. */
export const goalKind = (area: string) => (isThinking(area) ? 'thinking' : 'practical');

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
