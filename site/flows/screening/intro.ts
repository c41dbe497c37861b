import { Button, ButtonGroup } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { NotificationBanner } from '../../ui/components/notification-banner';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { Prose } from '../../ui/prose';
import { caseHere } from '../../scripts/cases/here';
import type { ScreeningProps } from './types';

/** A run saved on this device, offered on the intro: carry on, or delete it (a damaged one only that). */
export type SavedOffer =
  | { kind: 'resumable'; resume: () => void; discard: () => void; inCase?: boolean }
  | { kind: 'broken'; message: string; discard: () => void };

/** What the intro reads and can do: drawn by flow.ts before the run's code has loaded, and by
 * the run itself when it comes back to the start. */
export interface IntroCtx extends Pick<
  ScreeningProps,
  'noun' | 'caption' | 'questionnaire' | 'slots' | 'introExtra'
> {
  easyRead: boolean;
  saving: boolean;
  setSaving(on: boolean): void;
  start(): void;
}

/** Before you start: what the run is and is not, saving, and the page's own prose. */
export function IntroView({ ctx, offer }: { ctx: IntroCtx; offer: SavedOffer | null }) {
  const { noun, questionnaire: q } = ctx;
  return [
    h('span', { class: 'govuk-caption-l' }, ctx.caption),
    h('h1', { class: 'govuk-heading-xl' }, t('run.intro.title')),
    offer ? h(SavedPanel, { offer, noun }) : null,
    h('p', { class: 'govuk-body-l' }, ctx.easyRead ? q.intro.easyRead : q.intro.text),
    h(Prose, { html: ctx.slots.intro }),
    h(SavingToggle, { ctx }),
    h(Button, {
      text: t('run.intro.start', { noun }),
      onClick: ctx.start,
      attributes: { 'data-testid': 'start' },
    }),
    ctx.introExtra,
  ];
}

/**
 * "Save on this device": on the intro, and in the practitioner's box on each question. Inside a
 * case there is no plain save: the run ends in the encrypted case, and the page says so.
 */
export const SavingToggle = ({ ctx }: { ctx: Pick<IntroCtx, 'noun' | 'saving' | 'setSaving'> }) =>
  caseHere()
    ? h(
        'p',
        { class: 'govuk-body', 'data-testid': 'case-saving' },
        t('inCase.savedWhenEnds', { noun: ctx.noun, reference: caseHere()!.reference }),
      )
    : h(Checkboxes, {
        idPrefix: 'save-on-device',
        name: 'save-on-device',
        classes: 'govuk-checkboxes--small',
        items: [
          {
            value: 'yes',
            id: 'save-on-device',
            text: t('run.intro.saveLabel', { noun: ctx.noun }),
            hint: { text: t('run.intro.saveHint') },
            checked: ctx.saving,
          },
        ],
        onChange: (_value, checked) => ctx.setSaving(checked),
      });

function SavedPanel({ offer, noun }: { offer: SavedOffer; noun: string }) {
  if (offer.kind === 'broken')
    return h(
      NotificationBanner,
      {
        titleId: 'saved-title',
        titleText: t('run.intro.brokenTitle', { noun }),
        attributes: { 'data-testid': 'saved-broken' },
      },
      h('p', { class: 'govuk-body' }, offer.message),
      h(Button, {
        text: t('run.intro.brokenDiscard', { noun }),
        classes: 'govuk-button--warning',
        onClick: offer.discard,
      }),
    );
  return h(
    NotificationBanner,
    {
      titleId: 'saved-title',
      titleText: t(offer.inCase ? 'inCase.draftTitle' : 'run.intro.savedTitle', { noun }),
      attributes: { 'data-testid': 'saved-resumable' },
      text: t(offer.inCase ? 'inCase.draftText' : 'run.intro.savedText'),
    },
    h(
      ButtonGroup,
      {},
      h(Button, {
        text: t('run.intro.resume', { noun }),
        onClick: offer.resume,
        attributes: { 'data-testid': 'resume' },
      }),
      h(Button, {
        text: t('run.intro.discard'),
        classes: 'govuk-button--secondary',
        onClick: offer.discard,
      }),
    ),
  );
}
