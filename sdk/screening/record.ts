import { evaluateCondition } from '../questionnaire/conditions.js';
import { optionsFor } from '../questionnaire/options.js';
import type { Answers } from '../questionnaire/answer-schema.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { levelsOf, scoreAnswers, type NeedsProfile } from '../questionnaire/scoring.js';
import { shownItems } from '../questionnaire/visibility.js';
import { checkAnswerPattern } from '../questionnaire/yes-saying.js';
import type {
  Demographics,
  Disclosure,
  SafeguardingAction,
  SafeguardingFlag,
  ScreeningRecord,
} from './record-schema.js';
import { SCREENING_RECORD_SCHEMA_VERSION } from './record-version.js';

export * from './record-schema.js';

/** Chooses adjustment ids for a profile; the site and hosts pass the catalogue's recommender. */
export type Recommender = (profile: NeedsProfile, answers: Answers) => string[];

function labelsFor(questionnaire: Questionnaire, answers: Answers, purpose: string): string[] {
  const labels: string[] = [];
  for (const item of shownItems(questionnaire, answers)) {
    if (item.purpose !== purpose) continue;
    const value = answers[item.id];
    if (value === null || value === undefined) continue;
    if (item.kind === 'text') {
      labels.push(value as string);
      continue;
    }
    const chosen = Array.isArray(value) ? value : [value];
    for (const o of optionsFor(item)) if (chosen.includes(o.value)) labels.push(o.label);
  }
  return labels;
}

function valuesFor(questionnaire: Questionnaire, answers: Answers, purpose: string): string[] {
  return shownItems(questionnaire, answers)
    .filter((item) => item.purpose === purpose)
    .flatMap((item) => {
      const value = answers[item.id];
      return value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
    });
}

/** What `buildScreeningRecord` builds a record from. */
export interface RecordParts {
  /** The record's id, if the host gave one when the run started. */
  id?: string | null;
  answers: Answers;
  reference: string | null;
  startedAt: string | null;
  completedAt: string | null;
  flags: SafeguardingFlag[];
  demographics?: Demographics | null;
  /** Disclosures recorded during the run; omitted or empty when none. */
  disclosures?: Disclosure[];
  /** Safeguarding actions recorded during the run. */
  safeguardingActions?: SafeguardingAction[];
}

/** Builds the record a completed screening hands back; pure, so hosts can rebuild it from answers. */
export function buildScreeningRecord(
  questionnaire: Questionnaire,
  parts: RecordParts,
  recommend?: Recommender,
): ScreeningRecord {
  const profile = scoreAnswers(questionnaire, parts.answers);
  const levels = levelsOf(profile);
  return {
    schemaVersion: SCREENING_RECORD_SCHEMA_VERSION,
    ...(parts.id ? { id: parts.id } : {}),
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    reference: parts.reference,
    ...(parts.demographics ? { demographics: parts.demographics } : {}),
    startedAt: parts.startedAt,
    completedAt: parts.completedAt,
    answers: parts.answers,
    profile: { domains: profile.domains.map((d) => ({ ...d, items: [...d.items] })) },
    strengths: labelsFor(questionnaire, parts.answers, 'strengths'),
    communication: labelsFor(questionnaire, parts.answers, 'communication'),
    diagnosis: {
      wanted: valuesFor(questionnaire, parts.answers, 'diagnosis-wish')[0] ?? null,
      areas: valuesFor(questionnaire, parts.answers, 'diagnosis-areas'),
    },
    flags: parts.flags,
    // Left out when empty or not applicable, so records of other questionnaires, and saves made
    // before these fields existed, rebuild exactly as they were stored.
    ...(parts.disclosures?.length ? { disclosures: parts.disclosures } : {}),
    ...(parts.safeguardingActions?.length
      ? { safeguardingActions: parts.safeguardingActions }
      : {}),
    ...(questionnaire.yesSayingCheck
      ? { answerPattern: checkAnswerPattern(questionnaire, parts.answers) }
      : {}),
    recommendedAdjustments: recommend ? recommend(profile, parts.answers) : [],
    referrals: (questionnaire.referrals ?? [])
      .filter((rule) => evaluateCondition(rule.when, parts.answers, levels))
      .map(({ id, title, advice }) => ({ id, title, advice })),
  };
}
