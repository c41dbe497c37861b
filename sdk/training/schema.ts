import * as z from 'zod/mini';
import { SourceSchema } from '../common/source.js';

/** The version of the training module shape. */
export const TRAINING_MODULE_SCHEMA_VERSION = 1;
export { PASS_MARK, WORDS_PER_MINUTE, readingMinutes } from './constants.js';

const slug = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** One answer to a knowledge-check question, with feedback. */
export const KnowledgeOptionSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  correct: z.optional(z.literal(true)),
  /** Shown after the learner chooses this option: why it is, or is not, the best answer. */
  feedback: z.string().check(z.minLength(10)),
});

/** A knowledge-check question with exactly one correct answer. */
export const KnowledgeQuestionSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(10)),
  options: z.array(KnowledgeOptionSchema).check(
    z.minLength(2),
    z.refine(
      (options) => options.filter((o) => o.correct).length === 1,
      'Exactly one option must be marked correct',
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
  questions: z.array(KnowledgeQuestionSchema).check(z.minLength(6)),
});
/** A training module as `TrainingModuleSchema` checks it. */
export type TrainingModule = z.output<typeof TrainingModuleSchema>;
/** A knowledge-check question as `KnowledgeQuestionSchema` checks it. */
export type KnowledgeQuestion = z.output<typeof KnowledgeQuestionSchema>;
