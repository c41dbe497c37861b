import { cx, h, type ComponentChildren } from '../h';
import type { Attributes } from './types';

export interface TableCell {
  text: ComponentChildren;
  /** Figures line up on the right, as the macro's `format: 'numeric'` sets them. */
  format?: 'numeric';
  classes?: string;
  attributes?: Attributes;
}

/** A row: its cells, or (not in the macro) its cells with attributes for the row itself. */
export type TableRow = TableCell[] | { cells: TableCell[]; attributes?: Attributes };

const numeric = (cell: TableCell, kind: 'header' | 'cell') =>
  cell.format === 'numeric' && `govuk-table__${kind}--numeric`;

/**
 * govukTable: column headings (scope="col") and rows of cells; an empty heading is named for
 * screen readers. With `firstCellIsHeader` each row's first cell heads its row (scope="row").
 */
export const Table = (p: {
  head: TableCell[];
  rows: TableRow[];
  caption?: ComponentChildren;
  captionClasses?: string;
  firstCellIsHeader?: boolean;
  classes?: string;
  attributes?: Attributes;
}) =>
  h(
    'table',
    { class: cx('govuk-table', p.classes), ...p.attributes },
    p.caption
      ? h('caption', { class: cx('govuk-table__caption', p.captionClasses) }, p.caption)
      : null,
    h(
      'thead',
      { class: 'govuk-table__head' },
      h(
        'tr',
        { class: 'govuk-table__row' },
        p.head.map((cell, i) =>
          h(
            'th',
            {
              class: cx('govuk-table__header', numeric(cell, 'header'), cell.classes),
              scope: 'col',
              key: i,
              ...cell.attributes,
            },
            cell.text,
          ),
        ),
      ),
    ),
    h(
      'tbody',
      { class: 'govuk-table__body' },
      p.rows.map((row, r) => {
        const { cells, attributes } = Array.isArray(row) ? { cells: row, attributes: {} } : row;
        return h(
          'tr',
          { class: 'govuk-table__row', key: r, ...attributes },
          cells.map((cell, i) =>
            i === 0 && p.firstCellIsHeader
              ? h(
                  'th',
                  {
                    class: cx('govuk-table__header', cell.classes),
                    scope: 'row',
                    key: i,
                    ...cell.attributes,
                  },
                  cell.text,
                )
              : h(
                  'td',
                  {
                    class: cx('govuk-table__cell', numeric(cell, 'cell'), cell.classes),
                    key: i,
                    ...cell.attributes,
                  },
                  cell.text,
                ),
          ),
        );
      }),
    ),
  );
