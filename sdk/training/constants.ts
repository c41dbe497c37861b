/** Share of knowledge-check questions a learner must get right to pass. */
export const PASS_MARK = 0.8;
/** Reading speed used to state a lesson's time, in words a minute. */
export const WORDS_PER_MINUTE = 200;
/**
 * Questions in one form of the knowledge test. The knowledge test before the lessons and the
 * first check after them are two such forms with no question in common, so a module's bank
 * needs at least twice this many questions.
 */
export const FORM_SIZE = 6;

/** Minutes to read a text at WORDS_PER_MINUTE, rounded up. */
export function readingMinutes(text: string): number {
  return Math.ceil(text.split(/\s+/).filter(Boolean).length / WORDS_PER_MINUTE);
}
