/**
 * The ids in the practical-support check that other parts of Attune read by name. They are the
 * check's own content, kept here once (a test holds them to `practical-support.json`), so the plan
 * machine, the signposting and the site never spell them out themselves.
 */

/** The check's question asking what the person wants to sort first; its answers are area ids. */
export const FIRST_CHANGE_ITEM = 'first-change';

/** The answer to that question that names no area: the person wants something else sorted first. */
export const FIRST_CHANGE_OTHER = 'something-else';

/**
 * The area the person wants to sort first, from a check's answers: null when they did not say or
 * chose something else, which is no area.
 */
export function firstChoiceArea(answers: Readonly<Record<string, unknown>>): string | null {
  const first = answers[FIRST_CHANGE_ITEM];
  return typeof first === 'string' && first !== FIRST_CHANGE_OTHER ? first : null;
}
