// The views shown once a screening is complete, loaded together when it completes, so most of
// a run's visit never fetches them.
export { OutcomeView } from './outcome';
export { PlanView } from './plan';
