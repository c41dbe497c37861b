import { Button, ButtonGroup } from '../../ui/components/button';
import { Panel } from '../../ui/components/panel';
import { downloadJson } from '../../ui/download';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import type { Ctx } from './types';

/** Declined or withdrawn: nothing was kept. */
export function EndedView({ ctx }: { ctx: Ctx }) {
  const declined = ctx.snapshot.value === 'declined';
  const { noun } = ctx;
  return [
    h(Panel, {
      titleText: t(declined ? 'run.ended.declinedTitle' : 'run.ended.withdrawnTitle', { noun }),
      text: t('run.ended.nothingKept'),
    }),
    h(
      'p',
      { class: 'govuk-body' },
      t(declined ? 'run.ended.declined' : 'run.ended.withdrawn', { noun }),
    ),
    h(
      ButtonGroup,
      {},
      h(Button, { text: t('run.ended.startNew', { noun }), onClick: ctx.startAgain }),
      // The evidence base counts declined and stopped runs; this note holds no answers.
      h(Button, {
        text: t('run.ended.note'),
        classes: 'govuk-button--secondary',
        attributes: { 'data-testid': 'ended-note' },
        onClick: () =>
          downloadJson(
            {
              kind: 'screening-ended',
              status: declined ? 'declined' : 'withdrawn',
              questionnaire: { id: ctx.questionnaire.id, version: ctx.questionnaire.version },
              endedAt: new Date().toISOString(),
            },
            `attune-screening-${declined ? 'declined' : 'stopped'}.json`,
          ),
      }),
    ),
    h('p', { class: 'govuk-body-s' }, t('run.ended.noteExplained', { noun })),
  ];
}
