import { BackLink } from '../../ui/components/back-link';
import { h, useEffect, useRef, useState } from '../../ui/h';
import { setCatalogue, t } from '../../ui/messages';
import { Runner, type Step } from '../../ui/runner';
import { createActions } from './actions';
import { CaseView } from './case';
import { ListView } from './list';
import { initialState, reduce, type CasesEvent } from './state';
import { SetupView } from './setup';
import type { CasesCtx, CasesProps } from './types';
import { UnlockView } from './unlock';

/**
 * The /cases/ page: set up, unlock and lock the caseload; the list with what is due; a case's
 * timeline and forms; export, import and delete. Its state is one value changed by `reduce`
 * (state.ts); what it does lives in actions.ts; each screen is a view drawn by the runner.
 */
export default function CasesFlow(props: CasesProps) {
  setCatalogue(props.messages);
  const [state, setState] = useState(initialState);
  // Actions finish after awaits, so they read the state as it is then, not as it was drawn.
  const current = useRef(state);
  const [actions] = useState(() =>
    createActions(
      () => current.current,
      (event: CasesEvent) => {
        current.current = reduce(current.current, event);
        setState(current.current);
      },
    ),
  );
  useEffect(() => actions.start(), []);

  // Until the page knows whether there is a caseload, the words drawn at build time stay.
  if (state.screen === 'loading')
    return [
      h('h1', { class: 'govuk-heading-xl' }, t('cases.pageTitle')),
      h('p', { class: 'govuk-body' }, t('cases.loading')),
    ];

  const ctx: CasesCtx = {
    props,
    state,
    actions,
    errorFor: (field) => {
      const found = state.errors.find((e) => e.field === field);
      return found ? { text: found.message } : null;
    },
  };
  let step: Omit<Step, 'errors'>;
  switch (state.screen) {
    case 'setup':
      step = { id: 'setup', title: t('cases.setup.title'), view: h(SetupView, { ctx }) };
      break;
    case 'locked':
      step = { id: 'locked', title: t('cases.unlock.title'), view: h(UnlockView, { ctx }) };
      break;
    case 'case':
      step = {
        id: `case-${state.opened!.id}`,
        // Not the reference: page titles are kept in the browser's history, unencrypted.
        title: t('cases.caseTitle'),
        back: h(BackLink, { text: t('cases.case.back'), onClick: actions.backToList }),
        view: h(CaseView, { ctx, c: state.opened! }),
      };
      break;
    default:
      step = { id: 'list', title: t('cases.list.title'), view: h(ListView, { ctx }) };
  }
  return h(Runner, { step: { ...step, errors: state.errors } });
}
