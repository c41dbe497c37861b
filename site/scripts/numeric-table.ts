import { h } from '../ui/h';
import { toDom } from '../ui/dom';
import { Table } from '../ui/components/table';

/** A published count as the tables show it: suppressed counts come as null. */
export const countText = (v: number | null | undefined) =>
  v === null || v === undefined ? 'suppressed' : v.toLocaleString('en-GB');

/** A row of a numeric table: the first cell heads the row, the rest are figures. */
export type NumericRow =
  (string | number)[] | { cells: (string | number)[]; attrs: Record<string, string> };

/**
 * The shared table of figures with a caption, in a focusable region that scrolls sideways on its
 * own, so the page never does at 320 px. Used by the evidence base and the team summary.
 */
export function numericTable(
  caption: string,
  head: string[],
  rows: NumericRow[],
  testid?: string,
): HTMLElement {
  return toDom(
    h(
      'div',
      {
        class: 'attune-table-scroll',
        tabindex: '0',
        role: 'region',
        'aria-label': `${caption} (scrolls sideways on small screens)`,
      },
      h(Table, {
        caption,
        captionClasses: 'govuk-table__caption--m',
        firstCellIsHeader: true,
        attributes: { 'data-testid': testid },
        head: head.map((text, i) => ({ text, format: i ? ('numeric' as const) : undefined })),
        rows: rows.map((row) => {
          const { cells, attrs } = Array.isArray(row) ? { cells: row, attrs: {} } : row;
          return {
            cells: cells.map((c, i) => ({
              text: String(c),
              format: i ? ('numeric' as const) : undefined,
            })),
            attributes: attrs,
          };
        }),
      }),
    ),
  );
}
