import {
  CHARACTERISTIC_WORDS,
  CHARACTERISTICS,
  EQUALITY_CAVEAT,
  groupLabel,
  INDICATORS,
  indicatorWords,
  MERGED_GROUP,
  peopleFromCases,
  peopleFromRecords,
  summariseEquality,
  type EqualityPerson,
  type EqualityRate,
  type EqualitySummary,
  type Indicator,
} from '@attune/sdk/evidence';
import { downloadJson, h } from '../element';
import { numericTable } from '../numeric-table';
import { h as preact } from '../../ui/h';
import { toDom } from '../../ui/dom';
import { Button, ButtonGroup } from '../../ui/components/button';
import { Select } from '../../ui/components/select';
import { insetText } from '../inset';

/**
 * The equality tables on /evidence/: every key rate by each characteristic. Records are kept in
 * memory to join each person's records by reference, so past this many the tables are not made
 * and the page says why (the cohort summary above streams any number).
 */
export const EQUALITY_RECORD_LIMIT = 50_000;

/** Collects the records the equality tables need while the files are read. */
export function equalityCollector() {
  const loose: unknown[] = [];
  const cases: EqualityPerson[] = [];
  let over = false;
  const keep = (r: unknown) => {
    if (loose.length + cases.length >= EQUALITY_RECORD_LIMIT) over = true;
    else loose.push(r);
  };
  return {
    /** A loose record; outcome records are taken here only (the cohort summary has no use for them). */
    add(r: unknown): 'taken' | 'shared' {
      keep(r);
      return (r as { kind?: unknown } | null)?.kind === 'attune.outcome' ? 'taken' : 'shared';
    },
    /** A plain case bundle's cases: each case is one person. */
    addCases(list: unknown[]) {
      cases.push(
        ...peopleFromCases(
          list.filter((c): c is { entries: { kind: string; record?: unknown }[] } =>
            Array.isArray((c as { entries?: unknown } | null)?.entries),
          ),
        ),
      );
    },
    finish(threshold: number): EqualitySummary | null {
      return over
        ? null
        : summariseEquality([...cases, ...peopleFromRecords(loose)], { threshold });
    },
  };
}

const show = (v: number | null) => (v === null ? 'suppressed' : v.toLocaleString('en-GB'));
const percent = (r: EqualityRate) => (r.rate === null ? '–' : `${Math.round(r.rate * 100)}%`);

/** The tables for one rate, one per characteristic. */
function tablesFor(
  summary: EqualitySummary,
  indicator: Indicator,
  domainLabel: (id: string) => string,
) {
  const words = indicatorWords(indicator);
  const area = indicator.startsWith('need:') ? ` (${domainLabel(indicator.slice(5))})` : '';
  return CHARACTERISTICS.map((c) => {
    const b = summary.by[c][indicator];
    const label = (group: string, groups: string[]) =>
      group === MERGED_GROUP
        ? `${groupLabel(c, MERGED_GROUP)}: ${groups.map((g) => groupLabel(c, g)).join('; ')}`
        : groupLabel(c, group);
    const rows = [
      ...b.rows.map((r) => [label(r.group, r.groups), show(r.people), show(r.count), percent(r)]),
      ['All', show(b.total.people), show(b.total.count), percent(b.total)],
    ];
    return h(
      'div',
      { 'data-testid': `equality-${c}` },
      numericTable(
        `${CHARACTERISTIC_WORDS[c]}: ${words.count}${area}`,
        [CHARACTERISTIC_WORDS[c], `Number of ${words.of}`, `Number ${words.count}`, 'Rate'],
        rows,
      ),
      b.withheld
        ? h(
            'p',
            { class: 'govuk-body-s' },
            'The groups are too small to show separately, even put together, so only the total is shown.',
          )
        : null,
    );
  });
}

/** The section of the evidence page with the rates by group, or why it could not be made. */
export function equalitySection(
  summary: EqualitySummary | null,
  domainLabel: (id: string) => string,
): HTMLElement {
  const heading = h('h2', { class: 'govuk-heading-l' }, 'Fairness: rates by group');
  if (!summary)
    return h(
      'section',
      { 'data-testid': 'equality' },
      heading,
      h(
        'p',
        { class: 'govuk-body' },
        `These tables are made from up to ${EQUALITY_RECORD_LIMIT.toLocaleString('en-GB')} records at a time. Summarise fewer files to see them.`,
      ),
    );
  const tables = h('div', {});
  const rateField = toDom(
    preact(Select, {
      id: 'equality-rate',
      name: 'equality-rate',
      label: { text: 'Rate to show', classes: 'govuk-label--s' },
      items: INDICATORS.map((i) => {
        const w = indicatorWords(i);
        const area = i.startsWith('need:') ? ` (${domainLabel(i.slice(5))})` : '';
        return { value: i, text: `${w.count}${area}, of ${w.of}` };
      }),
    }),
  );
  const select = rateField.querySelector('select')!;
  const draw = () =>
    tables.replaceChildren(...tablesFor(summary, select.value as Indicator, domainLabel));
  select.addEventListener('change', draw);
  draw();
  return h(
    'section',
    { 'data-testid': 'equality' },
    heading,
    h(
      'p',
      { class: 'govuk-body' },
      'Each rate below is shown for every group of age, sex, gender identity, ethnic group and disability, from the equality answers people chose to give. People who did not answer are counted as “Not recorded”.',
    ),
    insetText({ 'data-testid': 'equality-caveat' }, EQUALITY_CAVEAT),
    h(
      'p',
      { class: 'govuk-body' },
      'Counts are protected in the same way as above. A group too small to show is not shown on its own: detailed ethnic groups are first put into their broad group, then small groups are shown together, and if even that is too small only the total is given.',
    ),
    rateField,
    tables,
    toDom(
      preact(
        ButtonGroup,
        null,
        preact(Button, {
          text: 'Download the rates by group (JSON)',
          classes: 'govuk-button--secondary',
          onClick: () => downloadJson(summary, 'attune-equality-summary.json'),
        }),
      ),
    ),
  );
}
