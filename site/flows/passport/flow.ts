import { draftPassport } from '@attune/sdk/follow-up';
import { caseHere } from '../../scripts/cases/here';
import { dateParts, monthsAfter, today } from '../../ui/days';
import { h, useState } from '../../ui/h';
import { setCatalogue, t } from '../../ui/messages';
import { Runner } from '../../ui/runner';
import { usePageErrors } from '../../ui/page-errors';
import { LinesView } from './lines';
import { MadeView } from './made';
import { SourcesView } from './sources';
import type { PassportCtx, PassportProps, PassportState } from './types';

/**
 * Making the person's communication passport: suggestions from a screening and a plan (or
 * none), the lines the person chooses and their own words, then the passport itself to print on
 * one A4 page or as a wallet card, or to download. A small page state rather than a machine: the
 * SDK's passport functions hold the rules. Two steps for the runner: choosing, and made.
 */
export default function PassportFlow(props: PassportProps) {
  setCatalogue(props.messages);
  const here = caseHere();
  const [day] = useState(today);
  const [state, setState] = useState<PassportState>(() => ({
    sources: {},
    draft: draftPassport(),
    audiences: [],
    checkAgain: dateParts(monthsAfter(day, 6)),
    typing: {},
    passport: null,
    made: 0,
  }));
  const { errors, ...reporting } = usePageErrors();

  const ctx: PassportCtx = {
    state,
    update: (change) =>
      setState((s) => ({ ...s, ...(typeof change === 'function' ? change(s) : change) })),
    day,
    here,
    ...reporting,
  };

  const made = state.passport !== null;
  return h(Runner, {
    step: {
      id: made ? `made-${state.made}` : 'choosing',
      title: t(made ? 'passport.madeTitle' : 'passport.title'),
      errors,
      view: [
        h('span', { class: 'govuk-caption-l' }, t('passport.caption')),
        h('h1', { class: 'govuk-heading-xl' }, t('passport.title')),
        h('p', { class: 'govuk-body' }, t('passport.intro')),
        h(SourcesView, { ctx }),
        h(LinesView, { ctx }),
        made ? h(MadeView, { ctx, passport: state.passport! }) : null,
      ],
    },
  });
}
