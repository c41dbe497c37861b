export * from './case.js';
export * from './bundle.js';
export * from './crypto.js';
export * from './merge.js';
export * from './due.js';
export * from './summary.js';
export * from './evidence-records.js';
export type { CryptoKeyLike } from './web-platform.js';
export { isCalendarDate } from '../common/calendar-date.js';
