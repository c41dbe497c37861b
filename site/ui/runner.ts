import type { AnyActorRef, SnapshotFrom } from 'xstate';
import { h, useEffect, useLayoutEffect, useRef, useState, type ComponentChildren } from './h';
import { ErrorSummary } from './components/error-summary';
import { t } from './messages';

/**
 * The flow runner: every multi-step flow (screening, check, agreeing a plan, mentoring plan,
 * training module, cases, reviews) is an actor plus one view per step, drawn through here.
 *
 *   const snapshot = useSnapshot(actor);
 *   return h(Runner, { step: { id, title, errors, view } });
 *
 * A flow's root component turns the snapshot (and any page-only state, such as Easy Read) into
 * a Step. The runner owns what every flow must get right the same way:
 * - the page title ("Error: " first while there are errors);
 * - focus: on the new step's heading, h1 or else h2 (or its [data-focus] element) when the step's id changes,
 *   never on the first draw (the page has just loaded); on the error summary when new errors
 *   appear; otherwise focus stays where the person left it, as Preact updates in place;
 * - the error summary, from the machine's errors ({ code, message, field? }), each linked to its field;
 * - announcing changes that move nothing (an item added, a setting saved) in one status region.
 */
export interface FlowError {
  code: string;
  message: string;
  /** The id of the control to link to; without one the summary links to the step's first field. */
  field?: string;
}

export interface Step {
  /** Changes when the person reaches a new step; focus then moves to its heading. */
  id: string;
  title: string;
  errors?: readonly FlowError[];
  /** Where an error without a field links to. */
  firstField?: string;
  /** Drawn above the error summary: the back link. */
  back?: ComponentChildren;
  view: ComponentChildren;
}

/** The actor's latest snapshot, redrawing the component whenever it changes. */
export function useSnapshot<A extends AnyActorRef>(actor: A): SnapshotFrom<A> {
  const [snapshot, setSnapshot] = useState(() => actor.getSnapshot() as SnapshotFrom<A>);
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const sub = actor.subscribe((s: SnapshotFrom<A>) => setSnapshot(s));
    return () => sub.unsubscribe();
  }, [actor]);
  return snapshot;
}

let say: ((message: string) => void) | null = null;
/** Tells screen-reader users about a change that does not move focus ("Goal added"). */
export function announce(message: string): void {
  say?.(message);
}

// Once per page, not per runner: a flow can hand over to another (a screening to agreeing its
// plan), and only the page's very first draw leaves focus alone. The step last drawn is kept
// too, so a flow that takes over the same step (the screening's intro, when the run's code has
// loaded) moves nothing.
let pageDrawn = false;
let lastStepId = '';
// The page's own title ("Needs screening – Attune"), which each step's title goes before.
let baseTitle: string | null = null;

const focusOn = (el: HTMLElement | null) => {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
};

export function Runner({ step }: { step: Step }) {
  const box = useRef<HTMLDivElement>(null);
  const last = useRef<{ id: string; errors: readonly FlowError[] } | null>(null);
  const [status, setStatus] = useState('');
  const errors = step.errors ?? [];

  useEffect(() => {
    // A new message each time, even when the words repeat, so it is announced again.
    say = (message) => {
      setStatus('');
      requestAnimationFrame(() => setStatus(message));
    };
    return () => (say = null);
  }, []);

  useLayoutEffect(() => {
    baseTitle ??= document.title;
    document.title = `${errors.length ? t('error.titlePrefix') : ''}${step.title} – ${baseTitle}`;
    const before = last.current ?? (pageDrawn ? { id: lastStepId, errors: [] } : null);
    last.current = { id: step.id, errors };
    lastStepId = step.id;
    pageDrawn = true;
    if (before === null) return; // the page's first draw: it has just loaded, focus stays put
    const root = box.current!;
    const newErrors = errors.some((e) => !before.errors.includes(e));
    if (before.id !== step.id) {
      setStatus('');
      focusOn(
        errors.length
          ? root.querySelector('.govuk-error-summary')
          : (root.querySelector<HTMLElement>('[data-focus]') ??
              root.querySelector('h1') ??
              // A flow inside a page with its own h1 (a training module) heads its steps with h2.
              root.querySelector('h2')),
      );
    } else if (newErrors) focusOn(root.querySelector('.govuk-error-summary'));
  });

  return h(
    'div',
    { ref: box },
    step.back,
    errors.length
      ? h(ErrorSummary, {
          // An error about no field (a save the device refused) is said, not linked to "#".
          errorList: errors.map((e) => {
            const field = e.field ?? step.firstField;
            return field ? { text: e.message, href: `#${field}` } : { text: e.message };
          }),
        })
      : null,
    // Keyed by step, so a new step is drawn afresh and an update to the same step is made in place.
    h('div', { key: step.id }, step.view),
    h('div', { class: 'govuk-visually-hidden', role: 'status', 'data-testid': 'announce' }, status),
  );
}
