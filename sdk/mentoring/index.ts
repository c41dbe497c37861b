export * from './plan-machine.js';
export * from './plan-errors.js';
export * from './thinking-areas.js';
export * from './record.js';
export * from './vocabulary.js';
export { isCalendarDate } from '../common/calendar-date.js';
export * from './calendar.js';
export * from './motivation.js';
export {
  escapeIcsText,
  unescapeIcsText,
  foldIcsLine,
  unfoldIcs,
  icsCalendar,
  ICS_LINE_OCTETS,
  type IcsEvent,
  type IcsOptions,
} from '../common/ics.js';
export * from './evidence.js';
export {
  FIRST_CHANGE_ITEM,
  FIRST_CHANGE_OTHER,
  firstChoiceArea,
} from '../questionnaires/practical-support-ids.js';
