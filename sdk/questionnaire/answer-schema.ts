import * as z from 'zod/mini';

/** An answer: one value, several values (multiple choice), or null for "prefer not to say". */
export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue | null>;
export const AnswerValueSchema = /* @__PURE__ */ z.union([z.string(), z.array(z.string())]);
export const AnswersSchema = /* @__PURE__ */ z.record(z.string(), z.nullable(AnswerValueSchema));
