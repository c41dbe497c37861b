/** How the cases page says what is due and what each timeline entry is, in plain English. */
import type { CaseEntry, DueItem, DueKind } from '@attune/sdk/cases';
import {
  ENFORCEMENT,
  ENFORCEMENT_WORDS,
  recipientLabel,
  REFERRAL_STATUS_WORDS,
  type OutcomeRecord,
} from '@attune/sdk/follow-up';
import { longDate } from '../../scripts/dates';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Filter labels, one per kind of due item: also the words on each case's tags. */
export const DUE_LABELS: Record<DueKind, string> = {
  'safeguarding-open': 'Safeguarding action needed',
  'review-overdue': 'Plan review overdue',
  'review-due': 'Plan review due soon',
  'referral-waiting': 'Referral waiting too long',
  declined: 'Declined screening',
  'not-screened': 'Not yet screened',
};

const TAG: Record<DueKind, string> = {
  'safeguarding-open': 'govuk-tag--red',
  'review-overdue': 'govuk-tag--orange',
  'review-due': 'govuk-tag--yellow',
  'referral-waiting': 'govuk-tag--purple',
  declined: 'govuk-tag--grey',
  'not-screened': 'govuk-tag--grey',
};
export const tagClass = (kind: DueKind) => `govuk-tag ${TAG[kind]}`;

/** One due item as a sentence with its dates. */
export function dueText(d: DueItem): string {
  switch (d.kind) {
    case 'safeguarding-open':
      return `A safeguarding flag from the screening on ${longDate(d.date!)} has no action recorded.`;
    case 'review-overdue':
      return `The plan review was due on ${longDate(d.date!)}: ${plural(d.days!, 'day')} ago.`;
    case 'review-due':
      return d.days === 0
        ? 'The plan review is due today.'
        : `The plan review is due on ${longDate(d.date!)}, in ${plural(d.days!, 'day')}.`;
    case 'referral-waiting':
      return `A referral made on ${longDate(d.date!)} has waited ${plural(d.days!, 'day')}.`;
    case 'declined':
      return `Declined a screening on ${longDate(d.date!)}. You can offer it again.`;
    case 'not-screened':
      return 'Not screened yet.';
  }
}

const REVIEW: Record<string, string> = {
  working: 'the plan is working',
  change: 'the plan needs to change',
  stop: 'the plan is no longer needed',
};

/** A timeline entry's title and one line about it. */
export function entryText(e: CaseEntry): { title: string; detail: string } {
  switch (e.kind) {
    case 'screening': {
      const needs = e.record.profile.domains.filter(
        (d) => d.level === 'some' || d.level === 'strong',
      );
      return {
        title: 'Screening completed',
        detail: `${plural(needs.length, 'area')} of need; ${plural(e.record.recommendedAdjustments.length, 'adjustment')} suggested${e.record.flags.length ? `; ${plural(e.record.flags.length, 'safeguarding flag')}` : ''}.`,
      };
    }
    case 'screening-ended':
      return {
        title: e.record.status === 'declined' ? 'Screening declined' : 'Screening stopped',
        detail: 'No answers were kept.',
      };
    case 'adjustment-plan':
      return {
        title: 'Adjustment plan agreed',
        detail: `${plural(e.record.suggestions.filter((s) => s.decision === 'agreed').length + e.record.own.length, 'adjustment')} agreed; review on ${longDate(e.record.reviewDate)}.`,
      };
    case 'plan-review':
      return {
        title: 'Plan reviewed',
        detail: `Outcome: ${REVIEW[e.outcome]}.${e.nextReview ? ` Next review ${longDate(e.nextReview)}.` : ''}${e.note ? ` ${e.note}` : ''}`,
      };
    case 'referral':
      return {
        title: `Referral: ${e.to}`,
        detail: `${e.status === 'waiting' ? 'Waiting' : `Status: ${e.status}`}. ${e.consentToShare ? 'The person agreed to share information.' : 'The person did not agree to share information.'}${e.note ? ` ${e.note}` : ''}`,
      };
    case 'review': {
      const helped = e.record.adjustments.filter((a) => a.helped === 'helped').length;
      return {
        title: 'Plan reviewed',
        detail: `${plural(e.record.adjustments.length, 'adjustment')} reviewed; the person said ${helped} helped. Next review ${longDate(e.record.nextReviewOn)}.`,
      };
    }
    case 'referral-record':
      return {
        title: `Referral: ${e.record.to === 'other' && e.record.otherService ? e.record.otherService : recipientLabel(e.record.to)}`,
        detail: `${REFERRAL_STATUS_WORDS[e.record.status]}${e.record.sentOn ? `; sent ${longDate(e.record.sentOn)}` : ''}${e.record.assessedOn ? `; assessed ${longDate(e.record.assessedOn)}` : ''}.`,
      };
    case 'passport':
      return {
        title: 'Communication passport made',
        detail: `To check again by ${longDate(e.record.checkAgainOn)}.`,
      };
    case 'mentoring-plan':
      return {
        title: 'Mentoring plan',
        detail: `${plural(e.record.goals.length, 'goal')}, ${plural(e.record.meetings.length, 'meeting')} recorded${e.record.closedAt ? '; closed' : ''}.`,
      };
    case 'safeguarding-action':
      return { title: 'Safeguarding action', detail: e.action };
    case 'outcome':
      return { title: 'Outcomes recorded', detail: describeOutcome(e.record) };
  }
}

/** An outcome record in one line: only what was recorded, so a blank is never read as a zero. */
export function describeOutcome(o: OutcomeRecord): string {
  const yesNo = (v: boolean | null, yes: string, no: string) => (v === null ? [] : [v ? yes : no]);
  const parts = [
    ...(o.appointments.kept !== null ? [`${plural(o.appointments.kept, 'appointment')} kept`] : []),
    ...(o.appointments.missed !== null ? [`${o.appointments.missed} missed`] : []),
    ...ENFORCEMENT.filter((e) => o.enforcement[e] !== null).map(
      (e) => `${ENFORCEMENT_WORDS[e]}: ${o.enforcement[e]}`,
    ),
    ...yesNo(
      o.educationTrainingWork,
      'in education, training or work',
      'not in education, training or work',
    ),
    ...yesNo(o.stableAccommodation, 'in stable accommodation', 'not in stable accommodation'),
  ];
  return parts.length ? `${parts.join('; ')} (last three months).` : 'Nothing recorded.';
}

/** A kind of due item's words, as a filter choice and as a tag. */
export const dueLabel = (kind: DueKind): string => DUE_LABELS[kind];
