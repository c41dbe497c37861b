import {
  DISCLOSURE_KINDS,
  SAFEGUARDING_ACTIONS,
  SAFEGUARDING_LABELS,
  SAFEGUARDING_TOLD,
} from '@attune/sdk/screening';
import { Button } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { Details } from '../../ui/components/details';
import { Radios } from '../../ui/components/radios';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import type { Ctx } from './types';

type Kind = (typeof DISCLOSURE_KINDS)[number];
type Action = (typeof SAFEGUARDING_ACTIONS)[number];
type Told = (typeof SAFEGUARDING_TOLD)[number];

const now = () => new Date().toISOString();

/** A small group of choices whose labels come from the SDK's safeguarding labels. */
const choices = (
  component: typeof Radios | typeof Checkboxes,
  name: string,
  values: readonly string[],
  legend: string,
  chosen: readonly string[],
  onChange: (value: string, checked: boolean) => void,
) =>
  h(component, {
    idPrefix: name,
    name,
    classes: component === Radios ? 'govuk-radios--small' : 'govuk-checkboxes--small',
    fieldset: { legend: { text: legend, classes: 'govuk-fieldset__legend--s' } },
    items: values.map((v) => ({
      value: v,
      id: `${name}-${v}`,
      text: SAFEGUARDING_LABELS[v as Kind | Action | Told],
      checked: chosen.includes(v),
    })),
    onChange,
  });

/**
 * For the practitioner, on every step from consent on: record that the person disclosed
 * something (risk to others, domestic abuse, a concern about a child…), never what was said,
 * and what was done about it and who was told. Both go into the record, and into the note kept
 * if the person stops. Closed lists only, so no free text can carry what was said.
 */
export function DisclosureControl({ ctx }: { ctx: Ctx }) {
  const { disclosures = [], safeguardingActions = [] } = ctx.snapshot.context;
  const recorded = disclosures.length + safeguardingActions.length;
  const [kind, setKind] = useState<Kind | null>(null);
  const [about, setAbout] = useState<Kind | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [told, setTold] = useState<Told[]>([]);
  const [message, setMessage] = useState('');
  const form = (legend: string, fields: unknown[], label: string, send: () => boolean) =>
    h(
      'form',
      { noValidate: true, onSubmit: (e: Event) => e.preventDefault() },
      h('h3', { class: 'govuk-heading-s' }, legend),
      fields,
      h(Button, {
        text: label,
        classes: 'govuk-button--secondary',
        onClick: () => setMessage(send() ? '' : t('run.disclosure.incomplete')),
      }),
    );
  return h(
    Details,
    {
      summaryText: [
        t('run.disclosure.summary'),
        recorded ? t('run.disclosure.recorded', { count: recorded }) : '',
      ],
      classes: 'attune-no-print',
      attributes: { 'data-testid': 'disclosure' },
    },
    h('p', { class: 'govuk-body' }, t('run.disclosure.explain')),
    form(
      t('run.disclosure.made'),
      [
        choices(
          Radios,
          'disclosure-kind',
          DISCLOSURE_KINDS,
          t('run.disclosure.kind'),
          [kind ?? ''],
          (v) => setKind(v as Kind),
        ),
      ],
      t('run.disclosure.recordDisclosure'),
      () => {
        if (kind === null) return false;
        ctx.send({ type: 'RECORD_DISCLOSURE', kind, at: now() });
        setKind(null);
        return true;
      },
    ),
    form(
      t('run.disclosure.done'),
      [
        choices(
          Radios,
          'action-about',
          DISCLOSURE_KINDS,
          t('run.disclosure.about'),
          [about ?? ''],
          (v) => setAbout(v as Kind),
        ),
        choices(
          Radios,
          'action-what',
          SAFEGUARDING_ACTIONS,
          t('run.disclosure.what'),
          [action ?? ''],
          (v) => setAction(v as Action),
        ),
        choices(
          Checkboxes,
          'action-told',
          SAFEGUARDING_TOLD,
          t('run.disclosure.told'),
          told,
          (v, on) => setTold(on ? [...told, v as Told] : told.filter((x) => x !== v)),
        ),
      ],
      t('run.disclosure.recordAction'),
      () => {
        if (about === null || action === null || told.length === 0) return false;
        ctx.send({ type: 'RECORD_SAFEGUARDING_ACTION', about, action, told, at: now() });
        setAbout(null);
        setAction(null);
        setTold([]);
        return true;
      },
    ),
    h('p', { class: 'govuk-body-s', role: 'status' }, message),
  );
}
