/** How the cases page says what is due and what each timeline entry is, in the catalogue's words. */
import type { CaseEntry, DueItem, DueKind } from '@attune/sdk/cases';
import {
  ENFORCEMENT,
  ENFORCEMENT_WORDS,
  recipientLabel,
  REFERRAL_STATUS_WORDS,
  type OutcomeRecord,
} from '@attune/sdk/follow-up';
import { longDate } from '../../scripts/dates';
import { Tag } from '../../ui/components/tag';
import { t, tList } from '../../ui/messages';

type Noun = 'day' | 'area' | 'adjustment' | 'flag' | 'goal' | 'meeting' | 'appointment';
/** A count with its noun, "1 day", "3 days": each noun's two forms are in the catalogue. */
const count = (n: number, noun: Noun) =>
  tList(`cases.entry.count.${noun}`, { n })[n === 1 ? 0 : 1]!;

/** A kind of due item's words, as a filter choice and as a tag. */
export const dueLabel = (kind: DueKind): string => t(`cases.due.labels.${kind}`);

const TAG: Record<DueKind, string> = {
  'safeguarding-open': 'govuk-tag--red',
  'review-overdue': 'govuk-tag--orange',
  'review-due': 'govuk-tag--yellow',
  'referral-waiting': 'govuk-tag--purple',
  declined: 'govuk-tag--grey',
  'not-screened': 'govuk-tag--grey',
};
/** A due item as a tag, coloured by how pressing it is. */
export const DueTag = ({ kind }: { kind: DueKind }) =>
  Tag({ text: dueLabel(kind), classes: TAG[kind] });

/** One due item as a sentence with its dates. */
export function dueText(d: DueItem): string {
  const vars = {
    date: d.date ? longDate(d.date) : '',
    days: d.days === undefined || d.days === null ? '' : count(d.days, 'day'),
  };
  if (d.kind === 'review-due' && d.days === 0) return t('cases.due.text.review-today');
  return t(`cases.due.text.${d.kind}`, vars);
}

/** A timeline entry's title and one line about it. */
export function entryText(e: CaseEntry): { title: string; detail: string } {
  const note = (text: string, extra: string | null | undefined) =>
    extra ? `${text} ${extra}` : text;
  switch (e.kind) {
    case 'screening': {
      const needs = e.record.profile.domains.filter(
        (d) => d.level === 'some' || d.level === 'strong',
      );
      const vars = {
        areas: count(needs.length, 'area'),
        adjustments: count(e.record.recommendedAdjustments.length, 'adjustment'),
        flags: count(e.record.flags.length, 'flag'),
      };
      return {
        title: t('cases.entry.screening'),
        detail: t(
          e.record.flags.length ? 'cases.entry.screeningFlagged' : 'cases.entry.screeningDetail',
          vars,
        ),
      };
    }
    case 'screening-ended':
      return {
        title: t(e.record.status === 'declined' ? 'cases.entry.declined' : 'cases.entry.stopped'),
        detail: t('cases.entry.endedDetail'),
      };
    case 'check': {
      const barriers = e.record.profile.domains.filter(
        (d) => d.level === 'some' || d.level === 'strong',
      );
      const vars = {
        areas: count(barriers.length, 'area'),
        flags: count(e.record.flags.length, 'flag'),
      };
      return {
        title: t('cases.entry.check'),
        detail: t(
          e.record.flags.length ? 'cases.entry.checkFlagged' : 'cases.entry.checkDetail',
          vars,
        ),
      };
    }
    case 'check-ended':
      return {
        title: t(
          e.record.status === 'declined' ? 'cases.entry.checkDeclined' : 'cases.entry.checkStopped',
        ),
        detail: t('cases.entry.endedDetail'),
      };
    case 'adjustment-plan':
      return {
        title: t('cases.entry.plan'),
        detail: t('cases.entry.planDetail', {
          adjustments: count(
            e.record.suggestions.filter((s) => s.decision === 'agreed').length +
              e.record.own.length,
            'adjustment',
          ),
          date: longDate(e.record.reviewDate),
        }),
      };
    case 'plan-review':
      return {
        title: t('cases.entry.reviewed'),
        detail: note(
          [
            t(`cases.entry.reviewOutcome.${e.outcome}`),
            e.nextReview ? t('cases.entry.nextReview', { date: longDate(e.nextReview) }) : '',
          ]
            .filter(Boolean)
            .join(' '),
          e.note,
        ),
      };
    case 'referral':
      return {
        title: t('cases.entry.referral', { to: e.to }),
        detail: note(
          `${e.status === 'waiting' ? t('cases.entry.waiting') : t('cases.entry.status', { status: e.status })} ${t(e.consentToShare ? 'cases.entry.consent' : 'cases.entry.noConsent')}`,
          e.note,
        ),
      };
    case 'review': {
      const helped = e.record.adjustments.filter((a) => a.helped === 'helped').length;
      return {
        title: t('cases.entry.reviewed'),
        detail: t('cases.entry.reviewDetail', {
          adjustments: count(e.record.adjustments.length, 'adjustment'),
          helped,
          date: longDate(e.record.nextReviewOn),
        }),
      };
    }
    case 'referral-record': {
      const r = e.record;
      return {
        title: t('cases.entry.referral', {
          to: r.to === 'other' && r.otherService ? r.otherService : recipientLabel(r.to),
        }),
        detail: `${[
          REFERRAL_STATUS_WORDS[r.status],
          r.sentOn ? t('cases.entry.sent', { date: longDate(r.sentOn) }) : '',
          r.assessedOn ? t('cases.entry.assessed', { date: longDate(r.assessedOn) }) : '',
        ]
          .filter(Boolean)
          .join('; ')}.`,
      };
    }
    case 'passport':
      return {
        title: t('cases.entry.passport'),
        detail: t('cases.entry.passportDetail', { date: longDate(e.record.checkAgainOn) }),
      };
    case 'mentoring-plan':
      return {
        title: t('cases.entry.mentoring'),
        detail: t(
          e.record.closedAt ? 'cases.entry.mentoringClosed' : 'cases.entry.mentoringDetail',
          {
            goals: count(e.record.goals.length, 'goal'),
            meetings: count(e.record.meetings.length, 'meeting'),
          },
        ),
      };
    case 'safeguarding-action':
      return { title: t('cases.entry.safeguarding'), detail: e.action };
    case 'outcome':
      return { title: t('cases.entry.outcomes'), detail: describeOutcome(e.record) };
  }
}

/** An outcome record in one line: only what was recorded, so a blank is never read as a zero. */
export function describeOutcome(o: OutcomeRecord): string {
  const yesNo = (v: boolean | null, yes: 'etw' | 'housing', no: 'notEtw' | 'notHousing') =>
    v === null ? [] : [t(`cases.entry.${v ? yes : no}`)];
  const parts = [
    ...(o.appointments.kept !== null
      ? [t('cases.entry.kept', { appointments: count(o.appointments.kept, 'appointment') })]
      : []),
    ...(o.appointments.missed !== null
      ? [t('cases.entry.missed', { n: o.appointments.missed })]
      : []),
    ...ENFORCEMENT.filter((e) => o.enforcement[e] !== null).map(
      (e) => `${ENFORCEMENT_WORDS[e]}: ${o.enforcement[e]}`,
    ),
    ...yesNo(o.educationTrainingWork, 'etw', 'notEtw'),
    ...yesNo(o.stableAccommodation, 'housing', 'notHousing'),
  ];
  return parts.length
    ? t('cases.entry.outcomeDetail', { parts: parts.join('; ') })
    : t('cases.entry.nothing');
}
