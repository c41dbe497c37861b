import * as z from 'zod/mini';
import type { AdjustmentPlan } from '../adjustments/plan-record.js';
import type { FlowError } from '../common/flow-error.js';
import { CONSENT_SCHEMA_VERSION, SharingLinesSchema, type ConsentToShare } from './consent.js';
import { DaySchema } from './dates.js';
import { HARD_FOR_ME, HELPS_ME } from './passport-words.js';

/** The `schemaVersion` every passport carries. */
export const PASSPORT_SCHEMA_VERSION = 1;

/** The parts of a passport, in the order it prints, with the person's own headings. */
export const PASSPORT_PARTS = [
  { id: 'about', heading: 'About me' },
  { id: 'hard', heading: 'What is hard for me' },
  { id: 'helps', heading: 'What helps me' },
  { id: 'explain', heading: 'How to explain things to me' },
  { id: 'overwhelmed', heading: 'If I am overwhelmed' },
  { id: 'support', heading: 'Who can support me' },
] as const;
/** The id of one of the `PASSPORT_PARTS`. */
export type PartId = (typeof PASSPORT_PARTS)[number]['id'];
const PART_IDS = PASSPORT_PARTS.map((p) => p.id) as unknown as readonly [PartId, ...PartId[]];

/** Who the person may show their passport to. */
export const AUDIENCES = [
  { id: 'police-custody', label: 'Police custody' },
  { id: 'liaison-and-diversion', label: 'Liaison and Diversion' },
  { id: 'solicitor', label: 'My solicitor' },
  { id: 'court', label: 'Court' },
  { id: 'approved-premises', label: 'Approved premises or hostel' },
  { id: 'employer', label: 'An employer or trainer' },
] as const;
const AUDIENCE_IDS = AUDIENCES.map((a) => a.id) as unknown as readonly [string, ...string[]];

/** At most this many lines in each part, so the passport prints on one A4 page and stays readable. */
export const MAX_LINES_PER_PART = 6;

/** At most this many characters in all, for the same reason: one page, read at a glance. */
export const MAX_PASSPORT_CHARACTERS = 1500;

/** Where a line came from: suggested by the screening or the plan, or the person's own words. */
export const SOURCES = ['screening', 'plan', 'own-words'] as const;

const EntrySchema = /* @__PURE__ */ z.strictObject({
  text: z.string().check(z.minLength(2), z.maxLength(200)),
  from: z.enum(SOURCES),
});
/** One line of a passport. */
export type PassportEntry = z.output<typeof EntrySchema>;

/**
 * The person's one-page communication passport: only the lines they chose, in the first person,
 * with the day it was made and the day to check it again.
 */
export const PassportSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(PASSPORT_SCHEMA_VERSION),
  kind: z.literal('attune.passport'),
  /** The practitioner's case reference when it was made inside a case; never a name. */
  reference: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
  madeOn: DaySchema,
  checkAgainOn: DaySchema,
  /** Who the person means to show it to. */
  for: z.array(z.enum(AUDIENCE_IDS)),
  parts: z.record(z.enum(PART_IDS), z.array(EntrySchema).check(z.maxLength(MAX_LINES_PER_PART))),
  /** Added when the passport is exported: `sharingStatement` as it stood that day. */
  sharing: SharingLinesSchema,
});
/** A passport, as `PassportSchema` checks it. */
export type Passport = z.output<typeof PassportSchema>;

/**
 * The person's consent to share their passport: choosing who they may show it to is agreeing to
 * share it with them, from the day it was made until the day to check it again. Read it with
 * `sharingStatement`, as every other print and export is.
 */
export function passportConsent(passport: Passport): ConsentToShare {
  return {
    schemaVersion: CONSENT_SCHEMA_VERSION,
    kind: 'attune.consent-to-share',
    reference: null,
    decisions: AUDIENCES.filter((a) => passport.for.includes(a.id)).map((a) => ({
      recipient: a.id,
      label: a.label,
      agreed: true,
      on: passport.madeOn,
      reviewBy: passport.checkAgainOn,
    })),
  };
}

/** A passport being made: every suggested line, each included only when the person chooses it. */
export type PassportDraft = Record<PartId, (PassportEntry & { include: boolean })[]>;

/** What a passport's suggestions are drawn from. Everything is optional: it can start blank. */
export interface PassportSources {
  screening?: {
    profile: { domains: readonly { domain: string; level: string }[] };
    strengths: readonly string[];
    communication: readonly string[];
  };
  plan?: Pick<AdjustmentPlan, 'suggestions' | 'own'>;
}

const emptyDraft = (): PassportDraft => ({
  about: [],
  hard: [],
  helps: [],
  explain: [],
  overwhelmed: [],
  support: [],
});

/**
 * Suggested lines from a screening (what is hard, strengths, how to contact me) and an agreed
 * plan (what helps), all unticked: the person reads each and chooses what goes on.
 */
export function draftPassport(sources: PassportSources = {}): PassportDraft {
  const draft = emptyDraft();
  const add = (part: PartId, text: string, from: PassportEntry['from']) => {
    if (!draft[part].some((e) => e.text === text)) draft[part].push({ text, from, include: false });
  };
  const s = sources.screening;
  if (s) {
    if (s.strengths.length)
      add('about', `I am good at: ${s.strengths.join(', ')}.`.slice(0, 200), 'screening');
    for (const d of s.profile.domains)
      if ((d.level === 'some' || d.level === 'strong') && HARD_FOR_ME[d.domain])
        add('hard', HARD_FOR_ME[d.domain]!, 'screening');
    if (s.communication.length)
      add(
        'explain',
        `The best ways to contact me: ${s.communication.join(', ')}.`.slice(0, 200),
        'screening',
      );
  }
  const p = sources.plan;
  if (p) {
    for (const a of p.suggestions)
      if (a.decision === 'agreed' && HELPS_ME[a.id])
        add(HELPS_ME[a.id]!.part, HELPS_ME[a.id]!.line, 'plan');
    for (const o of p.own) add('helps', o.title, 'plan');
  }
  return draft;
}

/**
 * Why a passport could not be made or a line added: `field` is `parts` (what was chosen),
 * `checkAgainOn`, or `text` (a line in the person's own words).
 */
export type PassportError = FlowError<
  'nothing-chosen' | 'too-many-lines' | 'too-long' | 'dates' | 'own-words'
>;

/** What is wrong with a line in the person's own words, if anything: the rule `addOwnWords` follows. */
export function ownWordsError(text: unknown): PassportError | null {
  const t = typeof text === 'string' ? text.trim() : '';
  return t.length < 2 || t.length > 200
    ? { code: 'own-words', message: 'Write the line in 2 to 200 characters', field: 'text' }
    : null;
}

/** Adds a line in the person's own words; refused (draft unchanged) when `ownWordsError` says why. */
export function addOwnWords(draft: PassportDraft, part: PartId, text: string): PassportDraft {
  const t = text.trim();
  if (ownWordsError(t) || !draft[part]) return draft;
  return { ...draft, [part]: [...draft[part], { text: t, from: 'own-words', include: true }] };
}

/**
 * The finished passport: only the lines the person chose, the day it was made and the day to
 * check it again (after it). Refused when nothing was chosen or the dates do not hold.
 */
export function finishPassport(
  draft: PassportDraft,
  options: { madeOn: string; checkAgainOn: string; for?: string[] },
): { ok: true; passport: Passport } | ({ ok: false; error: string } & PassportError) {
  const refuse = (code: PassportError['code'], field: string, error: string) =>
    ({ ok: false, error, code, message: error, field }) as const;
  const parts = Object.fromEntries(
    PART_IDS.map((id) => [
      id,
      (draft[id] ?? []).filter((e) => e.include).map((e) => ({ text: e.text, from: e.from })),
    ]),
  ) as Passport['parts'];
  if (Object.values(parts).every((entries) => entries.length === 0))
    return refuse('nothing-chosen', 'parts', 'Choose at least one thing to go on the passport');
  if (Object.values(parts).some((entries) => entries.length > MAX_LINES_PER_PART))
    return refuse(
      'too-many-lines',
      'parts',
      `Choose at most ${MAX_LINES_PER_PART} things for each part, so the passport fits on one page`,
    );
  const characters = Object.values(parts)
    .flat()
    .reduce((n, e) => n + e.text.length, 0);
  if (characters > MAX_PASSPORT_CHARACTERS)
    return refuse(
      'too-long',
      'parts',
      `Keep the passport to ${MAX_PASSPORT_CHARACTERS} characters in all, so it fits on one page: take some lines out or make them shorter`,
    );
  const passport: Passport = {
    schemaVersion: PASSPORT_SCHEMA_VERSION,
    kind: 'attune.passport',
    madeOn: options.madeOn,
    checkAgainOn: options.checkAgainOn,
    for: [...new Set(options.for ?? [])],
    parts,
  };
  const parsed = PassportSchema.safeParse(passport);
  if (!parsed.success || options.checkAgainOn <= options.madeOn)
    return refuse(
      'dates',
      'checkAgainOn',
      'Give the day it was made and a later day to check it again',
    );
  return { ok: true, passport };
}
