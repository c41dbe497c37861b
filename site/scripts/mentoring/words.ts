import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { StepStatus, Who } from '@attune/sdk/mentoring';

/** An area's name as the check's definition gives it. */
export const areaLabel = (q: Questionnaire, id: string): string =>
  q.domains.find((d) => d.id === id)?.label ?? id;

export const barrierWords = { strong: 'A big barrier', some: 'Some difficulty' } as const;

/** Who does a step, for the mentor and, in the person's own plan, for them. */
export const whoWords: Record<Who, { mentor: string; person: string }> = {
  person: { mentor: 'The person', person: 'Me' },
  mentor: { mentor: 'The mentor', person: 'My mentor' },
  both: { mentor: 'Both together', person: 'Me and my mentor' },
  'someone-else': { mentor: 'Someone else', person: 'Someone else' },
};

export const statusWords: Record<StepStatus, { text: string; tag: string }> = {
  'not-started': { text: 'Not started', tag: 'govuk-tag--grey' },
  'in-progress': { text: 'In progress', tag: 'govuk-tag--blue' },
  done: { text: 'Done', tag: 'govuk-tag--green' },
  stuck: { text: 'Stuck', tag: 'govuk-tag--red' },
};
