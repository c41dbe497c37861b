import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createMentoringPlanMachine, MAX_GOALS, mentoringPlanRecord, MentoringPlanRecordSchema, presentation, STEP_STATUSES, WHO, type MentoringContext, type MentoringPlanMachine, type StepStatus, type Who } from '@attune/sdk/mentoring';
import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { ScreeningRecord } from '@attune/sdk/screening';
import { bindDeleteControls } from '../delete-saved';
import { button, errorSummary, submitButton } from '../screening/common';
import { downloadJson, fromTemplate, h, linkButton, nodes, type Child } from '../screening/dom';
import { keys, read, remove, write } from '../storage';
import { areaLabel, isRealDate, longDate, statusWords, whoWords } from './words';

/**
 * The mentoring action plan in the page: the SDK's plan machine drawn one step at a time
 * (goals, then steps, then the plan itself with its meetings). Loaded when a check is complete
 * or a plan is saved on this device.
 */
const machine = createMentoringPlanMachine();
const SAVED_FORMAT = 'attune.saved-mentoring-plan';
const PLAN_STATES = ['choosingGoals', 'planningSteps', 'active', 'closed'];
type Snapshot = SnapshotFrom<MentoringPlanMachine>;
type Overlay = 'meeting' | 'print' | 'close' | null;

/** Adjustments the person agreed after their screening, if that plan is saved on this device. */
function agreedAdjustments(): string[] {
  try {
    const plan = JSON.parse(read(keys.adjustmentPlan) ?? 'null') as AdjustmentPlan | null;
    return Array.isArray(plan?.suggestions) ? plan.suggestions.filter((s) => s.decision === 'agreed').map((s) => s.id) : [];
  } catch {
    return []; // unreadable: the plan is given in the usual way
  }
}

/** A completed check hands over here; the check itself is no longer needed on the device. */
export function startPlanFromCheck(root: HTMLElement, questionnaire: Questionnaire, check: ScreeningRecord, saving: boolean, fromFile?: string[]): void {
  remove(keys.check);
  remove(keys.checkNotes);
  run(root, questionnaire, createActor(machine, { input: { check, agreedAdjustments: fromFile ?? agreedAdjustments() } }), saving);
}

/** Opens the plan saved on this device; a damaged one is offered for deletion, never half-shown. */
export function openSavedPlan(root: HTMLElement, questionnaire: Questionnaire): void {
  bindDeleteControls();
  let actor: Actor<MentoringPlanMachine>;
  try {
    const saved = JSON.parse(read(keys.mentoringPlan) ?? 'null');
    if (saved?.format !== SAVED_FORMAT) throw new Error('not a saved plan');
    actor = createActor(machine, { snapshot: saved.snapshot });
    const { value, context } = actor.getSnapshot();
    if (!PLAN_STATES.includes(value) || !Array.isArray(context.goals) || !Array.isArray(context.meetings) || !Array.isArray(context.adjustments)) throw new Error('not a plan');
  } catch {
    document.addEventListener('attune:deleted', () => location.reload());
    root.replaceChildren(
      h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, 'The saved action plan cannot be opened'),
      fromTemplate('tpl-plan-broken'),
      button('Delete it and start a new check', () => {
        remove(keys.mentoringPlan);
        location.reload();
      }, 'warning'),
    );
    return;
  }
  run(root, questionnaire, actor, true);
}

/**
 * Carries on a plan from a record file (downloaded at an earlier meeting or on another device).
 * Returns what is wrong with the file, or null once the plan has taken over the page.
 */
export function openPlanRecord(root: HTMLElement, questionnaire: Questionnaire, text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'This file is not an action plan: it is not a JSON file. Choose the file downloaded from the action plan page.';
  }
  const parsed = MentoringPlanRecordSchema.safeParse(data);
  if (!parsed.success) return 'This file is not an Attune action plan, or it was damaged. Choose the file downloaded from the action plan page.';
  run(root, questionnaire, createActor(machine, { input: { plan: parsed.data } }), false);
  return null;
}

function run(root: HTMLElement, q: Questionnaire, actor: Actor<MentoringPlanMachine>, startSaving: boolean): void {
  const baseTitle = root.dataset.title ?? document.title;
  const titles = JSON.parse(document.getElementById('titles-data')?.textContent ?? '{}') as Record<string, string>;
  let saving = startSaving;
  let overlay: Overlay = null;
  let flash: string | null = null;
  let lastTitle = '';
  // What has been typed but not yet accepted, so a redraw after an error never loses it.
  const draft: Record<string, string> = {};
  const keep = (e: Event) => {
    const field = e.target as HTMLInputElement;
    draft[field.name] = field.value;
  };
  const field = (name: string, fallback = '') => draft[name] ?? fallback;
  const clear = (...names: string[]) => names.forEach((n) => delete draft[n]);

  const persist = () => {
    if (saving) write(keys.mentoringPlan, JSON.stringify({ format: SAVED_FORMAT, snapshot: actor.getPersistedSnapshot() }));
  };
  // The machine keeps a failed meeting's error until the next good one; the page shows it only
  // straight after the failed attempt, not when the mentor comes back to the form later.
  let meetingFailed = false;
  // A step's fields are checked here first, so each problem is shown at its own field.
  let stepProblem: { field: 'text' | 'who' | 'by'; message: string } | null = null;
  const show = (next: Overlay) => {
    overlay = next;
    meetingFailed = false;
    render();
  };
  actor.subscribe(() => {
    persist();
    render();
  });
  document.addEventListener('attune:deleted', () => location.reload());

  function render() {
    const snap = actor.getSnapshot();
    const c = snap.context;
    let drawn: Child[];
    let title: string;
    if (overlay === 'print') [drawn, title] = [personPlan(c), 'My action plan'];
    else if (overlay === 'meeting' && snap.value === 'active') [drawn, title] = [meetingView(c), 'Record a meeting'];
    else if (overlay === 'close' && snap.value === 'active') [drawn, title] = [closeView(), 'Close the plan?'];
    else if (snap.value === 'choosingGoals') [drawn, title] = [goalsView(c), 'Agree goals with the person'];
    else if (snap.value === 'planningSteps') [drawn, title] = [stepsView(c), 'Agree the steps'];
    else if (snap.value === 'active') [drawn, title] = [planView(snap), 'Action plan'];
    else [drawn, title] = [closedView(c), 'The action plan is closed'];
    const erring = overlay === 'meeting' ? meetingFailed : overlay === null && (snap.value === 'choosingGoals' || snap.value === 'planningSteps') && (!!c.error || !!stepProblem);
    document.title = `${erring ? 'Error: ' : ''}${title} – ${baseTitle}`;
    root.replaceChildren(...nodes(drawn));
    // Focus what changed: an error summary, then a success message, then a new heading.
    const target = root.querySelector<HTMLElement>('.govuk-error-summary') ?? root.querySelector<HTMLElement>('.govuk-notification-banner--success') ?? (title !== lastTitle ? root.querySelector<HTMLElement>('h1') : null);
    lastTitle = title;
    flash = null;
    target?.focus();
  }

  const caption = () => h('span', { class: 'govuk-caption-l' }, 'Action plan');
  const heading = (text: string) => h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, text);
  const errorText = (c: MentoringContext, id: string) => (c.error ? h('p', { class: 'govuk-error-message', id }, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), c.error) : null);
  const group = (c: MentoringContext, ...children: (Node | null)[]) => h('div', { class: `govuk-form-group${c.error ? ' govuk-form-group--error' : ''}` }, ...children);
  const radios = (name: string, legend: string, choices: [string, string][], checked: string, hint?: string, error?: string | null) =>
    h('div', { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
      h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].join(' ').trim() || null },
        h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
        hint ? h('div', { class: 'govuk-hint', id: `${name}-hint` }, hint) : null,
        error ? h('p', { class: 'govuk-error-message', id: `${name}-error` }, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), error) : null,
        h('div', { class: 'govuk-radios govuk-radios--small' },
          choices.map(([value, label], i) => h('div', { class: 'govuk-radios__item' },
            h('input', { class: 'govuk-radios__input', id: `${name}-${i}`, name, type: 'radio', value, checked: value === checked }),
            h('label', { class: 'govuk-label govuk-radios__label', for: `${name}-${i}` }, label),
          )),
        ),
      ),
    );

  /** The agreed adjustments that change how the plan is given, said where the mentor will see them. */
  function adjustmentsNote(c: MentoringContext): Node {
    const how = presentation(c);
    if (c.adjustments.length === 0) return fromTemplate('tpl-no-adjustment-plan');
    return h('div', { class: 'govuk-inset-text', 'data-testid': 'adjustments-note' },
      h('p', { class: 'govuk-body' }, 'From the person’s adjustment plan, they agreed to:'),
      h('ul', { class: 'govuk-list govuk-list--bullet' }, c.adjustments.map((id) => h('li', {}, titles[id] ?? id))),
      how.easyRead ? h('p', { class: 'govuk-body' }, 'So their printed plan is in Easy Read.') : null,
      how.textReminders ? h('p', { class: 'govuk-body' }, 'So their plan says they will get a text reminder before each step’s date. Send it from your organisation’s usual system: Attune sends nothing.') : null,
    );
  }

  function goalsView(c: MentoringContext): Child[] {
    const suggested = c.suggestedAreas;
    const areas = [...suggested, ...q.domains.map((d) => d.id).filter((id) => !suggested.includes(id))];
    const full = c.goals.length >= MAX_GOALS;
    const form = h('form', { novalidate: true, oninput: keep, onchange: keep, onsubmit: (e: Event) => {
      e.preventDefault();
      const data = new FormData(e.target as HTMLFormElement);
      const before = actor.getSnapshot().context.goals.length;
      actor.send({ type: 'ADD_GOAL', area: String(data.get('area') ?? ''), title: String(data.get('title') ?? '') });
      if (actor.getSnapshot().context.goals.length > before) {
        clear('title', 'area');
        render();
      }
    } },
      radios('area', 'Which area is this goal about?', areas.map((id) => [id, areaLabel(q, id)]), field('area', areas[0]), suggested.length ? 'Areas where the check found a barrier come first, starting with what the person wants to sort first.' : undefined),
      group(c,
        h('label', { class: 'govuk-label govuk-label--s', for: 'goal-title' }, 'The goal, in the person’s words'),
        h('div', { class: 'govuk-hint', id: 'goal-title-hint' }, 'For example: get my birth certificate, so I can open a bank account.'),
        errorText(c, 'goal-title-error'),
        h('input', { class: `govuk-input${c.error ? ' govuk-input--error' : ''}`, id: 'goal-title', name: 'title', type: 'text', maxlength: 120, value: field('title'), 'aria-describedby': `goal-title-hint${c.error ? ' goal-title-error' : ''}` }),
      ),
      h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary', 'data-module': 'govuk-button' }, 'Add this goal'),
    );
    return [
      caption(),
      heading('Agree goals with the person'),
      c.error ? errorSummary(c.error, '#goal-title') : null,
      fromTemplate('tpl-goals-intro'),
      adjustmentsNote(c),
      suggested.length
        ? [h('h2', { class: 'govuk-heading-m' }, 'What the check found'), h('ol', { class: 'govuk-list govuk-list--number', 'data-testid': 'suggested' }, suggested.map((id) => h('li', {}, areaLabel(q, id))))]
        : null,
      c.goals.length
        ? [
            h('h2', { class: 'govuk-heading-m' }, `Goals agreed so far: ${c.goals.length} of ${MAX_GOALS}`),
            h('dl', { class: 'govuk-summary-list', 'data-testid': 'goals' }, c.goals.map((g, i) => h('div', { class: 'govuk-summary-list__row' },
              h('dt', { class: 'govuk-summary-list__key' }, areaLabel(q, g.area)),
              h('dd', { class: 'govuk-summary-list__value' }, g.title),
              h('dd', { class: 'govuk-summary-list__actions' }, linkButton(['Remove', h('span', { class: 'govuk-visually-hidden' }, ` the goal “${g.title}”`)], () => actor.send({ type: 'REMOVE_GOAL', goal: i }))),
            ))),
          ]
        : null,
      full ? h('p', { class: 'govuk-body' }, `That is ${MAX_GOALS} goals, the most to work on at once. Remove one to add another.`) : [h('h2', { class: 'govuk-heading-m' }, c.goals.length ? 'Add another goal' : 'Add a goal'), form],
      button('Continue to the steps', () => actor.send({ type: 'NEXT' }), '', { 'data-testid': 'to-steps' }),
    ];
  }

  function stepsView(c: MentoringContext): Child[] {
    // The page's own check first; otherwise what the machine refused (a goal with no steps).
    const problem = stepProblem ?? (c.error ? { field: 'text' as const, message: c.error } : null);
    const at = (f: 'text' | 'who' | 'by') => (problem?.field === f ? problem.message : null);
    const firstWithout = Math.max(0, c.goals.findIndex((g) => g.steps.length === 0));
    const form = h('form', { novalidate: true, oninput: keep, onchange: keep, onsubmit: (e: Event) => {
      e.preventDefault();
      const data = new FormData(e.target as HTMLFormElement);
      const part = (name: string, width: number) => String(data.get(name) ?? '').trim().padStart(width, '0');
      const by = `${part('by-year', 4)}-${part('by-month', 2)}-${part('by-day', 2)}`;
      const goal = Number(data.get('goal') ?? 0);
      const text = String(data.get('text') ?? '').trim();
      const who = String(data.get('who') ?? '');
      stepProblem =
        text.length < 3 || text.length > 200 ? { field: 'text', message: 'Say what needs doing, in 3 to 200 characters' }
        : !who ? { field: 'who', message: 'Choose who will do it' }
        : !isRealDate(by) ? { field: 'by', message: 'Enter a real date for the step, for example 27 3 2027' }
        : null;
      if (stepProblem) return render();
      const before = actor.getSnapshot().context.goals[goal]?.steps.length ?? 0;
      actor.send({ type: 'ADD_STEP', goal, text, who: who as Who, by });
      if ((actor.getSnapshot().context.goals[goal]?.steps.length ?? 0) > before) {
        clear('text', 'who', 'by-day', 'by-month', 'by-year', 'goal');
        render();
      }
    } },
      c.goals.length > 1 ? radios('goal', 'Which goal is this step for?', c.goals.map((g, i) => [String(i), g.title]), field('goal', String(firstWithout))) : h('input', { type: 'hidden', name: 'goal', value: '0' }),
      group({ ...c, error: at('text') },
        h('label', { class: 'govuk-label govuk-label--s', for: 'step-text' }, 'What needs doing?'),
        h('div', { class: 'govuk-hint', id: 'step-text-hint' }, 'One small, clear action. For example: phone the council’s housing team.'),
        errorText({ ...c, error: at('text') }, 'step-error'),
        h('input', { class: `govuk-input${at('text') ? ' govuk-input--error' : ''}`, id: 'step-text', name: 'text', type: 'text', maxlength: 200, value: field('text'), 'aria-describedby': `step-text-hint${at('text') ? ' step-error' : ''}` }),
      ),
      radios('who', 'Who will do it?', WHO.map((w) => [w, whoWords[w].mentor]), field('who'), undefined, at('who')),
      h('div', { class: `govuk-form-group${at('by') ? ' govuk-form-group--error' : ''}` },
        h('fieldset', { class: 'govuk-fieldset', role: 'group', 'aria-describedby': `by-hint${at('by') ? ' by-error' : ''}` },
          h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'By when?'),
          h('div', { class: 'govuk-hint', id: 'by-hint' }, 'For example, 27 3 2027'),
          at('by') ? h('p', { class: 'govuk-error-message', id: 'by-error' }, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), at('by')) : null,
          h('div', { class: 'govuk-date-input' },
            ([['day', 'Day', 2], ['month', 'Month', 2], ['year', 'Year', 4]] as const).map(([part, label, width]) => h('div', { class: 'govuk-date-input__item' },
              h('div', { class: 'govuk-form-group' },
                h('label', { class: 'govuk-label govuk-date-input__label', for: `by-${part}` }, label),
                h('input', { class: `govuk-input govuk-date-input__input govuk-input--width-${width}${at('by') ? ' govuk-input--error' : ''}`, id: `by-${part}`, name: `by-${part}`, type: 'text', inputmode: 'numeric', value: field(`by-${part}`) }),
              ),
            )),
          ),
        ),
      ),
      h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary', 'data-module': 'govuk-button' }, 'Add this step'),
    );
    return [
      linkButton('Back to the goals', () => { stepProblem = null; actor.send({ type: 'BACK' }); }, 'govuk-back-link attune-link-button'),
      caption(),
      heading('Agree the steps'),
      problem ? errorSummary(problem.message, { text: '#step-text', who: '#who-0', by: '#by-day' }[problem.field]) : null,
      fromTemplate('tpl-steps-intro'),
      c.goals.map((g, i) => [
        h('h2', { class: 'govuk-heading-m' }, `Goal ${i + 1}: ${g.title}`),
        g.steps.length ? stepsTable(g.steps, (s, j) => linkButton(['Remove', h('span', { class: 'govuk-visually-hidden' }, ` the step “${s.text}”`)], () => actor.send({ type: 'REMOVE_STEP', goal: i, step: j }))) : h('p', { class: 'govuk-body' }, 'No steps yet.'),
      ]),
      h('h2', { class: 'govuk-heading-m' }, 'Add a step'),
      form,
      h('div', { class: 'govuk-button-group' }, button('Agree the plan', () => { stepProblem = null; actor.send({ type: 'NEXT', at: new Date().toISOString() }); }, '', { 'data-testid': 'agree' })),
    ];
  }

  type Steps = MentoringContext['goals'][number]['steps'];
  function stepsTable(steps: Steps, action?: (step: Steps[number], index: number) => Node, progress = false): HTMLElement {
    return h('table', { class: 'govuk-table attune-steps' },
      h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
        ['Step', 'Who', 'By', ...(progress ? ['Progress'] : []), ...(action ? [''] : [])].map((t) => h('th', { class: 'govuk-table__header', scope: 'col' }, t ? t : h('span', { class: 'govuk-visually-hidden' }, 'Action'))),
      )),
      h('tbody', { class: 'govuk-table__body' }, steps.map((s, j) => h('tr', { class: 'govuk-table__row' },
        h('td', { class: 'govuk-table__cell' }, s.text),
        h('td', { class: 'govuk-table__cell', 'data-label': 'Who' }, whoWords[s.who].mentor),
        h('td', { class: 'govuk-table__cell', 'data-label': 'By' }, longDate(s.by)),
        progress ? h('td', { class: 'govuk-table__cell', 'data-label': 'Progress' }, h('strong', { class: `govuk-tag ${statusWords[s.status].tag}` }, statusWords[s.status].text), s.why ? h('span', { class: 'attune-why' }, ` ${s.why}`) : null) : null,
        action ? h('td', { class: 'govuk-table__cell' }, action(s, j)) : null,
      ))),
    );
  }

  function planView(snap: Snapshot): Child[] {
    const c = snap.context;
    const counts = (m: MentoringContext['meetings'][number]) => STEP_STATUSES.map((s) => [s, m.updates.filter((u) => u.status === s).length] as const).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${statusWords[s].text.toLowerCase()}`).join(', ');
    return [
      flash
        ? h('div', { class: 'govuk-notification-banner govuk-notification-banner--success', role: 'alert', tabindex: '-1', 'aria-labelledby': 'flash-title', 'data-testid': 'flash' },
            h('div', { class: 'govuk-notification-banner__header' }, h('h2', { class: 'govuk-notification-banner__title', id: 'flash-title' }, 'Success')),
            h('div', { class: 'govuk-notification-banner__content' }, h('p', { class: 'govuk-notification-banner__heading' }, flash)))
        : null,
      caption(),
      heading('Action plan'),
      c.agreedAt ? h('p', { class: 'govuk-body' }, `Agreed with the person on ${longDate(c.agreedAt)}.`) : null,
      adjustmentsNote(c),
      c.goals.map((g, i) => [h('h2', { class: 'govuk-heading-l' }, h('span', { class: 'govuk-caption-m' }, areaLabel(q, g.area)), `Goal ${i + 1}: ${g.title}`), stepsTable(g.steps, undefined, true)]),
      h('h2', { class: 'govuk-heading-l' }, 'Meetings'),
      c.meetings.length
        ? h('ol', { class: 'govuk-list govuk-list--number', 'data-testid': 'meetings' }, c.meetings.map((m) => h('li', {}, `${m.at ? longDate(m.at) : 'Date not recorded'}: ${counts(m)}`)))
        : h('p', { class: 'govuk-body' }, 'No meetings recorded yet. At each meeting, record what got done, what is under way and what is stuck.'),
      h('div', { class: 'govuk-button-group' },
        button('Record a meeting', () => show('meeting'), '', { 'data-testid': 'record-meeting' }),
        button('Print the person’s plan', () => show('print'), 'secondary', { 'data-testid': 'print-plan' }),
        button('Download the plan (JSON)', () => downloadJson(mentoringPlanRecord(c), `attune-action-plan-${(c.agreedAt ?? new Date().toISOString()).slice(0, 10)}.json`), 'secondary', { 'data-testid': 'download-plan' }),
      ),
      savingToggle(),
      h('h2', { class: 'govuk-heading-m' }, 'When the mentoring ends'),
      h('p', { class: 'govuk-body' }, 'Close the plan when the goals are met or the mentoring stops. You can still print and download it, but no more meetings can be added.'),
      button('Close the plan', () => show('close'), 'warning'),
    ];
  }

  function savingToggle(): HTMLElement {
    return h('div', { class: 'govuk-form-group' },
      h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' },
        h('div', { class: 'govuk-checkboxes__item' },
          h('input', { class: 'govuk-checkboxes__input', id: 'keep-plan', type: 'checkbox', checked: saving, 'aria-describedby': 'keep-plan-hint', onchange: (e: Event) => {
            saving = (e.target as HTMLInputElement).checked;
            if (saving) persist();
            else remove(keys.mentoringPlan);
          } }),
          h('label', { class: 'govuk-label govuk-checkboxes__label', for: 'keep-plan' }, 'Keep this plan on this device, to update it at the next meeting'),
          h('div', { class: 'govuk-hint govuk-checkboxes__hint', id: 'keep-plan-hint' }, fromTemplate('tpl-saving-hint'), ' If you do not keep it, download it before you close the page.'),
        ),
      ),
    );
  }

  function meetingView(context: MentoringContext): Child[] {
    const c = { ...context, error: meetingFailed ? context.error : null };
    const steps = c.goals.flatMap((g, gi) => g.steps.map((s, si) => ({ g, gi, s, si, name: `step-${gi}-${si}` })));
    const firstStuck = steps.find((x) => field(x.name, x.s.status) === 'stuck' && !field(`${x.name}-why`, x.s.why ?? '').trim());
    const form = h('form', { novalidate: true, oninput: keep, onchange: keep, onsubmit: (e: Event) => {
      e.preventDefault();
      const data = new FormData(e.target as HTMLFormElement);
      const before = actor.getSnapshot().context.meetings.length;
      const at = new Date().toISOString();
      actor.send({ type: 'RECORD_MEETING', at, updates: steps.map((x) => ({ goal: x.gi, step: x.si, status: String(data.get(x.name)) as StepStatus, why: String(data.get(`${x.name}-why`) ?? '') })) });
      if (actor.getSnapshot().context.meetings.length > before) {
        for (const x of steps) clear(x.name, `${x.name}-why`);
        flash = `The meeting on ${longDate(at)} is recorded.`;
        show(null);
      } else {
        meetingFailed = true;
        render();
      }
    } },
      steps.map((x) => h('div', { class: 'govuk-form-group attune-meeting-step' },
        h('fieldset', { class: 'govuk-fieldset' },
          h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, h('span', { class: 'govuk-caption-s' }, `Goal ${x.gi + 1}: ${x.g.title}`), x.s.text),
          h('div', { class: 'govuk-radios govuk-radios--small govuk-radios--inline' },
            STEP_STATUSES.map((status) => h('div', { class: 'govuk-radios__item' },
              h('input', { class: 'govuk-radios__input', id: `${x.name}-${status}`, name: x.name, type: 'radio', value: status, checked: field(x.name, x.s.status) === status }),
              h('label', { class: 'govuk-label govuk-radios__label', for: `${x.name}-${status}` }, statusWords[status].text),
            )),
          ),
          h('div', { class: `govuk-form-group${c.error && x === firstStuck ? ' govuk-form-group--error' : ''}` },
            h('label', { class: 'govuk-label', for: `${x.name}-why` }, 'If it is stuck, what is getting in the way?'),
            c.error && x === firstStuck ? h('p', { class: 'govuk-error-message', id: `${x.name}-why-error` }, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), 'Say why this step is stuck') : null,
            h('textarea', { class: 'govuk-textarea', id: `${x.name}-why`, name: `${x.name}-why`, rows: 2, maxlength: 300 }, field(`${x.name}-why`, x.s.why ?? '')),
          ),
        ),
      )),
      submitButton('Save this meeting'),
    );
    return [
      linkButton('Back to the plan', () => show(null), 'govuk-back-link attune-link-button'),
      caption(),
      heading('Record a meeting'),
      c.error ? errorSummary(c.error, `#${firstStuck?.name ?? steps[0]?.name ?? ''}-why`) : null,
      fromTemplate('tpl-meeting-intro'),
      form,
    ];
  }

  function closeView(): Child[] {
    return [
      heading('Close the plan?'),
      h('p', { class: 'govuk-body' }, 'Once it is closed, no more meetings can be recorded. You can still print and download it.'),
      h('div', { class: 'govuk-button-group' },
        button('Yes, close the plan', () => {
          overlay = null;
          actor.send({ type: 'CLOSE', at: new Date().toISOString() });
        }, 'warning', { 'data-testid': 'confirm-close' }),
        button('No, go back to the plan', () => show(null), 'secondary'),
      ),
    ];
  }

  function closedView(c: MentoringContext): Child[] {
    const steps = c.goals.flatMap((g) => g.steps);
    return [
      h('div', { class: 'govuk-panel govuk-panel--confirmation' },
        h('h1', { class: 'govuk-panel__title', tabindex: '-1' }, 'The action plan is closed'),
        h('div', { class: 'govuk-panel__body' }, `${steps.filter((s) => s.status === 'done').length} of ${steps.length} steps done`),
      ),
      h('div', { class: 'govuk-button-group' },
        button('Print the person’s plan', () => show('print'), 'secondary'),
        button('Download the plan (JSON)', () => downloadJson(mentoringPlanRecord(c), `attune-action-plan-${(c.closedAt ?? new Date().toISOString()).slice(0, 10)}.json`), 'secondary'),
        button('Delete it and start a new check', () => {
          remove(keys.mentoringPlan);
          location.reload();
        }, 'warning'),
      ),
    ];
  }

  /** The person's own copy, in their voice; Easy Read when their adjustment plan asks for it. */
  function personPlan(c: MentoringContext): Child[] {
    const how = presentation(c);
    const back = () => show(null);
    return [
      h('div', { class: 'attune-no-print' }, linkButton('Back to the plan', back, 'govuk-back-link attune-link-button')),
      h('div', { class: `attune-plan${how.easyRead ? ' attune-easy-read' : ''}`, 'data-testid': 'person-plan', 'data-easy-read': how.easyRead ? 'yes' : 'no' },
        h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, 'My action plan'),
        c.agreedAt ? h('p', { class: 'govuk-body-l' }, `I made this plan with my mentor on ${longDate(c.agreedAt)}.`) : null,
        c.goals.map((g, i) => [
          h('h2', { class: 'govuk-heading-l' }, `${how.easyRead ? 'Goal' : 'My goal'} ${i + 1}: ${g.title}`),
          how.easyRead
            ? h('ul', { class: 'govuk-list' }, g.steps.map((s) => h('li', { class: 'attune-easy-step' },
                h('p', { class: 'govuk-body-l' }, h('strong', {}, 'What: '), s.text),
                h('p', { class: 'govuk-body-l' }, h('strong', {}, 'Who: '), whoWords[s.who].person),
                h('p', { class: 'govuk-body-l' }, h('strong', {}, 'When: '), `by ${longDate(s.by)}`),
                s.status === 'done' ? h('p', { class: 'govuk-body-l' }, h('strong', {}, 'Done.')) : null,
              )))
            : h('table', { class: 'govuk-table attune-steps' },
                h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' }, ['What', 'Who', 'By when', 'Done?'].map((t) => h('th', { class: 'govuk-table__header', scope: 'col' }, t)))),
                h('tbody', { class: 'govuk-table__body' }, g.steps.map((s) => h('tr', { class: 'govuk-table__row' },
                  h('td', { class: 'govuk-table__cell' }, s.text),
                  h('td', { class: 'govuk-table__cell', 'data-label': 'Who' }, whoWords[s.who].person),
                  h('td', { class: 'govuk-table__cell', 'data-label': 'By when' }, longDate(s.by)),
                  h('td', { class: 'govuk-table__cell', 'data-label': 'Done?' }, s.status === 'done' ? 'Yes' : 'Not yet'),
                )))),
        ]),
        how.textReminders ? h('p', { class: 'govuk-body-l', 'data-testid': 'text-reminders' }, how.easyRead ? 'I will get a text to remind me. It comes before each date.' : 'I will get a text message to remind me before each date.') : null,
        fromTemplate(how.easyRead ? 'tpl-person-plan-easy' : 'tpl-person-plan-know'),
      ),
      h('div', { class: 'govuk-button-group attune-no-print' },
        button('Print this plan', () => window.print(), '', { 'data-testid': 'print' }),
        button('Back to the plan', back, 'secondary'),
      ),
    ];
  }

  actor.start();
}
