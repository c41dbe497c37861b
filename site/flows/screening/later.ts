// Every step after the intro (the questions, safeguarding, check the answers, stopping,
// the outcome and the plan), loaded as soon as the run starts rather than with the page: the
// page loads only what the intro needs, and the rest arrives while the person reads consent.
export { QuestionView } from './question';
export { SafeguardingPanel } from './safeguarding';
export { EndedView } from './ended';
export { OutcomeView } from './outcome';
export { PlanView } from './plan';
export { ReviewView } from './review';
export { ConfirmStopView } from './stop';
export { DisclosureControl } from './disclosure';
export { FoundView } from './found';
export { EqualityOffer, EqualityView } from './equality';
