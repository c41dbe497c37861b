import { CaseSchema, runEntryKind, type Case, type CaseEntry } from '@attune/sdk/cases';
import {
  ENFORCEMENT,
  OUTCOME_SCHEMA_VERSION,
  OutcomeRecordSchema,
  type OutcomeRecord,
} from '@attune/sdk/follow-up';
import { longDate } from '../../scripts/dates';
import { t } from '../../ui/messages';
import type { FlowError } from '../../ui/runner';
import type { DateParts } from '../../ui/days';
import { isBlank, readDate } from './dates';

/**
 * What each form on a case makes of what was typed: the entry to add to the case, or every
 * problem at once, each naming the field it belongs to. The one place these rules are written;
 * the views only show what comes back.
 */
export type Made<T> = { ok: true; value: T } | { ok: false; errors: FlowError[] };

const newId = () => crypto.randomUUID();
const problem = (field: string, message: string): FlowError => ({ code: field, message, field });
const made = <T>(errors: FlowError[], value: () => T): Made<T> =>
  errors.length ? { ok: false, errors } : { ok: true, value: value() };
/** A date input's errors link to its day box, as the GOV.UK pattern does. */
const dateError = (id: string, message = t('cases.errors.date')) => problem(`${id}-day`, message);

export function referral(v: { to: string; on: DateParts; consent: boolean }): Made<CaseEntry> {
  const to = v.to.trim();
  const on = readDate(v.on);
  const errors: FlowError[] = [];
  if (to.length < 2 || to.length > 120)
    errors.push(problem('referral-to', t('cases.errors.referralTo')));
  if (!on) errors.push(dateError('referral-on'));
  return made(errors, () => ({
    id: newId(),
    on: on!,
    kind: 'referral',
    to,
    consentToShare: v.consent,
    status: 'waiting',
    note: null,
  }));
}

export function planReview(
  c: Case,
  plan: string,
  v: { on: DateParts; outcome: string; next: DateParts },
): Made<CaseEntry> {
  const on = readDate(v.on);
  const nextEmpty = isBlank(v.next);
  const next = nextEmpty ? null : readDate(v.next);
  const errors: FlowError[] = [];
  if (!on) errors.push(dateError('review-on'));
  if (!v.outcome) errors.push(problem('review-working', t('cases.errors.reviewOutcome')));
  if (!nextEmpty && !next) errors.push(dateError('review-next', t('cases.errors.nextReview')));
  return made(errors, () => ({
    id: newId(),
    on: on!,
    kind: 'plan-review',
    plan,
    outcome: v.outcome as 'working',
    nextReview: next,
    note: null,
  }));
}

export function safeguardingAction(about: string, action: string, on: string): Made<CaseEntry> {
  const text = action.trim();
  return made(
    text.length < 3 || text.length > 500
      ? [problem(`action-${about}`, t('cases.errors.action'))]
      : [],
    () => ({ id: newId(), on, kind: 'safeguarding-action', about, action: text }),
  );
}

export function declined(
  questionnaire: { id: string; version: string },
  v: DateParts,
): Made<CaseEntry> {
  const on = readDate(v);
  return made(on ? [] : [dateError('declined-on')], () => ({
    id: newId(),
    on: on!,
    kind: 'screening-ended',
    record: { kind: 'screening-ended', status: 'declined', questionnaire, endedAt: null },
  }));
}

/** The day a case closes: a real date, not before it opened. */
export function closing(c: Case, v: DateParts): Made<string> {
  const on = readDate(v);
  return made(
    !on || on < c.openedOn
      ? [dateError('close-on', t('cases.errors.closeOn', { date: longDate(c.openedOn) }))]
      : [],
    () => on!,
  );
}

/**
 * A record file saved from Attune, as an entry of the kind it is; the case's own schema checks
 * it, so only a record Attune could have written gets in.
 */
export function recordEntry(record: unknown, on: string, c: Case): CaseEntry | null {
  const r = record as {
    kind?: unknown;
    profile?: unknown;
    basis?: unknown;
    questionnaire?: { id?: unknown };
  } | null;
  // A screening or check, finished or ended, is filed by its questionnaire: a check is never
  // taken for the person's screening.
  const kind =
    (r?.kind === 'screening-ended' || r?.profile) && typeof r.questionnaire?.id === 'string'
      ? runEntryKind(r as { kind?: unknown; questionnaire: { id: string } })
      : r?.kind === 'attune.mentoring-plan'
        ? 'mentoring-plan'
        : r?.basis
          ? 'adjustment-plan'
          : null;
  if (!kind) return null;
  const entry = { id: newId(), on, kind, record } as CaseEntry;
  return CaseSchema.safeParse({ ...c, entries: [...c.entries, entry] }).success ? entry : null;
}

export async function recordFile(
  c: Case,
  v: { file: File | null; on: DateParts },
): Promise<Made<CaseEntry>> {
  const on = readDate(v.on);
  const errors: FlowError[] = [];
  if (!v.file) errors.push(problem('record-file', t('cases.errors.recordFile')));
  if (!on) errors.push(dateError('record-on'));
  let entry: CaseEntry | null = null;
  if (v.file && on) {
    let record: unknown;
    try {
      record = JSON.parse(await v.file.text());
    } catch {
      record = undefined;
    }
    entry = recordEntry(record, on, c);
    if (!entry) errors.push(problem('record-file', t('cases.errors.recordKind')));
  }
  return made(errors, () => entry!);
}

/** The outcome form's counts, by field id, with the words each is named by. */
export const OUTCOME_COUNTS = ['kept', 'missed', ...ENFORCEMENT] as const;
export type OutcomeCount = (typeof OUTCOME_COUNTS)[number];
export type YesNo = 'yes' | 'no' | '';

/** Outcomes over the last three months: each count optional, a blank never read as 0. */
export function outcome(
  reference: string,
  v: {
    on: DateParts;
    counts: Record<string, string>;
    etw: YesNo;
    housing: YesNo;
  },
  words: (count: OutcomeCount) => string,
): Made<CaseEntry> {
  const on = readDate(v.on);
  const errors: FlowError[] = [];
  if (!on) errors.push(dateError('outcome-on'));
  const numbers = OUTCOME_COUNTS.map((k) => {
    const typed = (v.counts[k] ?? '').trim();
    if (typed === '') return null;
    if (!/^\d{1,3}$/.test(typed) || Number(typed) > 500) {
      errors.push(
        problem(`outcome-${k}`, t('cases.errors.count', { what: words(k).toLowerCase() })),
      );
      return null;
    }
    return Number(typed);
  });
  const [kept, missed, ...actions] = numbers;
  const choice = (x: YesNo) => (x === '' ? null : x === 'yes');
  return made(errors, () => {
    const record: OutcomeRecord = OutcomeRecordSchema.parse({
      schemaVersion: OUTCOME_SCHEMA_VERSION,
      kind: 'attune.outcome',
      reference,
      on,
      appointments: { kept, missed },
      enforcement: Object.fromEntries(ENFORCEMENT.map((k, i) => [k, actions[i] ?? null])),
      educationTrainingWork: choice(v.etw),
      stableAccommodation: choice(v.housing),
    });
    return { id: newId(), on: on!, kind: 'outcome', record };
  });
}
