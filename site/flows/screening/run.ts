import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import { rankAdjustments } from '@attune/sdk/adjustments/recommend';
import {
  createScreeningMachine,
  isScreeningEvent,
  type Demographics,
  type ScreeningMachine,
  type ScreeningOptions,
} from '@attune/sdk/screening';
import { BackLink } from '../../ui/components/back-link';
import { LinkButton } from '../../ui/components/button';
import type { ComponentType } from 'preact';
import { h, useEffect, useLayoutEffect, useMemo, useState } from '../../ui/h';
import { setCatalogue, t } from '../../ui/messages';
import { Runner, useSnapshot, type FlowError, type Step } from '../../ui/runner';
import type { PageState } from './saved';
import { caseHere } from '../../scripts/cases/here';
import { screeningEndedNote } from '@attune/sdk/screening';
import { stopSpeaking } from '../../ui/speech';
import { read, remove, write } from '../../scripts/storage';
import { ConsentView } from './consent';
import { answerId } from './ids';
import { IntroView, type SavedOffer } from './intro';
import type { CaseKinds, Ctx, Overlay, ScreeningProps } from './types';

// Each new run's record gets its own random id, so the evidence base counts it once however often
// its file is imported. A restored run keeps the id it was saved with.
// Inside a case the record carries the case reference, so every export of it does.
const freshRun = () => ({
  input: { recordId: crypto.randomUUID(), reference: caseHere()?.reference },
});

type Later = typeof import('./later');

/** The needs screening's entries in a case; another questionnaire's flow names its own. */
const SCREENING_KINDS: CaseKinds = { done: 'screening', ended: 'screening-ended' };

type Agree = typeof import('../agree/flow');
type Saved = typeof import('./saved');
// Saving and restoring check snapshots with the SDK's zod schemas: that code loads only when
// something is saved or the practitioner turns saving on, so most visits never fetch it.
// Once loaded it is kept, so each later save happens in the commit of its change, not a moment after.
let savedCode: Saved | null = null;
const loadSaved = (): Promise<Saved> => import('./saved').then((saved) => (savedCode = saved));
const freshPage = (easyRead = false): PageState => ({ easyRead, notes: {} });

/** What the intro hands over when the run's code has loaded (see flow.ts). */
export interface RunProps extends ScreeningProps {
  /** Whether saving on this device was turned on at the intro. */
  saving: boolean;
  /** When the person pressed Start, if they did: the run begins there, at the consent step. */
  startedAt: string | null;
}

/**
 * The needs screening (or any questionnaire run like it): the SDK's screening machine, its views,
 * and what the page keeps beside the run (Easy Read, notes, saving, the plan agreed after it).
 */
export function RunFlow(props: RunProps) {
  setCatalogue(props.messages);
  const { questionnaire, catalogue, store } = props;
  // The same options rebuild a saved finished run's record on restore.
  const machineOptions = useMemo<ScreeningOptions>(
    () => ({
      recommend: (profile) => rankAdjustments(catalogue, profile, { limit: 10 }).map((r) => r.id),
    }),
    [catalogue],
  );
  const machine = useMemo(
    () => createScreeningMachine(questionnaire, machineOptions),
    [questionnaire, machineOptions],
  );
  const [actor, setActor] = useState<Actor<ScreeningMachine>>(() => {
    const first = createActor(machine, freshRun()).start();
    if (props.startedAt) first.send({ type: 'START', at: props.startedAt });
    return first;
  });
  const snapshot = useSnapshot(actor);
  const [page, setPage] = useState<PageState>(freshPage);
  // Inside a case nothing is saved in plain on the device: the finished record goes into the
  // encrypted case instead.
  const here = caseHere();
  const [saving, setSavingState] = useState(props.saving && !here);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [consentError, setConsentError] = useState<FlowError | null>(null);
  const [offer, setOffer] = useState<SavedOffer | null>(null);
  const [plan, setPlan] = useState<AdjustmentPlan | null>(null);
  // Safeguarding flags the practitioner has seen and acknowledged in this page.
  const [acknowledged, setAcknowledged] = useState(0);
  const [later, setLater] = useState<Later | null>(null);
  // The equality answers, if the person gave them after the run; they join the record only.
  const [equality, setEquality] = useState<Demographics | null>(null);
  const [equalityError, setEqualityError] = useState<FlowError | null>(null);
  const [agree, setAgree] = useState<Agree | null>(null);
  const [Ending, setEnding] = useState<ComponentType<{ ctx: Ctx }> | null>(null);

  // What the run's end is filed under in a case: the page's flow says (a check is not a screening).
  const kinds = props.caseKinds === undefined ? SCREENING_KINDS : props.caseKinds;
  // Inside a case, and filed there on its own (see `caseKinds`).
  const filed = kinds ? here : null;
  const forgetRun = () => {
    remove(store.run);
    remove(store.notes);
    if (store.plan) remove(store.plan);
    filed?.keepDraft(store.run, null);
  };
  function begin(from?: SnapshotFrom<ScreeningMachine>) {
    actor.stop();
    setConsentError(null);
    setOverlay(null);
    setAcknowledged(0);
    setEquality(null);
    setActor(createActor(machine, from ? { snapshot: from } : freshRun()).start());
  }

  // What the person said is kept on the device after every change while saving is on: in the
  // commit of each change (a layout effect), so a reload straight after an answer loses nothing.
  // Inside a case the run in progress is sealed into the case instead, from the first step on,
  // and goes when the run ends: a reload loses nothing, and nothing is kept in plain.
  useLayoutEffect(() => {
    if (!filed || snapshot.value === 'intro') return;
    if (snapshot.status === 'done') return filed.keepDraft(store.run, null);
    const keep = (saved: Saved) =>
      filed.keepDraft(store.run, saved.runDraft(questionnaire, actor.getPersistedSnapshot(), page));
    if (savedCode) keep(savedCode);
    else void loadSaved().then(keep);
  }, [snapshot, page]);

  useLayoutEffect(() => {
    if (!saving) return;
    const save = (saved: Saved) => {
      if (snapshot.value === 'declined' || snapshot.value === 'withdrawn') forgetRun();
      else saved.saveRun(store, questionnaire, actor.getPersistedSnapshot(), page);
    };
    if (savedCode) save(savedCode);
    else void loadSaved().then(save);
  }, [snapshot, saving, page]);

  // A run saved on this device, or under way in the case, is offered on the intro; "delete
  // everything" starts afresh.
  useEffect(() => {
    const draft = filed?.draft(store.run);
    if (here ? draft : read(store.run) !== null)
      void loadSaved().then((saved) => {
        const run = here
          ? saved.loadDraft(draft, questionnaire, machineOptions)
          : saved.loadRun(store, questionnaire, machineOptions);
        if (!run) return;
        const discard = () => {
          forgetRun();
          setOffer(null);
        };
        const result = run.result;
        setOffer(
          result.ok
            ? {
                kind: 'resumable',
                resume: () => {
                  setOffer(null);
                  setPage(run.page);
                  if (!here) {
                    setPlan(saved.loadPlan(store));
                    setSavingState(true);
                  }
                  begin(result.snapshot as SnapshotFrom<ScreeningMachine>);
                },
                discard,
                inCase: !!here,
              }
            : { kind: 'broken', message: result.error.message, discard },
        );
      });
    const deleted = () => {
      setSavingState(false);
      setOffer(null);
      setPlan(null);
      setPage((p) => freshPage(p.easyRead));
      begin();
    };
    document.addEventListener('attune:deleted', deleted);
    return () => document.removeEventListener('attune:deleted', deleted);
  }, []);

  useEffect(() => {
    stopSpeaking();
    if (snapshot.value !== 'intro' && !later) void import('./later').then(setLater);
    // Inside a case, what the run ends with is sealed into the case: the record, or the note of
    // a declined or stopped screening (which keeps any safeguarding note).
    const record = snapshot.context.record;
    if (filed && kinds && snapshot.value === 'complete' && record)
      void filed.add(`${kinds.done}:${record.id}`, { kind: kinds.done, record });
    if (filed && kinds && (snapshot.value === 'declined' || snapshot.value === 'withdrawn'))
      void filed.add(`${kinds.ended}:${snapshot.context.recordId ?? actor.id}`, {
        kind: kinds.ended,
        record: screeningEndedNote(snapshot, new Date().toISOString()),
      });
    if (snapshot.value !== 'complete') return;
    // Another questionnaire's ending, or the needs screening's plan to agree.
    if (props.ending) {
      if (!Ending) void props.ending.load().then((view) => setEnding(() => view));
    } else if (!agree) void import('../agree/flow').then(setAgree);
  }, [snapshot]);

  const record = snapshot.context.record;
  const ctx: Ctx = {
    ...props,
    // Every view (and every download) reads the record with the equality answers in it.
    snapshot:
      equality && record
        ? {
            ...snapshot,
            context: { ...snapshot.context, record: { ...record, demographics: equality } },
          }
        : snapshot,
    equality,
    send: (event) => {
      setConsentError(null);
      // Only events the machine takes reach it: a malformed one would stop the actor for good.
      if (isScreeningEvent(event)) actor.send(event);
    },
    page,
    setPage,
    saving,
    setSaving(on) {
      if (here) return;
      if (!on && saving) forgetRun();
      setSavingState(on);
    },
    setOverlay,
    plan,
    startAgain() {
      forgetRun();
      setPlan(null);
      setPage(freshPage(page.easyRead));
      begin();
    },
    guidanceHref: (id) => `${props.guidanceBase}${id}/`,
  };
  // Agreeing the plan is a flow of its own, on the same runner, handing the plan back here.
  if (overlay === 'agree' && agree && snapshot.context.record)
    return h(agree.AgreeFlow, {
      record: snapshot.context.record,
      catalogue,
      done: (agreed) => {
        if (agreed) setPlan(agreed);
        if (agreed && here)
          void here.add(`plan:${agreed.agreedAt}`, { kind: 'adjustment-plan', record: agreed });
        // Kept with the run when saving is on, so a mentor on this device can follow it.
        if (agreed && saving && store.plan) write(store.plan, JSON.stringify(agreed));
        setOverlay(agreed ? 'plan' : null);
      },
    });
  return h(Runner, { step: currentStep(ctx) });

  function currentStep(ctx: Ctx): Step {
    const { noun, caption } = ctx;
    const back = h(BackLink, { onClick: () => actor.send({ type: 'BACK' }) });
    const flags = snapshot.context.flags.length;
    const loading: Step = { id: 'loading', title: t('runner.loading'), view: null };
    // The practitioner can record a disclosure and what was done at any step of the run, from
    // consent on (it loads with the later steps, as soon as the run starts).
    const recorder = later ? h(later.DisclosureControl, { ctx }) : null;
    if (overlay === 'confirm-stop')
      return later
        ? {
            id: 'stop',
            title: t('run.stop.title', { noun }),
            view: h(later.ConfirmStopView, { ctx }),
          }
        : loading;
    switch (snapshot.value) {
      case 'intro':
        return {
          id: 'intro',
          title: t('run.intro.title'),
          view: h(IntroView, {
            ctx: {
              ...ctx,
              easyRead: page.easyRead,
              start: () => ctx.send({ type: 'START', at: new Date().toISOString() }),
            },
            offer,
          }),
        };
      case 'consent':
        return {
          id: 'consent',
          title: t('run.consent.title', { noun }),
          back,
          errors: consentError ? [consentError] : [],
          // Consent is drawn with the run's own code, so its heading is there to take focus the
          // moment Start is pressed; the recorder joins it once the later steps have loaded.
          view: [h(ConsentView, { ctx, error: consentError, onError: setConsentError }), recorder],
        };
      case 'answering':
      case 'review': {
        // A new safeguarding flag is its own step, before anything else is asked.
        if (!later) return loading;
        if (flags > acknowledged)
          return {
            id: `safeguarding-${flags}`,
            title: t('run.safeguarding.title'),
            view: [
              h(later.SafeguardingPanel, { ctx, onAcknowledge: () => setAcknowledged(flags) }),
              // The person can still stop here; the note kept then holds the flag.
              h(
                'p',
                { class: 'govuk-body' },
                h(LinkButton, {
                  text: t('run.question.stop', { noun }),
                  classes: 'govuk-link attune-stop',
                  onClick: () => setOverlay('confirm-stop'),
                }),
              ),
              recorder,
            ],
          };
        if (snapshot.value === 'review')
          return {
            id: 'review',
            title: t('run.review.title'),
            back,
            view: [h(later.ReviewView, { ctx }), recorder],
          };
        const itemId = snapshot.context.currentItemId!;
        const item = questionnaire.items.find((i) => i.id === itemId)!;
        const error = snapshot.context.error?.itemId === itemId ? snapshot.context.error : null;
        return {
          id: `question-${itemId}`,
          title: page.easyRead ? item.easyRead : item.text,
          back,
          errors: error
            ? [{ code: error.code, message: error.message, field: answerId(itemId) }]
            : [],
          view: [h(later.QuestionView, { ctx }), recorder],
        };
      }
      case 'complete': {
        if (!later) return loading;
        if (overlay === 'equality')
          return {
            id: 'equality',
            title: t('screening.equality.title'),
            errors: equalityError ? [equalityError] : [],
            view: h(later.EqualityView, {
              ctx,
              error: equalityError,
              onError: setEqualityError,
              done: (answers) => {
                setEquality(answers && Object.keys(answers).length ? answers : null);
                setOverlay(null);
              },
            }),
          };
        if (props.ending)
          return Ending
            ? { id: 'outcome', title: props.ending.title, view: h(Ending, { ctx }) }
            : loading;
        if (overlay === 'plan' && plan)
          return {
            id: 'plan',
            title: t('screening.plan.title'),
            view: h(later.PlanView, { ctx }),
          };
        if (overlay === 'found')
          return {
            id: 'found',
            title: t('screening.found.title'),
            view: h(later.FoundView, { ctx }),
          };
        return {
          id: 'outcome',
          title: t('screening.outcome.title'),
          view: h(later.OutcomeView, { ctx, onAgree: () => setOverlay('agree') }),
        };
      }
      default:
        if (!later) return loading;
        return {
          id: String(snapshot.value),
          title: t(
            snapshot.value === 'declined'
              ? 'run.ended.declinedPageTitle'
              : 'run.ended.withdrawnPageTitle',
            { caption },
          ),
          view: h(later.EndedView, { ctx }),
        };
    }
  }
}
