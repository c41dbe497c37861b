/**
 * @attune/sdk — everything at once. Hosts that run one flow should import its subpath
 * (`@attune/sdk/screening`, `@attune/sdk/adjustments`, …) so they load only what they use.
 */
export * from './questionnaire/index.js';
export * from './screening/index.js';
export * from './adjustments/index.js';
export * from './interop/index.js';
export * from './training/index.js';
export * from './evidence/index.js';
export * from './mentoring/index.js';
export * from './cases/index.js';
export { needsScreening } from './questionnaires/needs-screening.js';
