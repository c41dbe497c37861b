// The steps after the questions (check the answers, stopping, the outcome and the plan), loaded
// as soon as the run starts rather than with the page: the intro and first question draw sooner.
export { EndedView } from './ended';
export { OutcomeView } from './outcome';
export { PlanView } from './plan';
export { ReviewView } from './review';
export { ConfirmStopView } from './stop';
export { DisclosureControl } from './disclosure';
