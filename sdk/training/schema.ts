import * as z from 'zod/mini';
import { SourceSchema } from '../common/source.js';
import { FORM_SIZE } from './constants.js';

/** The version of the training module shape. */
export const TRAINING_MODULE_SCHEMA_VERSION = 2;
export { FORM_SIZE, PASS_MARK, WORDS_PER_MINUTE, readingMinutes } from './constants.js';

const slug = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

// A verdict word standing alone at the start ("Right.", "Not quite:"), not "No study found…".
const VERDICT =
  /^\s*(right|correct|incorrect|wrong|yes|no|not quite|well done|good|exactly|true|false)\s*[.!,:;\u2013\u2014-]/i;

/** One answer to a knowledge-check question, with feedback. */
export const KnowledgeOptionSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  correct: z.optional(z.literal(true)),
  /**
   * Why this option is, or is not, the best answer. Shown after the learner chooses it, and for
   * the best answer after a wrong choice too, so it never opens with a verdict ("Right.",
   * "Not quite."): the page says which it was.
   */
  feedback: z.string().check(
    z.minLength(10),
    z.refine(
      (text) => !VERDICT.test(text),
      'Feedback must not open with a verdict: the page says whether the answer was right',
    ),
  ),
});

/** A knowledge-check question with exactly one correct answer. */
export const KnowledgeQuestionSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.minLength(1)),
  /**
   * The situation the question is set in, as a short slug ("missed-appointments"). Each is used
   * once across a course, so a learner meets a new situation in every question.
   */
  scenario: slug,
  text: z.string().check(z.minLength(10)),
  options: z.array(KnowledgeOptionSchema).check(
    z.minLength(2),
    z.refine(
      (options) => options.filter((o) => o.correct).length === 1,
      'Exactly one option must be marked correct',
    ),
    z.refine(
      (options) => new Set(options.map((o) => o.id)).size === options.length,
      'Option ids must be unique within a question',
    ),
  ),
});

/** A lesson's metadata: id, title, order and reading time. */
export const LessonSchema = /* @__PURE__ */ z.strictObject({
  id: slug,
  title: z.string().check(z.minLength(1)),
  order: z.number().check(z.int(), z.gte(1)),
  minutes: z.number().check(z.gt(0)),
});

/** A training module: outcomes, confidence statements, sources, lessons and knowledge-check questions. */
export const TrainingModuleSchema = /* @__PURE__ */ z.strictObject({
  id: slug,
  order: z.number().check(z.int(), z.gte(1)),
  title: z.string().check(z.minLength(1)),
  summary: z.string().check(z.minLength(10)),
  outcomes: z.array(z.string()).check(z.minLength(1)),
  /** Three statements the learner rates from 1 to 5 before and after the module. */
  confidence: z.array(z.string()).check(z.length(3)),
  sources: z.array(SourceSchema).check(z.minLength(1)),
  lessons: z.array(LessonSchema).check(z.minLength(1)),
  /**
   * The question bank. The knowledge test before the lessons and each check after them draw
   * FORM_SIZE questions from it, so it holds at least two forms' worth.
   */
  questions: z.array(KnowledgeQuestionSchema).check(
    z.minLength(2 * FORM_SIZE),
    z.refine(
      (questions) => new Set(questions.map((q) => q.id)).size === questions.length,
      'Question ids must be unique within a module',
    ),
  ),
});
/** A training module as `TrainingModuleSchema` checks it. */
export type TrainingModule = z.output<typeof TrainingModuleSchema>;
/** A knowledge-check question as `KnowledgeQuestionSchema` checks it. */
export type KnowledgeQuestion = z.output<typeof KnowledgeQuestionSchema>;

/**
 * A pathway: a short route through chosen modules for a particular group of staff (for example
 * police IOM officers and new starters), with a certificate of its own once every module is done.
 */
export const TrainingPathwaySchema = /* @__PURE__ */ z.strictObject({
  id: slug,
  title: z.string().check(z.minLength(1)),
  /** Who the pathway is for and why these modules, in a sentence or two. */
  summary: z.string().check(z.minLength(10)),
  modules: z.array(slug).check(z.minLength(1)),
});
/** A pathway as `TrainingPathwaySchema` checks it. */
export type TrainingPathway = z.output<typeof TrainingPathwaySchema>;
