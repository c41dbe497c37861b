import { Button, ButtonGroup } from '../../ui/components/button';
import { WarningText } from '../../ui/components/warning-text';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import type { Ctx } from './types';

/** Stopping asks once, because it deletes the answers. */
export const ConfirmStopView = ({ ctx }: { ctx: Ctx }) => [
  h('h1', { class: 'govuk-heading-l' }, t('run.stop.title', { noun: ctx.noun })),
  h(WarningText, { text: t('run.stop.warning') }),
  h('p', { class: 'govuk-body' }, t('run.stop.text')),
  h(
    ButtonGroup,
    {},
    h(Button, {
      text: t('run.stop.confirm'),
      classes: 'govuk-button--warning',
      onClick: () => {
        ctx.setOverlay(null);
        ctx.send({ type: 'WITHDRAW', at: new Date().toISOString() });
      },
      attributes: { 'data-testid': 'confirm-stop' },
    }),
    h(Button, {
      text: t('run.stop.cancel'),
      classes: 'govuk-button--secondary',
      onClick: () => ctx.setOverlay(null),
    }),
  ),
];
