import * as z from 'zod/mini';

/** Bumped when the shape of a definition changes in a way hosts must migrate. */
export const QUESTIONNAIRE_SCHEMA_VERSION = 1;

const id = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'Use a kebab-case id: lower-case letters, digits and hyphens',
    ),
  );
const text = /* @__PURE__ */ z.string().check(z.minLength(1, 'Must not be empty'));

/**
 * Display and referral conditions are data, not functions, so any host in any language can
 * evaluate them. Item leaves test answers; domain leaves (referral rules only) test the profile.
 */
export type Condition =
  | { item: string; equals: string }
  | { item: string; includes: string }
  | { item: string; answered: boolean }
  | { domain: string; atLeast: 'some' | 'strong' }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Checks the shape of a condition; `defineQuestionnaire` also checks what it refers to. */
export const ConditionSchema: z.ZodMiniType<Condition> = /* @__PURE__ */ z.lazy(() =>
  z.union([
    z.strictObject({ item: z.string(), equals: z.string() }),
    z.strictObject({ item: z.string(), includes: z.string() }),
    z.strictObject({ item: z.string(), answered: z.boolean() }),
    z.strictObject({ domain: z.string(), atLeast: z.enum(['some', 'strong']) }),
    z.strictObject({ all: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
) as z.ZodMiniType<Condition>;

/** Text in plain English with its Easy Read version. */
export const WordingSchema = /* @__PURE__ */ z.strictObject({ text, easyRead: text });

/** The highest score one option may carry; with weights of at most 5 no sum can overflow. */
export const MAX_OPTION_SCORE = 100;

/** One answer a person can choose, with its score for the domains the item feeds. */
export const OptionSchema = /* @__PURE__ */ z.strictObject({
  value: id,
  label: text,
  easyRead: z.optional(text),
  score: z.optional(z.number().check(z.gte(0), z.lte(MAX_OPTION_SCORE))),
  /** Multiple choice only: this answer cannot be chosen with any other (such as "None of these"). */
  exclusive: z.optional(z.boolean()),
});

/** The kinds of question: single or multiple choice, yes or no, a frequency scale, or short text. */
export const ItemKindSchema = /* @__PURE__ */ z.enum([
  'single',
  'multiple',
  'yes-no',
  'frequency',
  'text',
]);
/** What an unscored item is for, so the record can gather strengths, wishes about a diagnosis and how to communicate. */
export const ItemPurposeSchema = /* @__PURE__ */ z.enum([
  'strengths',
  'diagnosis-wish',
  'diagnosis-areas',
  'communication',
  'context',
]);

/**
 * Where an item's wording comes from. `original` is Attune's own; `construct-informed-by` names a
 * published instrument whose construct shaped the question, never its wording or its validity.
 */
export const ProvenanceSchema = /* @__PURE__ */ z.union([
  z.strictObject({ source: z.literal('original') }),
  z.strictObject({ source: z.literal('construct-informed-by'), instrument: text }),
]);

import { SAFEGUARDING_KINDS } from './safeguarding-kinds.js';
export { SAFEGUARDING_KINDS };

/**
 * What the practitioner does after a safeguarding answer, in order of urgency: what to ask next,
 * who to tell today, and where the person can get help (signposting).
 */
export const SafeguardingResponseSchema = /* @__PURE__ */ z.strictObject({
  askNext: z.array(text).check(z.minLength(1)),
  tellToday: text,
  signposting: z.array(text).check(z.minLength(1)),
});

/** One question: its wording, Easy Read version, why it is asked, answers, scoring and when it is shown. */
export const ItemSchema = /* @__PURE__ */ z.strictObject({
  id,
  section: id,
  kind: ItemKindSchema,
  text,
  easyRead: text,
  why: text,
  hint: z.optional(text),
  /** Domain id → weight. Only scored items feed domains. */
  feeds: z.optional(z.record(z.string(), z.number().check(z.gt(0), z.lte(5)))),
  /** Positively worded item: the scale's scores are turned round. */
  reverse: z.optional(z.boolean()),
  options: z.optional(z.array(OptionSchema)),
  showIf: z.optional(ConditionSchema),
  sensitive: z.optional(z.boolean()),
  purpose: z.optional(ItemPurposeSchema),
  safeguarding: z.optional(
    z.strictObject({
      answers: z.array(z.string()).check(z.minLength(1)),
      message: text,
      kind: z.optional(z.enum(SAFEGUARDING_KINDS)),
      response: z.optional(SafeguardingResponseSchema),
    }),
  ),
  provenance: z.optional(ProvenanceSchema),
});

/** An area of need the screening reports on, with the thresholds for "some" and "strong". */
export const DomainSchema = /* @__PURE__ */ z.strictObject({
  id,
  label: text,
  description: text,
  /** Fractions of the domain's possible score (0–1) at which the level becomes "some" and "strong". */
  thresholds: z.strictObject({ some: z.number(), strong: z.number() }),
  thresholdNote: z.optional(text),
});

/** A group of questions shown under one heading. */
export const SectionSchema = /* @__PURE__ */ z.strictObject({
  id,
  title: text,
  easyRead: z.optional(text),
});

/** A referral suggestion and the condition, on answers and domain levels, that brings it up. */
export const ReferralRuleSchema = /* @__PURE__ */ z.strictObject({
  id,
  title: text,
  advice: text,
  when: ConditionSchema,
});

/** The shape of a whole questionnaire definition. Use `defineQuestionnaire`, which also checks the rules that span items. */
export const QuestionnaireSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(QUESTIONNAIRE_SCHEMA_VERSION),
  id,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'Use a semantic version such as 1.0.0')),
  title: text,
  locale: z
    .string()
    .check(z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'Use a language tag such as en-GB')),
  intro: WordingSchema,
  consent: WordingSchema,
  sections: z.array(SectionSchema).check(z.minLength(1)),
  domains: z.array(DomainSchema),
  items: z.array(ItemSchema).check(z.minLength(1)),
  referrals: z.optional(z.array(ReferralRuleSchema)),
  /** Records carry the yes-saying check (`checkAnswerPattern`); needs reverse-worded items to work well. */
  yesSayingCheck: z.optional(z.boolean()),
});

/** A definition as written, before checking. */
export type QuestionnaireInput = z.input<typeof QuestionnaireSchema>;
/** A checked questionnaire definition. */
export type Questionnaire = z.output<typeof QuestionnaireSchema>;
/** One question in a definition. */
export type Item = z.output<typeof ItemSchema>;
/** One need area in a definition. */
export type Domain = z.output<typeof DomainSchema>;
/** One section in a definition. */
export type Section = z.output<typeof SectionSchema>;
/** One answer option as written in a definition (built-in scales come from `optionsFor`). */
export type Option = z.output<typeof OptionSchema>;
/** One of the item kinds. */
export type ItemKind = z.output<typeof ItemKindSchema>;
/** One referral rule in a definition. */
export type ReferralRule = z.output<typeof ReferralRuleSchema>;
/** One of `SAFEGUARDING_KINDS`. */
export type SafeguardingKind = (typeof SAFEGUARDING_KINDS)[number];
/** An item's safeguarding response guidance. */
export type SafeguardingResponse = z.output<typeof SafeguardingResponseSchema>;

export * from './answer-schema.js';
