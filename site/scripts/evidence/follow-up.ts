/**
 * The evidence page's follow-up section: what reviews, referrals and repeat screenings show, from
 * the SDK's `summariseFollowUp`. The page hands every record it reads to `collectFollowUp`; reviews
 * and referrals stay here (the cohort summary does not count them), screenings tied to one person
 * are kept as well so repeat screenings can be compared.
 */
import {
  CHANGES,
  FOLLOW_UP_CAVEAT,
  HELPED,
  HELPED_WORDS,
  IN_PLACE,
  IN_PLACE_WORDS,
  RECIPIENTS,
  REFERRAL_STATUS_WORDS,
  summariseFollowUp,
  type AdjustmentOutcome,
  type Change,
  type FollowUpSummary,
} from '@attune/sdk/follow-up';
import { h } from '../element';
import { countText as show, numericTable } from '../numeric-table';
import { insetText } from '../inset';

/** Labels the page embeds at build time, so the script does not carry the catalogue. */
export interface FollowUpLabels {
  domains: Record<string, string>;
  adjustments: Record<string, string>;
  settings: Record<string, string>;
}

/** Column headings for each change; `CHANGE_WORDS` holds the full sentences shown below the table. */
const CHANGE_HEADINGS: Record<Change, string> = {
  'still-a-need': 'Still a need',
  'shows-more': 'Shows more',
  'shows-less': 'Shows less',
  'no-longer-shows': 'No longer shows',
  'newly-shows': 'Newly shows',
  'no-need-either-time': 'No need either time',
  'cannot-compare': 'Cannot compare',
  'asked-once': 'Asked once',
};

const kindOf = (r: unknown) =>
  r && typeof r === 'object' ? (r as { kind?: unknown }).kind : undefined;

/** A screening record tied to one person by a reference: the only kind that can be compared. */
const isReferencedScreening = (r: unknown) =>
  !!r &&
  typeof r === 'object' &&
  'questionnaire' in r &&
  'profile' in r &&
  typeof (r as { reference?: unknown }).reference === 'string';

/** Gathers follow-up records while the page reads its files. */
export function collectFollowUp() {
  const reviews: unknown[] = [];
  const referrals: unknown[] = [];
  const screenings: unknown[] = [];
  return {
    /**
     * Looks at one record. Returns true for a review or referral, which this section counts and the
     * cohort summary must not; a screening with a reference is kept here and also counted there.
     */
    take(record: unknown): boolean {
      const kind = kindOf(record);
      if (kind === 'attune.review') reviews.push(record);
      else if (kind === 'attune.referral') referrals.push(record);
      else {
        if (isReferencedScreening(record)) screenings.push(record);
        return false;
      }
      return true;
    },
    /**
     * The screenings of one case in a case bundle. Inside a case the person is the case, so its
     * screenings are compared with each other even when none carries a reference of its own.
     */
    takeCase(caseId: string, records: unknown[]): void {
      for (const r of records)
        if (r && typeof r === 'object' && 'questionnaire' in r && 'profile' in r)
          screenings.push({
            ...r,
            reference: (r as { reference?: string | null }).reference ?? `case:${caseId}`,
          });
    },
    /** The summary, or null when the files held no review, referral or repeat screening. */
    finish(threshold: number): FollowUpSummary | null {
      if (!reviews.length && !referrals.length && screenings.length < 2) return null;
      return summariseFollowUp({ reviews, referrals, screenings }, { threshold });
    },
  };
}

/** Put in place and did it help, one row per adjustment, need area or setting. */
function outcomesTable(
  caption: string,
  first: string,
  rows: Record<string, AdjustmentOutcome>,
  label: (key: string) => string,
  testid: string,
) {
  return numericTable(
    caption,
    [
      first,
      ...IN_PLACE.map((k) => `Put in place: ${IN_PLACE_WORDS[k].toLowerCase()}`),
      ...HELPED.map((k) => HELPED_WORDS[k]),
    ],
    Object.entries(rows).map(([key, r]) => ({
      cells: [
        label(key),
        ...IN_PLACE.map((k) => show(r.inPlace.cells[k])),
        ...HELPED.map((k) => show(r.helped.cells[k])),
      ],
      attrs: { 'data-row': key },
    })),
    testid,
  );
}

/** The follow-up section of the evidence page. */
export function followUpSection(summary: FollowUpSummary, labels: FollowUpLabels): HTMLElement {
  const recipient = (id: string) => RECIPIENTS.find((r) => r.id === id)?.label ?? id;
  const notRecorded = (key: string, list: Record<string, string>) =>
    key === 'not-recorded' ? 'Not recorded' : key === 'other' ? 'Other' : (list[key] ?? key);
  const statuses = ['sent', 'accepted', 'assessed', 'not-accepted', 'withdrawn'] as const;
  const { daysToAssessment } = summary.referrals;
  const has = (o: object) => Object.keys(o).length > 0;
  return h(
    'section',
    { 'aria-labelledby': 'follow-up-heading', 'data-testid': 'follow-up' },
    h(
      'h2',
      { class: 'govuk-heading-l', id: 'follow-up-heading' },
      'Follow-up: did the adjustments help?',
    ),
    insetText(
      { 'data-testid': 'follow-up-caveat' },
      h('p', { class: 'govuk-body' }, FOLLOW_UP_CAVEAT),
      h(
        'p',
        { class: 'govuk-body' },
        'The counts are protected in the same way as the tables above. A review counts once, however many adjustments it covers; each adjustment in it adds one to its row.',
      ),
    ),
    h('h3', { class: 'govuk-heading-m' }, 'Reviews of adjustment plans'),
    has(summary.adjustments)
      ? [
          outcomesTable(
            'Each adjustment: put in place, and did the person say it helped',
            'Adjustment',
            summary.adjustments,
            (id) =>
              id === 'own' ? 'The person’s own adjustments' : notRecorded(id, labels.adjustments),
            'follow-up-adjustments',
          ),
          outcomesTable(
            'By need area of the plan',
            'Need area',
            summary.byDomain,
            (id) => notRecorded(id, labels.domains),
            'follow-up-domains',
          ),
          outcomesTable(
            'By setting of the plan',
            'Setting',
            summary.bySetting,
            (id) => notRecorded(id, labels.settings),
            'follow-up-settings',
          ),
          numericTable(
            'Reviews held on time',
            ['', 'Count'],
            [
              [
                'On time (up to 14 days after the review date)',
                show(summary.reviews.timing.cells['on-time']),
              ],
              ['Late', show(summary.reviews.timing.cells.late)],
              ['Before the review date', show(summary.reviews.timing.cells.early)],
              ['All reviews', show(summary.reviews.timing.total)],
            ],
            'follow-up-timing',
          ),
        ]
      : h(
          'p',
          { class: 'govuk-body', 'data-testid': 'no-reviews' },
          'No plan reviews were in the files.',
        ),
    h('h3', { class: 'govuk-heading-m' }, 'Referrals'),
    summary.referrals.to.total !== 0 || has(summary.referrals.progress)
      ? [
          numericTable(
            'Referrals made, and where they stand now',
            ['Service', 'Made', ...statuses.map((s) => REFERRAL_STATUS_WORDS[s])],
            [
              ...RECIPIENTS.filter((r) => summary.referrals.progress[r.id]).map((r) => ({
                cells: [
                  recipient(r.id),
                  show(summary.referrals.to.cells[r.id]),
                  ...statuses.map((s) => show(summary.referrals.progress[r.id]!.cells[s])),
                ],
                attrs: { 'data-row': r.id },
              })),
              {
                // Where all referrals stand is the rows above; only the total made is given here.
                cells: [
                  'All services',
                  show(summary.referrals.to.total),
                  ...statuses.map(() => ''),
                ],
                attrs: { 'data-row': 'total' },
              },
            ],
            'follow-up-referrals',
          ),
          h(
            'p',
            { class: 'govuk-body', 'data-testid': 'days-to-assessment' },
            daysToAssessment.median === null
              ? `Time from referral to assessment is not shown: fewer than ${summary.threshold} referrals were assessed, too few to give a median without risk of picking someone out.`
              : `Time from referral to assessment: ${daysToAssessment.median.toLocaleString('en-GB')} days is the median (half waited less, half more), from ${show(daysToAssessment.assessed)} referrals assessed.`,
          ),
        ]
      : h(
          'p',
          { class: 'govuk-body', 'data-testid': 'no-referrals' },
          'No referrals were in the files.',
        ),
    h('h3', { class: 'govuk-heading-m' }, 'People screened again'),
    has(summary.rescreening.domains)
      ? [
          h(
            'p',
            { class: 'govuk-body', 'data-testid': 'rescreened' },
            `People screened more than once: ${show(summary.rescreening.people)}. Each person’s first and latest screenings are compared, area by area. A change is a reason to talk with the person, not a score going up or down.`,
          ),
          numericTable(
            'What changed, by need area (number of people)',
            ['Need area', ...CHANGES.map((c) => CHANGE_HEADINGS[c])],
            Object.entries(summary.rescreening.domains).map(([d, r]) => ({
              cells: [notRecorded(d, labels.domains), ...CHANGES.map((c) => show(r.cells[c]))],
              attrs: { 'data-row': d },
            })),
            'follow-up-rescreening',
          ),
        ]
      : h(
          'p',
          { class: 'govuk-body', 'data-testid': 'rescreened' },
          'Nobody in the files was screened more than once under the same reference.',
        ),
    summary.invalid.reviews + summary.invalid.referrals
      ? h(
          'p',
          { class: 'govuk-body', 'data-testid': 'follow-up-invalid' },
          `Not counted because they could not be read as Attune records: ${summary.invalid.reviews.toLocaleString('en-GB')} reviews and ${summary.invalid.referrals.toLocaleString('en-GB')} referrals.`,
        )
      : null,
  );
}
