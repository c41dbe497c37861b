// The equality questions a practitioner may offer at the end of a screening, as closed lists.
//
// The questions and categories are the UK's own, so a service's figures line up with official
// statistics. They are Crown copyright, reused under the Open Government Licence v3.0:
// - Sex and gender identity: ONS, "Sex and gender identity question development for Census 2021"
//   (the Census 2021 England and Wales questions "What is your sex?" and "Is the gender you identify
//   with the same as your sex registered at birth?"; the write-in is left out, so no free text is
//   kept). The GSS gender identity standard (July 2020, "under development"; interim guidance
//   11 December 2024) builds on the same question.
// - Ethnic group: GSS ethnicity harmonised standard for England, the Census 2021 England and Wales
//   categories (five broad groups, 19 detailed), as the GSS lists them in "Annex C: Government
//   Statistical Service harmonised categories for ethnicity" (GOV.UK, 18 March 2025).
// - Disability: GSS harmonised standards "Long lasting health conditions and illness"
//   (18 June 2020) and "Activity restriction" (9 June 2020), which together measure disability as
//   the Equality Act 2010 defines it.
// Each adds "Prefer not to say": answering is always optional.
import * as z from 'zod/mini';
import { AGE_BANDS } from '../common/age-bands.js';

/** Which version of each standard these lists follow, for the record and the developer guide. */
export const EQUALITY_SOURCES = {
  sex: 'ONS Census 2021 (England and Wales), sex question',
  genderIdentity:
    'ONS Census 2021 (England and Wales), gender identity question; GSS standard July 2020',
  ethnicGroup:
    'GSS ethnicity harmonised standard (England), Census 2021 categories; GOV.UK Annex C, 18 March 2025',
  disability:
    'GSS harmonised standards: long lasting health conditions and illness (June 2020), activity restriction (June 2020)',
  licence: 'Crown copyright, Open Government Licence v3.0',
} as const;

/** The answer a person may give to any equality question instead of a category. */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

/** Census 2021: "What is your sex?" */
export const SEXES = ['female', 'male'] as const;
/** The answer words of the sex question. */
export const SEX_WORDS: Record<(typeof SEXES)[number], string> = { female: 'Female', male: 'Male' };

/** Census 2021: "Is the gender you identify with the same as your sex registered at birth?" */
export const GENDER_SAME_AS_SEX = ['yes', 'no'] as const;
/** The answer words of the gender identity question. */
export const GENDER_SAME_AS_SEX_WORDS: Record<(typeof GENDER_SAME_AS_SEX)[number], string> = {
  yes: 'Yes',
  no: 'No',
};

/** The five broad ethnic groups, each with its detailed groups, in the standard's order. */
export const ETHNIC_GROUPS = {
  white: {
    label: 'White',
    groups: {
      'white-british': 'English, Welsh, Scottish, Northern Irish or British',
      'white-irish': 'Irish',
      'white-gypsy-or-irish-traveller': 'Gypsy or Irish Traveller',
      'white-roma': 'Roma',
      'white-other': 'Any other White background',
    },
  },
  mixed: {
    label: 'Mixed or Multiple ethnic groups',
    groups: {
      'mixed-white-and-black-caribbean': 'White and Black Caribbean',
      'mixed-white-and-black-african': 'White and Black African',
      'mixed-white-and-asian': 'White and Asian',
      'mixed-other': 'Any other Mixed or Multiple ethnic background',
    },
  },
  asian: {
    label: 'Asian or Asian British',
    groups: {
      'asian-indian': 'Indian',
      'asian-pakistani': 'Pakistani',
      'asian-bangladeshi': 'Bangladeshi',
      'asian-chinese': 'Chinese',
      'asian-other': 'Any other Asian background',
    },
  },
  black: {
    label: 'Black, Black British, Caribbean or African',
    groups: {
      'black-caribbean': 'Caribbean',
      'black-african': 'African',
      'black-other': 'Any other Black, Black British, or Caribbean background',
    },
  },
  other: {
    label: 'Other ethnic group',
    groups: {
      'other-arab': 'Arab',
      'other-any': 'Any other ethnic group',
    },
  },
} as const;
/** A broad ethnic group's id. */
export type BroadEthnicGroup = keyof typeof ETHNIC_GROUPS;
/** The broad groups, in order. */
export const BROAD_ETHNIC_GROUPS = Object.keys(ETHNIC_GROUPS) as BroadEthnicGroup[];
/** Every detailed ethnic group id, in order. */
export const DETAILED_ETHNIC_GROUPS = BROAD_ETHNIC_GROUPS.flatMap((b) =>
  Object.keys(ETHNIC_GROUPS[b].groups),
) as [string, ...string[]];
/** The broad group a detailed group sits in, or undefined for an id outside the list. */
export const broadEthnicGroupOf = (detailed: string): BroadEthnicGroup | undefined =>
  BROAD_ETHNIC_GROUPS.find((b) => Object.hasOwn(ETHNIC_GROUPS[b].groups, detailed));

/** GSS: "Do you have any physical or mental health conditions or illnesses lasting or expected to last 12 months or more?" */
export const LONG_TERM_CONDITION = ['yes', 'no'] as const;
/** GSS: "Does your condition or illness reduce your ability to carry out day-to-day activities?" */
export const ACTIVITY_REDUCED = ['a-lot', 'a-little', 'not-at-all'] as const;
/** The answer words of the activity restriction question. */
export const ACTIVITY_REDUCED_WORDS: Record<(typeof ACTIVITY_REDUCED)[number], string> = {
  'a-lot': 'Yes, a lot',
  'a-little': 'Yes, a little',
  'not-at-all': 'Not at all',
};
/** Disability as the two GSS questions together measure it (Equality Act 2010 core definition). */
export const DISABILITY = ['disabled', 'not-disabled'] as const;

const withPreferNot = <T extends readonly [string, ...string[]]>(list: T) =>
  z.enum([...list, PREFER_NOT_TO_SAY] as [...T, typeof PREFER_NOT_TO_SAY]);

/**
 * The equality answers a record may carry, each optional and each allowing "prefer not to say".
 * They are kept apart from the needs profile and never change it. `gender` is the free-text field
 * of records made before these questions existed: still read, never written by Attune, and
 * published only through `legacyGender` (a closed list or "other").
 */
export const DemographicsSchema = /* @__PURE__ */ z.strictObject({
  ageBand: z.optional(withPreferNot(AGE_BANDS)),
  sex: z.optional(withPreferNot(SEXES)),
  genderSameAsSex: z.optional(withPreferNot(GENDER_SAME_AS_SEX)),
  ethnicGroup: z.optional(withPreferNot(DETAILED_ETHNIC_GROUPS)),
  longTermCondition: z.optional(withPreferNot(LONG_TERM_CONDITION)),
  /** Asked only when the person has a long-term condition. */
  activityReduced: z.optional(withPreferNot(ACTIVITY_REDUCED)),
  /** @deprecated Free text from records made before the equality questions; read, never written. */
  gender: z.optional(z.string().check(z.maxLength(40))),
});
/** Demographics as `DemographicsSchema` checks them. */
export type Demographics = z.output<typeof DemographicsSchema>;

/** Genders the old free-text field is read as; anything else written there is "other". */
export const LEGACY_GENDERS = ['man', 'woman', 'non-binary'] as const;
const LEGACY_SPELLINGS: Record<string, (typeof LEGACY_GENDERS)[number]> = {
  man: 'man',
  male: 'man',
  m: 'man',
  woman: 'woman',
  female: 'woman',
  f: 'woman',
  'non-binary': 'non-binary',
  nonbinary: 'non-binary',
  'non binary': 'non-binary',
};

/** What a record's demographics say, read into closed lists only; absent means not recorded. */
export interface EqualityAnswers {
  ageBand?: (typeof AGE_BANDS)[number] | typeof PREFER_NOT_TO_SAY;
  sex?: (typeof SEXES)[number] | typeof PREFER_NOT_TO_SAY;
  genderSameAsSex?: (typeof GENDER_SAME_AS_SEX)[number] | typeof PREFER_NOT_TO_SAY;
  /** The detailed group. */
  ethnicGroup?: string;
  /** The broad group of `ethnicGroup`, or "prefer not to say". */
  broadEthnicGroup?: BroadEthnicGroup | typeof PREFER_NOT_TO_SAY;
  disability?: (typeof DISABILITY)[number] | typeof PREFER_NOT_TO_SAY;
  /** An old record's free-text gender, read as one of `LEGACY_GENDERS` or "other". */
  legacyGender?: (typeof LEGACY_GENDERS)[number] | 'other';
}

const pick = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * Reads any record's `demographics` (new, old or hand-written) into closed lists: a value outside
 * a list is dropped (counted as not recorded), so nothing a record says is ever published as
 * written. Disability is "disabled" when the person has a long-term condition that reduces their
 * day-to-day activities a lot or a little.
 */
export function readDemographics(value: unknown): EqualityAnswers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const d = value as Record<string, unknown>;
  const out: EqualityAnswers = {};
  const pns = [PREFER_NOT_TO_SAY] as const;
  out.ageBand = pick([...AGE_BANDS, ...pns], d.ageBand);
  out.sex = pick([...SEXES, ...pns], d.sex);
  out.genderSameAsSex = pick([...GENDER_SAME_AS_SEX, ...pns], d.genderSameAsSex);
  if (d.ethnicGroup === PREFER_NOT_TO_SAY) out.broadEthnicGroup = PREFER_NOT_TO_SAY;
  else if (typeof d.ethnicGroup === 'string') {
    const broad = broadEthnicGroupOf(d.ethnicGroup);
    if (broad) {
      out.ethnicGroup = d.ethnicGroup;
      out.broadEthnicGroup = broad;
    }
  }
  const condition = pick([...LONG_TERM_CONDITION, ...pns], d.longTermCondition);
  const reduced = pick([...ACTIVITY_REDUCED, ...pns], d.activityReduced);
  if (condition === PREFER_NOT_TO_SAY || (condition === 'yes' && reduced === PREFER_NOT_TO_SAY))
    out.disability = PREFER_NOT_TO_SAY;
  else if (condition === 'no' || (condition === 'yes' && reduced === 'not-at-all'))
    out.disability = 'not-disabled';
  else if (condition === 'yes' && (reduced === 'a-lot' || reduced === 'a-little'))
    out.disability = 'disabled';
  if (typeof d.gender === 'string' && d.gender.trim())
    out.legacyGender = Object.hasOwn(LEGACY_SPELLINGS, d.gender.trim().toLowerCase())
      ? LEGACY_SPELLINGS[d.gender.trim().toLowerCase()]
      : 'other';
  for (const k of Object.keys(out) as (keyof EqualityAnswers)[])
    if (out[k] === undefined) delete out[k];
  return out;
}
