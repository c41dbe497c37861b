import { createActor, type Actor } from 'xstate';
import {
  createReferralMachine,
  emptyConsent,
  type ConsentToShare,
  type ReferralLetter,
  type ReferralMachine,
} from '@attune/sdk/follow-up';
import { caseHere } from '../../scripts/cases/here';
import { dateParts, monthsAfter, today } from '../../ui/days';
import { h, useEffect, useRef, useState } from '../../ui/h';
import { setCatalogue, t } from '../../ui/messages';
import { Runner, useSnapshot } from '../../ui/runner';
import { ConsentView } from './consent';
import { KeepView } from './keep';
import { LetterView } from './letter';
import { NextStepView } from './next-step';
import { StatusView } from './status';
import { usePageErrors } from '../../ui/page-errors';
import {
  type ConsentDraft,
  type LetterSource,
  type ReferralCtx,
  type ReferralProps,
} from './types';

/**
 * Recording a referral: the SDK's referral machine (sent → accepted → assessed, kept honest)
 * with the form for its next step, the person's consent to share recipient by recipient, the
 * letter (made only while they agree to share with its service) and the file to carry it on.
 * Each state of the machine is a step of the runner; inside a case the referral is one entry
 * in it, updated as it moves on.
 */
export default function ReferralFlow(props: ReferralProps) {
  setCatalogue(props.messages);
  const here = caseHere();
  const [day] = useState(today);
  const reference = here?.reference ?? null;
  const [actor, setActor] = useState<Actor<ReferralMachine>>(() =>
    createActor(createReferralMachine(), { input: { today: day, reference } }).start(),
  );
  const snapshot = useSnapshot(actor);
  const [consent, setConsentState] = useState<ConsentToShare>(() => emptyConsent(reference));
  const { errors, ...reporting } = usePageErrors();
  const [draft, setDraft] = useState<ConsentDraft>(() => ({
    recipient: '',
    name: '',
    agreed: '',
    on: dateParts(day),
    reviewBy: dateParts(monthsAfter(day, 12)),
  }));
  const [source, setSource] = useState<LetterSource | null>(null);
  const [letter, setLetter] = useState<ReferralLetter | null>(null);
  const [examples, setExamples] = useState('');

  // Inside a case a referral once sent is one entry, sealed again only when it changes.
  const sealed = useRef('');
  useEffect(() => {
    const record = snapshot.context.record;
    const json = JSON.stringify(record);
    if (!here || record.status === 'preparing' || json === sealed.current) return;
    sealed.current = json;
    void here.add('referral', { kind: 'referral-record', record });
  }, [snapshot]);

  const ctx: ReferralCtx = {
    snapshot,
    day,
    here,
    send(event, fields = {}) {
      actor.send(event);
      const refused = actor.getSnapshot().context.errors;
      reporting.fail(
        refused.map((e) => ({ ...e, field: e.field && (fields[e.field] ?? e.field) })),
      );
      return refused.length === 0;
    },
    ...reporting,
    consent,
    // A letter says what the person agreed as it stood when made: a new decision retires it.
    setConsent(next) {
      setConsentState(next);
      setLetter(null);
    },
    draft,
    setDraft,
    source,
    setSource,
    letter,
    setLetter,
    examples,
    setExamples,
    restore(next, saved) {
      actor.stop();
      setActor(next);
      setConsentState(saved);
      setLetter(null);
    },
  };

  const state = String(snapshot.value) as keyof typeof props.messages.referral.stepTitle;
  return h(Runner, {
    step: {
      id: state,
      title: t(`referral.stepTitle.${state}`),
      errors,
      // An event the referral cannot take where it stands has no field: its error links here.
      firstField: 'status-heading',
      view: [
        h('span', { class: 'govuk-caption-l' }, t('referral.caption')),
        h('h1', { class: 'govuk-heading-xl' }, t('referral.title')),
        h('p', { class: 'govuk-body' }, t('referral.intro')),
        h(StatusView, { ctx }),
        h(NextStepView, { ctx }),
        h(ConsentView, { ctx }),
        h(LetterView, { ctx }),
        h(KeepView, { ctx }),
      ],
    },
  });
}
