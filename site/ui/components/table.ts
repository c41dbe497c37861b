import { cx, h, type ComponentChildren } from '../h';
import type { Attributes } from './types';

export interface TableCell {
  text: ComponentChildren;
  classes?: string;
  attributes?: Attributes;
}

/**
 * govukTable: column headings (scope="col") and rows of cells; an empty heading is named for
 * screen readers. With `firstCellIsHeader` each row's first cell heads its row (scope="row").
 */
export const Table = (p: {
  head: TableCell[];
  rows: TableCell[][];
  caption?: ComponentChildren;
  /** govuk-table__caption--m by default; govuk-visually-hidden for a caption only read out. */
  captionClasses?: string;
  firstCellIsHeader?: boolean;
  classes?: string;
  attributes?: Attributes;
}) =>
  h(
    'table',
    { class: cx('govuk-table', p.classes), ...p.attributes },
    p.caption
      ? h(
          'caption',
          { class: cx('govuk-table__caption', p.captionClasses ?? 'govuk-table__caption--m') },
          p.caption,
        )
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
              class: cx('govuk-table__header', cell.classes),
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
      p.rows.map((row, r) =>
        h(
          'tr',
          { class: 'govuk-table__row', key: r },
          row.map((cell, i) =>
            p.firstCellIsHeader && i === 0
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
                  { class: cx('govuk-table__cell', cell.classes), key: i, ...cell.attributes },
                  cell.text,
                ),
          ),
        ),
      ),
    ),
  );
