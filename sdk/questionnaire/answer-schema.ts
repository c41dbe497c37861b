import * as z from 'zod/mini';

/** An answer: one value, several values (multiple choice), or null for "prefer not to say". */
export type AnswerValue = string | string[];
/** Answers by item id; null means the person chose "prefer not to say". */
export type Answers = Record<string, AnswerValue | null>;
/** Checks one answer value: a string, or a list of strings for multiple choice. */
export const AnswerValueSchema = /* @__PURE__ */ z.union([z.string(), z.array(z.string())]);
/** Checks a set of answers by item id. */
export const AnswersSchema = /* @__PURE__ */ z.record(z.string(), z.nullable(AnswerValueSchema));
