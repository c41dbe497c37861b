import { h } from './screening/dom';

/** A published count as the tables show it: suppressed counts come as null. */
export const countText = (v: number | null | undefined) =>
  v === null || v === undefined ? 'suppressed' : v.toLocaleString('en-GB');

/** A row of a numeric table: the first cell heads the row, the rest are figures. */
export type NumericRow =
  (string | number)[] | { cells: (string | number)[]; attrs: Record<string, string> };

/**
 * A GOV.UK table of figures with a caption, in a focusable region that scrolls sideways on its
 * own, so the page never does at 320 px. Used by the evidence base and the team summary.
 */
export function numericTable(
  caption: string,
  head: string[],
  rows: NumericRow[],
  testid?: string,
): HTMLElement {
  return h(
    'div',
    {
      class: 'attune-table-scroll',
      tabindex: '0',
      role: 'region',
      'aria-label': `${caption} (scrolls sideways on small screens)`,
    },
    h(
      'table',
      { class: 'govuk-table', 'data-testid': testid },
      h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, caption),
      h(
        'thead',
        { class: 'govuk-table__head' },
        h(
          'tr',
          { class: 'govuk-table__row' },
          head.map((t, i) =>
            h(
              'th',
              {
                scope: 'col',
                class: `govuk-table__header${i ? ' govuk-table__header--numeric' : ''}`,
              },
              t,
            ),
          ),
        ),
      ),
      h(
        'tbody',
        { class: 'govuk-table__body' },
        rows.map((row) => {
          const { cells, attrs } = Array.isArray(row) ? { cells: row, attrs: {} } : row;
          return h(
            'tr',
            { class: 'govuk-table__row', ...attrs },
            cells.map((c, i) =>
              i === 0
                ? h('th', { scope: 'row', class: 'govuk-table__header' }, String(c))
                : h('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, String(c)),
            ),
          );
        }),
      ),
    ),
  );
}
