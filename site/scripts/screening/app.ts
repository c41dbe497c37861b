import { createActor, type Actor } from 'xstate';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import { rankAdjustments } from '@attune/sdk/adjustments/recommend';
import {
  createScreeningMachine,
  isScreeningEvent,
  type ScreeningMachine,
  type ScreeningOptions,
} from '@attune/sdk/screening';
import { consentView } from './consent';
import { confirmStopView, endedView } from './ended';
import { introView, type SavedOffer } from './intro';
import { questionView } from './question';
import { reviewView } from './review';
import type { PageState } from './saved';
import { stopSpeaking } from './speech';
import type { AppOptions, CatalogueEntry, EndViews, View } from './types';
import { bindDeleteControls } from '../delete-saved';
import { read, remove } from '../storage';

/**
 * Runs the mentoring practical-support check in the page (the needs screening has moved to
 * site/flows/screening on the runner; this shell goes when the mentoring flows follow it).
 */
export function startScreeningApp(
  root: HTMLElement,
  questionnaire: Questionnaire,
  catalogue: CatalogueEntry[],
  options: AppOptions,
) {
  const { noun, caption, store, guidanceBase } = options;
  // The same options rebuild a saved finished run's record on restore.
  const machineOptions: ScreeningOptions = {
    recommend: (profile) => rankAdjustments(catalogue, profile, { limit: 10 }).map((r) => r.id),
  };
  const machine = createScreeningMachine(questionnaire, machineOptions);
  let actor: Actor<ScreeningMachine>;
  let page: PageState = { easyRead: false, notes: {} };
  let saving = false;
  let overlay: View['overlay'] = null;
  let consentError = false;
  let offer: SavedOffer | null = null;
  let plan: View['plan'] = null;
  // The page starts on the intro, already in the HTML: its first drawing takes no focus.
  let lastStepKey = 'null|intro|null';
  let lastFlagCount = 0;

  const baseTitle = document.title;
  // The outcome and the printable plan are needed only once a run is complete, so they load then.
  let endViews: EndViews | null = null;
  const loadEndViews = () =>
    options.endViews().then((views) => {
      endViews = views;
      render();
    });
  // Saving and restoring check snapshots with the SDK's zod schemas: that code loads only when
  // something is saved or the practitioner turns saving on, so most visits never fetch it.
  let saved: typeof import('./saved') | null = null;
  const loadSaved = () => import('./saved').then((m) => (saved = m));
  const forgetRun = () => {
    remove(store.run);
    remove(store.notes);
    if (store.plan) remove(store.plan);
  };

  function persist() {
    if (!saving) return;
    if (!saved) return void loadSaved().then(persist);
    const snap = actor.getSnapshot();
    if (snap.value === 'declined' || snap.value === 'withdrawn') forgetRun();
    else saved.saveRun(store, questionnaire, actor.getPersistedSnapshot(), page);
  }

  function begin(snapshot?: unknown) {
    actor?.stop();
    actor = createActor(
      machine,
      // A new run's record gets a random id so the evidence base counts it once.
      snapshot ? { snapshot: snapshot as never } : { input: { recordId: crypto.randomUUID() } },
    );
    actor.subscribe(() => {
      consentError = false;
      persist();
      render();
    });
    actor.start();
  }

  function view(): View {
    return {
      questionnaire,
      catalogue,
      noun,
      caption,
      root,
      snapshot: actor.getSnapshot(),
      page,
      saving,
      overlay,
      plan,
      // Only events the machine takes reach it: a malformed one would stop the actor for good.
      send: (event) => (isScreeningEvent(event) ? actor.send(event) : render()),
      refresh: render,
      setSaving(on) {
        const changed = on !== saving;
        saving = on;
        if (on) persist();
        else if (changed) forgetRun();
        if (changed) render();
      },
      setOverlay(next) {
        overlay = next;
        render();
      },
      startAgain() {
        forgetRun();
        plan = null;
        overlay = null;
        page = { easyRead: page.easyRead, notes: {} };
        begin();
      },
      guidanceHref: (id) => `${guidanceBase}${id}/`,
      introExtra: options.introExtra,
    };
  }

  function render() {
    stopSpeaking();
    const v = view();
    const snap = v.snapshot;
    let children: Node[];
    let title: string;
    if (overlay === 'confirm-stop') {
      children = confirmStopView(v);
      title = `Stop the ${noun}?`;
    } else if (snap.value === 'complete' && !endViews) {
      void loadEndViews();
      children = [];
      title = 'Loading';
    } else if (overlay === 'plan' && snap.value === 'complete' && endViews!.planView) {
      children = endViews!.planView(v);
      title = 'My adjustment plan';
    } else {
      switch (snap.value) {
        case 'intro':
          children = introView(v, offer);
          title = 'Before you start';
          break;
        case 'consent':
          children = consentView(v, consentError, () => {
            consentError = true;
            render();
          });
          title = `${consentError ? 'Error: ' : ''}Is the person happy to do the ${noun}?`;
          break;
        case 'answering': {
          children = questionView(v);
          const item = questionnaire.items.find((i) => i.id === snap.context.currentItemId)!;
          title = `${snap.context.error ? 'Error: ' : ''}${page.easyRead ? item.easyRead : item.text}`;
          break;
        }
        case 'review':
          children = reviewView(v);
          title = 'Check the answers';
          break;
        case 'complete':
          children = endViews!.outcomeView(v);
          title = endViews!.outcomeTitle;
          break;
        default:
          children = endedView(v);
          title = `${snap.value === 'declined' ? 'Declined' : 'Stopped'}: ${caption}`;
      }
    }
    document.title = `${title} – ${baseTitle}`;
    root.replaceChildren(...children.filter(Boolean));
    if (children.length === 0) return; // still loading: focus moves when the step is drawn

    // Focus moves to what changed: a new safeguarding flag first, then an error summary, then the new heading.
    const stepKey = `${overlay}|${snap.value}|${snap.context.currentItemId}`;
    const flagCount = snap.context.flags.length;
    const focusTarget =
      flagCount > lastFlagCount
        ? root.querySelector<HTMLElement>('[data-testid="safeguarding"]')
        : snap.context.error || consentError
          ? root.querySelector<HTMLElement>('.govuk-error-summary')
          : stepKey !== lastStepKey
            ? root.querySelector<HTMLElement>('h1')
            : null;
    lastStepKey = stepKey;
    lastFlagCount = flagCount;
    focusTarget?.focus();
  }

  function offerSaved(run: NonNullable<ReturnType<typeof import('./saved').loadRun>>) {
    const discard = () => {
      forgetRun();
      offer = null;
      render();
      root.querySelector<HTMLElement>('h1')?.focus();
    };
    if (run.result.ok) {
      const snapshot = run.result.snapshot;
      offer = {
        kind: 'resumable',
        resume: () => {
          offer = null;
          page = run.page;
          plan = saved?.loadPlan(store) ?? null;
          saving = true;
          lastStepKey = '';
          begin(snapshot);
        },
        discard,
      };
    } else {
      offer = { kind: 'broken', message: run.result.error.message, discard };
    }
    // Only the intro offers a saved run; once a new run has started, the offer is not drawn.
    render();
  }
  if (read(store.run) !== null) {
    void loadSaved().then((m) => {
      const run = m.loadRun(store, questionnaire, machineOptions);
      if (run) offerSaved(run);
    });
  }
  // The delete controls on this page: this screening at once, everything after a confirmation.
  bindDeleteControls();
  document.addEventListener('attune:deleted', () => {
    saving = false;
    offer = null;
    page = { easyRead: page.easyRead, notes: {} };
    begin();
  });
  begin();
}
