import { isIsoDateTime } from '../common/iso-date-time.js';
import type { ScreeningEvent } from './machine.js';

/** The event types the screening machine takes. */
export const SCREENING_EVENT_TYPES = [
  'START',
  'CONSENT',
  'ANSWER',
  'SKIP',
  'BACK',
  'CHANGE',
  'SUBMIT',
  'WITHDRAW',
  'RECORD_DISCLOSURE',
  'RECORD_SAFEGUARDING_ACTION',
] as const;

/**
 * True when a value is an event the screening machine takes, with the fields its type needs and,
 * if it has `at`, a real ISO 8601 date-time. Check anything a host builds from outside input with
 * it before `actor.send`. Without it, XState 5 (checked with 5.33) stops the actor for good when
 * sent `{}`, `{ type: 42 }`, `null` or `undefined`: its status becomes `error` and every later
 * event is ignored, so the run is lost. A bare string makes `send` throw, and an event of an
 * unknown type, or one missing its fields, is ignored or refused without a word.
 *
 * @example
 * ```ts
 * if (isScreeningEvent(event)) actor.send(event);
 * else showError('That step could not be taken.');
 * ```
 */
export function isScreeningEvent(value: unknown): value is ScreeningEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const event = value as Record<string, unknown>;
  if (!(SCREENING_EVENT_TYPES as readonly unknown[]).includes(event.type)) return false;
  if ('at' in event && event.at !== undefined && !isIsoDateTime(event.at)) return false;
  switch (event.type) {
    case 'CONSENT':
      return typeof event.given === 'boolean';
    case 'ANSWER':
      return 'value' in event;
    case 'CHANGE':
      return typeof event.itemId === 'string';
    // The values themselves are checked by the machine's guards against the closed lists.
    case 'RECORD_DISCLOSURE':
      return typeof event.kind === 'string';
    case 'RECORD_SAFEGUARDING_ACTION':
      return (
        typeof event.about === 'string' &&
        typeof event.action === 'string' &&
        Array.isArray(event.told)
      );
    default:
      return true;
  }
}
