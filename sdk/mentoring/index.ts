export * from './plan-machine.js';
export * from './record.js';
export * from './vocabulary.js';
export { isCalendarDate } from '../common/calendar-date.js';
