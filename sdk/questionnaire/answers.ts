import { optionsFor } from './options.js';
import type { AnswerValue, Item } from './schema.js';

/** The longest free-text answer accepted, in characters. */
export const MAX_TEXT_LENGTH = 500;

/**
 * Every code an invalid answer can give, for hosts that map them to their own messages. The last
 * four are the screening machine's: `invalid-time`, an event's `at` that is not a real ISO 8601
 * time; `invalid-safeguarding`, a disclosure or safeguarding action with a kind, action or
 * person told that is not on the lists; `not-changeable`, a CHANGE to a question that is not
 * asked; `not-now`, any event the step cannot take. No event is ignored in silence.
 */
export const ANSWER_ERROR_CODES = [
  'required',
  'invalid-option',
  'too-long',
  'wrong-type',
  'invalid-time',
  'invalid-safeguarding',
  'not-changeable',
  'not-now',
] as const;
/**
 * The codes of `ANSWER_ERROR_CODES` that refuse a step rather than an answer: they go once an
 * event is taken, and a saved run does not keep them (the host sends again, the person said
 * nothing wrong).
 */
export const STEP_ERROR_CODES: readonly string[] = [
  'invalid-safeguarding',
  'not-changeable',
  'not-now',
];
/** One of `ANSWER_ERROR_CODES`. */
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];
/** Why an answer was refused, for the item it was given to. */
export interface AnswerError {
  readonly itemId: string;
  readonly code: AnswerErrorCode;
  /** Plain-English text a host can show in an error summary as it is. */
  readonly message: string;
}

/**
 * Checks an answer against its item. Returns the normalised value (trimmed text, de-duplicated
 * choices in option order) or an error that says what to do.
 */
export function validateAnswer(
  item: Item,
  value: unknown,
): { ok: true; value: AnswerValue } | { ok: false; error: AnswerError } {
  const fail = (code: AnswerErrorCode, message: string) => ({
    ok: false as const,
    error: { itemId: item.id, code, message },
  });
  if (item.kind === 'text') {
    if (typeof value !== 'string')
      return fail('wrong-type', 'Type an answer, or choose "Prefer not to say"');
    const trimmed = value.trim();
    if (trimmed === '') return fail('required', 'Type an answer, or choose "Prefer not to say"');
    if (trimmed.length > MAX_TEXT_LENGTH)
      return fail('too-long', `Keep the answer to ${MAX_TEXT_LENGTH} characters or fewer`);
    return { ok: true, value: trimmed };
  }
  const options = optionsFor(item);
  if (item.kind === 'multiple') {
    const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null;
    if (chosen === null || chosen.some((v) => typeof v !== 'string'))
      return fail('wrong-type', 'Choose one or more answers, or "Prefer not to say"');
    if (chosen.length === 0)
      return fail('required', 'Choose one or more answers, or "Prefer not to say"');
    if (chosen.some((v) => !options.some((o) => o.value === v)))
      return fail('invalid-option', 'Choose from the answers shown');
    const only = options.find((o) => o.exclusive && chosen.includes(o.value));
    if (only && new Set(chosen).size > 1)
      return fail('invalid-option', `"${only.label}" cannot be chosen with other answers`);
    return { ok: true, value: options.filter((o) => chosen.includes(o.value)).map((o) => o.value) };
  }
  if (typeof value !== 'string' || value === '')
    return fail(
      value === undefined || value === '' ? 'required' : 'wrong-type',
      'Choose an answer, or "Prefer not to say"',
    );
  if (!options.some((o) => o.value === value))
    return fail('invalid-option', 'Choose from the answers shown');
  return { ok: true, value };
}
