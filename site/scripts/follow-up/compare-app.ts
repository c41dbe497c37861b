import { compareScreenings, type ComparisonError } from '@attune/sdk/follow-up';
import { profileSummary, ScreeningRecordSchema, type ScreeningRecord } from '@attune/sdk/screening';
import { h as vh, render as draw } from '../../ui/h';
import { ProfileChart } from '../../ui/profile-chart';
import { longDate } from '../dates';
import { h } from '../screening/dom';
import { errorSummary, type Problem } from './form';

const REFUSED: Record<ComparisonError, string> = {
  'different-questionnaires':
    'These are records of different questionnaires, so they cannot be compared',
  'unknown-version': 'One of the records is from a version of the screening Attune cannot compare',
  'different-people': 'The records carry different references, so they may be of different people',
  'not-completed': 'One of the screenings was not finished',
};

/**
 * Compares two screenings of the same person by need area, in words: what shows now that did
 * not before, what no longer shows, and where it cannot be compared. Never a score.
 */
export function startCompare(root: HTMLElement, labels: Record<string, string>): void {
  const records: (ScreeningRecord | null)[] = [null, null];
  let problems: Problem[] = [];

  const input = (n: 0 | 1, label: string) => {
    const id = `screening-${n + 1}`;
    const el = h('input', {
      class: 'govuk-file-upload',
      id,
      type: 'file',
      accept: '.json,application/json',
      'aria-describedby': `${id}-hint`,
    }) as HTMLInputElement;
    el.addEventListener('change', () => {
      void el.files?.[0]?.text().then((text) => {
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        const r = ScreeningRecordSchema.safeParse(parsed);
        records[n] = r.success ? r.data : null;
        problems = r.success
          ? []
          : [{ field: id, message: 'The file is not a screening record Attune can read' }];
        render();
      });
    });
    return h(
      'div',
      { class: 'govuk-form-group' },
      h('label', { class: 'govuk-label govuk-label--s', for: id }, label),
      h(
        'div',
        { class: 'govuk-hint', id: `${id}-hint` },
        records[n]?.completedAt
          ? `Open: a screening finished on ${longDate(records[n]!.completedAt!)}.`
          : 'It ends in .json. Read on this device only.',
      ),
      el,
    );
  };

  function result(): Node | null {
    const [a, b] = records;
    if (!a || !b) return null;
    const compared = compareScreenings(a, b);
    if (!compared.ok)
      return h(
        'div',
        { class: 'govuk-warning-text', 'data-testid': 'not-comparable' },
        h('strong', { class: 'govuk-warning-text__text' }, REFUSED[compared.error]),
      );
    const c = compared.comparison;
    // Then and now as one picture, each screening in its own words beside the other.
    const [earlier, later] =
      Date.parse(a.completedAt!) <= Date.parse(b.completedAt!) ? [a, b] : [b, a];
    const domains = { domains: Object.entries(labels).map(([id, label]) => ({ id, label })) };
    const chart = h('div', { 'data-testid': 'compare-chart' });
    draw(
      vh(ProfileChart, {
        id: 'then-now',
        caption: 'Each area then and now',
        profiles: [
          {
            heading: `Then, ${longDate(earlier.completedAt!)}`,
            summary: profileSummary(earlier, domains),
          },
          {
            heading: `Now, ${longDate(later.completedAt!)}`,
            summary: profileSummary(later, domains),
          },
        ],
      }),
      chart,
    );
    return h(
      'section',
      { 'aria-labelledby': 'changes-heading' },
      h('h2', { class: 'govuk-heading-l', id: 'changes-heading', tabindex: '-1' }, 'What changed'),
      h(
        'p',
        { class: 'govuk-body' },
        `From the screening on ${longDate(c.dates.earlier!)} to the one on ${longDate(c.dates.later!)}. Screening is not diagnosis: a change here is something to talk about with the person, not a result.`,
      ),
      h(
        'dl',
        { class: 'govuk-summary-list', 'data-testid': 'changes' },
        c.domains.map((d) =>
          h(
            'div',
            { class: 'govuk-summary-list__row' },
            h('dt', { class: 'govuk-summary-list__key' }, labels[d.domain] ?? d.domain),
            h('dd', { class: 'govuk-summary-list__value' }, d.words),
          ),
        ),
      ),
      chart,
    );
  }

  function render() {
    root.replaceChildren(
      errorSummary(problems) ?? '',
      h('span', { class: 'govuk-caption-l' }, 'Follow-up'),
      h('h1', { class: 'govuk-heading-xl' }, 'Compare two screenings'),
      h(
        'p',
        { class: 'govuk-body' },
        'Open two screening records of the same person, in any order. You will see what changed in each need area, in words.',
      ),
      input(0, 'One screening record'),
      input(1, 'The other screening record'),
      result() ?? '',
    );
    if (problems.length) root.querySelector<HTMLElement>('.govuk-error-summary')?.focus();
    else if (records[0] && records[1])
      root.querySelector<HTMLElement>('#changes-heading, [data-testid=not-comparable]')?.focus();
  }

  render();
}
