/**
 * The evidence page's mentoring section: what mentoring plans show, from the SDK's
 * `summariseMentoring` (areas of need at the start, goals, steps done and stuck and why, and how
 * people's self-ratings moved). Plans come loose or inside case bundles; the cohort summary does
 * not count them, so they stay here.
 */
import {
  MENTORING_EVIDENCE_CAVEAT,
  summariseMentoring,
  type MentoringSummary,
} from '@attune/sdk/mentoring';
import type { SuppressedRow } from '@attune/sdk/evidence';
import { h } from '../element';
import { countText as show, numericTable } from '../numeric-table';
import { insetText } from '../inset';

/** Words the page embeds at build time, so the script carries no questionnaire. */
export interface MentoringLabels {
  areas: Record<string, string>;
  statuses: Record<string, string>;
  goalKinds: Record<string, string>;
  steps: Record<string, string>;
  stuck: Record<string, string>;
  ratings: Record<string, string>;
}

const isPlan = (r: unknown) =>
  !!r && typeof r === 'object' && (r as { kind?: unknown }).kind === 'attune.mentoring-plan';

/** Gathers mentoring plans while the page reads its files. */
export function collectMentoring() {
  const plans: unknown[] = [];
  return {
    /** Keeps a loose record if it is a mentoring plan; true when it was one. */
    take(r: unknown): boolean {
      if (!isPlan(r)) return false;
      plans.push(r);
      return true;
    },
    /** The mentoring plans kept in a case bundle's cases. */
    takeCases(cases: readonly { entries: readonly { kind: string; record?: unknown }[] }[]): void {
      for (const c of cases)
        for (const e of c.entries) if (e.kind === 'mentoring-plan') plans.push(e.record);
    },
    /** The summary, or null when the files held no mentoring plan. */
    finish(threshold: number): MentoringSummary | null {
      return plans.length ? summariseMentoring(plans, { threshold }) : null;
    },
  };
}

const named = (row: SuppressedRow, words: Record<string, string>, total = true) => [
  ...Object.entries(row.cells).map(([k, v]): [string, string] => [
    words[k] ?? (k === 'other' ? 'Other' : k === 'not-recorded' ? 'Not recorded' : k),
    show(v),
  ]),
  ...(total ? [['Total', show(row.total)] as [string, string]] : []),
];

export function mentoringSection(summary: MentoringSummary, labels: MentoringLabels): HTMLElement {
  const ratings = Object.entries(summary.selfRatings);
  return h(
    'section',
    { 'aria-labelledby': 'mentoring-heading', 'data-testid': 'mentoring' },
    h('h2', { class: 'govuk-heading-l', id: 'mentoring-heading' }, 'Mentoring'),
    insetText(
      {},
      h('p', { class: 'govuk-body' }, MENTORING_EVIDENCE_CAVEAT),
      h(
        'p',
        { class: 'govuk-body' },
        'The counts are protected in the same way as the tables above. Nothing a mentor or the person wrote is counted or shown.',
      ),
    ),
    numericTable(
      'Mentoring plans',
      ['Where the plan stands', 'Plans'],
      named(summary.plans, labels.statuses),
      'mentoring-plans',
    ),
    numericTable(
      'Areas of need at the start (a plan can count in several)',
      ['Area', 'Plans'],
      named(summary.areasAtStart, labels.areas, false),
      'mentoring-areas',
    ),
    numericTable(
      'Goals',
      ['Kind of goal', 'Goals'],
      named(summary.goals, labels.goalKinds),
      'mentoring-goals',
    ),
    numericTable(
      'Steps',
      ['How the step stands', 'Steps'],
      named(summary.steps, labels.steps),
      'mentoring-steps',
    ),
    numericTable(
      'Why steps are stuck',
      ['Reason', 'Steps'],
      named(summary.stuck, labels.stuck),
      'mentoring-stuck',
    ),
    ratings.length
      ? [
          h('h3', { class: 'govuk-heading-m' }, 'How people rated themselves, first and latest'),
          h(
            'p',
            { class: 'govuk-body' },
            'People who did the motivation check at least twice: whether their latest rating was higher, the same or lower than their first. Whether higher is better depends on the question, so read its words.',
          ),
          ratings.map(([question, row]) =>
            numericTable(
              labels.ratings[question] ?? question,
              ['Latest rating', 'People'],
              named(row, {
                higher: 'Higher',
                same: 'The same',
                lower: 'Lower',
              }),
            ),
          ),
        ]
      : null,
  );
}
