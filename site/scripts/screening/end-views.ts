// The views shown once a screening is complete, loaded together when it completes.
export { outcomeView } from './outcome';
export { planView } from './plan';
export const outcomeTitle = 'Screening outcome';
