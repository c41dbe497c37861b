import type { Case } from './case.js';

/**
 * A case cut down to what a caseload list shows and what `whatIsDue` reads: the reference, the
 * dates, and for each entry only its dates, flags, statuses and links. A host can keep it beside
 * the full case to list a large caseload without opening every record; `whatIsDue` gives the same
 * answer for a case and for its summary.
 */
export interface CaseSummary {
  id: string;
  reference: string;
  displayName: string | null;
  openedOn: string;
  closedOn: string | null;
  entries: SummaryEntry[];
}

/** One entry of a `CaseSummary`. */
export type SummaryEntry =
  | { id: string; on: string; kind: 'screening'; record: { flags: readonly unknown[] } }
  | {
      id: string;
      on: string;
      kind: 'screening-ended';
      record: { status: 'declined' | 'withdrawn' };
    }
  | { id: string; on: string; kind: 'check'; record: { flags: readonly unknown[] } }
  | { id: string; on: string; kind: 'check-ended'; record: { status: 'declined' | 'withdrawn' } }
  | { id: string; on: string; kind: 'adjustment-plan'; record: { reviewDate: string } }
  | { id: string; on: string; kind: 'plan-review'; plan: string; nextReview: string | null }
  | { id: string; on: string; kind: 'referral'; status: string }
  | { id: string; on: string; kind: 'review'; record: { nextReviewOn: string } }
  | {
      id: string;
      on: string;
      kind: 'referral-record';
      record: { status: string; sentOn: string | null };
    }
  | { id: string; on: string; kind: 'passport' }
  | { id: string; on: string; kind: 'mentoring-plan' }
  | { id: string; on: string; kind: 'outcome' }
  | { id: string; on: string; kind: 'safeguarding-action'; about: string };

/** The summary of a case: small enough to open hundreds at once. */
export function summariseCase(c: Case): CaseSummary {
  return {
    id: c.id,
    reference: c.reference,
    displayName: c.displayName,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    entries: c.entries.map((e): SummaryEntry => {
      const { id, on } = e;
      switch (e.kind) {
        case 'screening':
        case 'check':
          // Flag messages are not needed to know a flag is open; only how many there are.
          return { id, on, kind: e.kind, record: { flags: e.record.flags.map(() => 1) } };
        case 'screening-ended':
        case 'check-ended':
          return { id, on, kind: e.kind, record: { status: e.record.status } };
        case 'adjustment-plan':
          return { id, on, kind: e.kind, record: { reviewDate: e.record.reviewDate } };
        case 'plan-review':
          return { id, on, kind: e.kind, plan: e.plan, nextReview: e.nextReview };
        case 'referral':
          return { id, on, kind: e.kind, status: e.status };
        case 'review':
          return { id, on, kind: e.kind, record: { nextReviewOn: e.record.nextReviewOn } };
        case 'referral-record':
          return {
            id,
            on,
            kind: e.kind,
            record: { status: e.record.status, sentOn: e.record.sentOn },
          };
        case 'passport':
        case 'mentoring-plan':
        case 'outcome':
          return { id, on, kind: e.kind };
        case 'safeguarding-action':
          return { id, on, kind: e.kind, about: e.about };
      }
    }),
  };
}
