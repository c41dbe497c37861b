import type { Case } from './case.js';
import type { CaseSummary, SummaryEntry } from './summary.js';

/** The kinds of thing that can be due on a case, most urgent first. */
export const DUE_KINDS = [
  'safeguarding-open',
  'review-overdue',
  'review-due',
  'referral-waiting',
  'declined',
  'not-screened',
] as const;
/** One of `DUE_KINDS`. */
export type DueKind = (typeof DUE_KINDS)[number];

/** Something needing the practitioner's attention on one case. */
export interface DueItem {
  kind: DueKind;
  caseId: string;
  /** The entry it is about (the plan, referral or screening), or null for "not screened". */
  entryId: string | null;
  /** The date that matters: the review date, or the day the referral was made. */
  date: string | null;
  /** Days overdue, days until a review, or days a referral has waited; null where no date applies. */
  days: number | null;
}

/** When things count as due. `today` comes from the host, so results never depend on the clock. */
export interface DueOptions {
  /** Today, YYYY-MM-DD. */
  today: string;
  /** A review this many days away or fewer is "due soon". Default 14. */
  reviewSoonDays?: number;
  /** A referral waiting longer than this many days is flagged. Default 42 (six weeks). */
  referralWaitDays?: number;
}

const DAY = 86_400_000;
/** Whole days from one calendar date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * What is due on one case: open safeguarding flags, a plan review overdue or coming up, referrals
 * waiting too long, and a person not yet screened or who declined. A closed case has nothing due.
 * Pure: the same case and options always give the same list, in `DUE_KINDS` order.
 */
export function whatIsDue(c: Case | CaseSummary, options: DueOptions): DueItem[] {
  if (c.closedOn !== null) return [];
  const { today, reviewSoonDays = 14, referralWaitDays = 42 } = options;
  const items: DueItem[] = [];
  // Date order, entries on one day in the order they were added (as `timeline` gives them).
  const entries = (c.entries as SummaryEntry[])
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => (a.on < b.on ? -1 : a.on > b.on ? 1 : i - j))
    .map(([e]) => e);
  const item = (kind: DueKind, entryId: string | null, date: string | null, days: number | null) =>
    items.push({ kind, caseId: c.id, entryId, date, days });

  const answered = new Set(
    entries.flatMap((e) => (e.kind === 'safeguarding-action' ? [e.about] : [])),
  );
  for (const e of entries)
    // A check raises safeguarding flags as a screening does: either kind waits for an action.
    if (
      (e.kind === 'screening' || e.kind === 'check') &&
      e.record.flags.length &&
      !answered.has(e.id)
    )
      item('safeguarding-open', e.id, e.on, null);

  // Only the latest plan is live; a review with no next date means no further review is planned.
  const plan = entries.filter((e) => e.kind === 'adjustment-plan').at(-1);
  if (plan) {
    const review = entries.filter((e) => e.kind === 'plan-review' && e.plan === plan.id).at(-1);
    const next =
      review?.kind === 'plan-review'
        ? review.nextReview
        : plan.kind === 'adjustment-plan'
          ? plan.record.reviewDate
          : null;
    if (next !== null) {
      const until = daysBetween(today, next);
      if (until < 0) item('review-overdue', plan.id, next, -until);
      else if (until <= reviewSoonDays) item('review-due', plan.id, next, until);
    }
  }

  for (const e of entries)
    if (e.kind === 'referral' && e.status === 'waiting') {
      const waited = daysBetween(e.on, today);
      if (waited > referralWaitDays) item('referral-waiting', e.id, e.on, waited);
    } else if (
      // A follow-up referral waits from the day it was sent until it is assessed or closed.
      e.kind === 'referral-record' &&
      e.record.sentOn !== null &&
      (e.record.status === 'sent' || e.record.status === 'accepted')
    ) {
      const waited = daysBetween(e.record.sentOn, today);
      if (waited > referralWaitDays) item('referral-waiting', e.id, e.record.sentOn, waited);
    }

  const lastScreening = entries
    .filter((e) => e.kind === 'screening' || e.kind === 'screening-ended')
    .at(-1);
  if (lastScreening?.kind === 'screening-ended' && lastScreening.record.status === 'declined')
    item('declined', lastScreening.id, lastScreening.on, null);
  else if (lastScreening?.kind !== 'screening') item('not-screened', null, null, null);

  return items.sort((a, b) => DUE_KINDS.indexOf(a.kind) - DUE_KINDS.indexOf(b.kind));
}

/** What is due across a caseload, case by case in the caseload's order. */
export function caseloadDue(
  cases: readonly (Case | CaseSummary)[],
  options: DueOptions,
): DueItem[] {
  return cases.flatMap((c) => whatIsDue(c, options));
}
