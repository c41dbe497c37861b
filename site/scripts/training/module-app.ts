import { createActor, type Actor } from 'xstate';
import {
  createTrainingMachine,
  currentTrainingQuestion,
  type TrainingMachine,
  type TrainingModule,
} from '@attune/sdk/training';
import { h } from '../screening/dom';
import { loadProgress, saveModule } from './progress';

const SCALE = ['1 – not at all', '2', '3', '4', '5 – very'];

/**
 * The module page: the SDK's training machine, restored from this device, drawn one step at a
 * time (confidence, reading progress, each knowledge-check question, result, completion).
 */
export function startModuleApp(
  root: HTMLElement,
  module: TrainingModule,
  lessonHref: (id: string) => string,
  certificateHref: string,
) {
  const machine = createTrainingMachine(module);
  const stored = loadProgress()[module.id];
  let actor: Actor<TrainingMachine>;
  let notice = '';
  try {
    // Progress saved before the knowledge test and question draws existed cannot carry on.
    const saved = stored?.snapshot as { context?: object } | undefined;
    if (saved && !('knowledgeBefore' in (saved.context ?? {}))) throw new Error('old progress');
    actor = createActor(machine, stored?.snapshot ? { snapshot: stored.snapshot as never } : {});
    actor.start();
  } catch {
    // Saved progress from an older version of the module cannot be carried on.
    notice = 'Your saved progress for this module could not be opened, so it has started again.';
    actor = createActor(machine).start();
  }
  // Lessons marked read on their own pages join the flow here, in order.
  const catchUp = () => {
    const marks = loadProgress()[module.id]?.read ?? {};
    for (
      let s = actor.getSnapshot();
      s.value === 'lessons' &&
      s.context.lessonId &&
      marks[s.context.lessonId] &&
      !s.context.read.some((r) => r.lessonId === s.context.lessonId);
      s = actor.getSnapshot()
    ) {
      actor.send({
        type: 'MARK_READ',
        lessonId: s.context.lessonId,
        at: marks[s.context.lessonId],
      });
    }
  };
  catchUp();
  // Null until the first draw: focus moves only after the learner acts, never on page load
  // (which would skip the skip link and scroll the h1 away at 320 px).
  let lastStep: string | null = null;

  const radios = (name: string, legend: string, options: string[], error: boolean) =>
    h(
      'div',
      { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
      h(
        'fieldset',
        { class: 'govuk-fieldset' },
        h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
        h(
          'div',
          { class: 'govuk-radios govuk-radios--small govuk-radios--inline' },
          options.map((label, i) =>
            h(
              'div',
              { class: 'govuk-radios__item' },
              h('input', {
                class: 'govuk-radios__input',
                id: `${name}-${i}`,
                name,
                type: 'radio',
                value: String(i + 1),
              }),
              h('label', { class: 'govuk-label govuk-radios__label', for: `${name}-${i}` }, label),
            ),
          ),
        ),
      ),
    );

  function confidenceForm(after: boolean): Node[] {
    const error = actor.getSnapshot().context.error;
    return [
      h(
        'h2',
        { class: 'govuk-heading-l', tabindex: '-1' },
        after ? 'How confident do you feel now?' : 'Before you start: how confident do you feel?',
      ),
      h(
        'p',
        { class: 'govuk-body' },
        'Rate each statement from 1 (not at all confident) to 5 (very confident). There are no right answers: this shows how the module changed things for you.',
      ),
      error
        ? h(
            'div',
            { class: 'govuk-error-summary', tabindex: '-1', role: 'alert' },
            h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
            h(
              'div',
              { class: 'govuk-error-summary__body' },
              h(
                'ul',
                { class: 'govuk-list govuk-error-summary__list' },
                h('li', {}, h('a', { href: '#c0-0' }, error)),
              ),
            ),
          )
        : null,
      h(
        'form',
        {
          novalidate: true,
          onsubmit: (e: Event) => {
            e.preventDefault();
            const data = new FormData(e.target as HTMLFormElement);
            actor.send({
              type: 'RATE',
              ratings: module.confidence.map((_, i) => Number(data.get(`c${i}`) ?? 0)),
              at: new Date().toISOString(),
            });
          },
        },
        module.confidence.map((statement, i) => radios(`c${i}`, statement, SCALE, !!error)),
        h('button', { type: 'submit', class: 'govuk-button' }, 'Continue'),
      ),
    ].filter(Boolean) as Node[];
  }

  function render() {
    const snap = actor.getSnapshot();
    const c = snap.context;
    let nodes: Node[] = [];
    if (snap.value === 'intro') {
      nodes = [
        h('h2', { class: 'govuk-heading-l', tabindex: '-1' }, 'Start this module'),
        h(
          'p',
          { class: 'govuk-body' },
          'You will rate your confidence, answer 6 short questions to see what you know now, read the lessons in order, answer a knowledge check of 6 different questions (80% to pass, as many tries as you need) and rate your confidence again. Your progress stays on this device.',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'govuk-button',
            onclick: () =>
              actor.send({
                type: 'START',
                at: new Date().toISOString(),
                seed: Math.floor(Math.random() * 2 ** 31),
                registration: crypto.randomUUID(),
              }),
          },
          'Start the module',
        ),
      ];
    } else if (snap.value === 'confidenceBefore') nodes = confidenceForm(false);
    else if (snap.value === 'confidenceAfter') nodes = confidenceForm(true);
    else if (snap.value === 'lessons') {
      const next = module.lessons.find(
        (l) => l.id === c.lessonId && !c.read.some((r) => r.lessonId === l.id),
      );
      nodes = [
        h('h2', { class: 'govuk-heading-l', tabindex: '-1' }, 'Your progress'),
        h(
          'p',
          { class: 'govuk-body', 'data-testid': 'lessons-read' },
          `You have read ${c.read.length} of ${module.lessons.length} lessons.`,
        ),
        next
          ? h(
              'a',
              {
                class: 'govuk-button',
                href: lessonHref(next.id),
                role: 'button',
                draggable: 'false',
              },
              `Read lesson ${next.order}: ${next.title}`,
            )
          : h(
              'button',
              {
                type: 'button',
                class: 'govuk-button',
                onclick: () => actor.send({ type: 'BEGIN_CHECK', at: new Date().toISOString() }),
              },
              'Start the knowledge check',
            ),
      ];
    } else if (snap.value === 'check' || snap.value === 'knowledgeBefore') {
      const view = currentTrainingQuestion(module, snap)!;
      const { question } = view;
      const given = view.answer;
      const before = view.phase === 'before';
      const heading = h('h2', { class: 'govuk-fieldset__heading', tabindex: '-1' }, question.text);
      if (!given) {
        nodes = [
          h(
            'p',
            { class: 'govuk-caption-m' },
            before
              ? `Before the lessons, what do you know now? Question ${view.number} of ${view.of}`
              : `Knowledge check${c.attempts.length > 1 ? `, try ${c.attempts.length}` : ''}: question ${view.number} of ${view.of}`,
          ),
          before && view.number === 1
            ? h(
                'p',
                { class: 'govuk-body' },
                'This is not marked and there is no pass mark. Answer as best you can: it lets you see what the module taught you.',
              )
            : null,
          c.error
            ? h(
                'div',
                { class: 'govuk-error-summary', tabindex: '-1', role: 'alert' },
                h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
                h(
                  'div',
                  { class: 'govuk-error-summary__body' },
                  h(
                    'ul',
                    { class: 'govuk-list govuk-error-summary__list' },
                    h('li', {}, h('a', { href: '#answer-0' }, c.error)),
                  ),
                ),
              )
            : null,
          h(
            'form',
            {
              novalidate: true,
              onsubmit: (e: Event) => {
                e.preventDefault();
                actor.send({
                  type: 'ANSWER',
                  optionId: String(new FormData(e.target as HTMLFormElement).get('answer') ?? ''),
                  at: new Date().toISOString(),
                });
              },
            },
            h(
              'div',
              { class: `govuk-form-group${c.error ? ' govuk-form-group--error' : ''}` },
              h(
                'fieldset',
                { class: 'govuk-fieldset' },
                h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--m' }, heading),
                h(
                  'div',
                  { class: 'govuk-radios' },
                  view.options.map((o, i) =>
                    h(
                      'div',
                      { class: 'govuk-radios__item' },
                      h('input', {
                        class: 'govuk-radios__input',
                        id: `answer-${i}`,
                        name: 'answer',
                        type: 'radio',
                        value: o.id,
                      }),
                      h(
                        'label',
                        { class: 'govuk-label govuk-radios__label', for: `answer-${i}` },
                        o.text,
                      ),
                    ),
                  ),
                ),
              ),
            ),
            h(
              'button',
              { type: 'submit', class: 'govuk-button' },
              before ? 'Next question' : 'Check my answer',
            ),
          ),
        ].filter(Boolean) as Node[];
      } else {
        const chosen = question.options.find((o) => o.id === given.optionId)!;
        const right = question.options.find((o) => o.correct)!;
        nodes = [
          h(
            'p',
            { class: 'govuk-caption-m' },
            `Knowledge check: question ${view.number} of ${view.of}`,
          ),
          h('h2', { class: 'govuk-heading-m' }, question.text),
          h(
            'div',
            {
              class: `govuk-notification-banner${given.correct ? ' govuk-notification-banner--success' : ''}`,
              role: 'region',
              'aria-labelledby': 'feedback-title',
              tabindex: '-1',
              'data-testid': 'feedback',
            },
            h(
              'div',
              { class: 'govuk-notification-banner__header' },
              h(
                'h3',
                { class: 'govuk-notification-banner__title', id: 'feedback-title' },
                given.correct ? 'Right' : 'Not quite',
              ),
            ),
            h(
              'div',
              { class: 'govuk-notification-banner__content' },
              h('p', { class: 'govuk-body' }, h('strong', {}, 'Your answer: '), chosen.text),
              h('p', { class: 'govuk-body' }, chosen.feedback),
              given.correct
                ? null
                : [
                    h(
                      'p',
                      { class: 'govuk-body' },
                      h('strong', {}, 'The best answer: '),
                      right.text,
                    ),
                    h('p', { class: 'govuk-body' }, right.feedback),
                  ],
            ),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'govuk-button',
              onclick: () => actor.send({ type: 'NEXT', at: new Date().toISOString() }),
            },
            view.number < view.of ? 'Next question' : 'See your result',
          ),
        ];
      }
    } else if (snap.value === 'result') {
      const attempt = c.attempts.at(-1)!;
      const right = attempt.answers.filter((a) => a.correct).length;
      nodes = [
        h(
          'h2',
          { class: 'govuk-heading-l', tabindex: '-1' },
          attempt.passed ? 'You passed the knowledge check' : 'Not passed yet',
        ),
        h(
          'p',
          { class: 'govuk-body-l', 'data-testid': 'score' },
          `You got ${right} of ${attempt.order.length} right (${Math.round((attempt.score ?? 0) * 100)}%). The pass mark is 80%.`,
        ),
        attempt.passed
          ? h(
              'button',
              {
                type: 'button',
                class: 'govuk-button',
                onclick: () => actor.send({ type: 'NEXT' }),
              },
              'Continue',
            )
          : h(
              'div',
              {},
              h(
                'p',
                { class: 'govuk-body' },
                'Look again at the feedback and the lessons, then try again. You will get different questions, with the answers in a new order. You can try as many times as you need.',
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'govuk-button',
                  onclick: () =>
                    actor.send({
                      type: 'RETRY',
                      seed: Math.floor(Math.random() * 2 ** 31),
                      at: new Date().toISOString(),
                    }),
                },
                'Try again',
              ),
            ),
      ];
    } else if (snap.value === 'complete') {
      const best = Math.max(...c.attempts.map((a) => a.score ?? 0));
      nodes = [
        h(
          'div',
          { class: 'govuk-panel govuk-panel--confirmation' },
          h('h2', { class: 'govuk-panel__title', tabindex: '-1' }, 'Module complete'),
          h('div', { class: 'govuk-panel__body' }, `Knowledge check: ${Math.round(best * 100)}%`),
        ),
        h('h3', { class: 'govuk-heading-m' }, 'How your confidence changed'),
        // A summary list rather than a table, so it reflows at 320px.
        h(
          'dl',
          { class: 'govuk-summary-list', 'data-testid': 'confidence-change' },
          module.confidence.map((statement, i) => {
            const before = c.confidenceBefore?.[i] ?? 0;
            const after = c.confidenceAfter?.[i] ?? 0;
            const change = after - before;
            return h(
              'div',
              { class: 'govuk-summary-list__row' },
              h('dt', { class: 'govuk-summary-list__key' }, statement),
              h(
                'dd',
                { class: 'govuk-summary-list__value' },
                `Before ${before}, after ${after}: ${change > 0 ? `up ${change}` : change < 0 ? `down ${-change}` : 'no change'}`,
              ),
            );
          }),
        ),
        h(
          'a',
          { class: 'govuk-button', href: certificateHref, role: 'button', draggable: 'false' },
          'Get your certificate',
        ),
      ];
    }
    root.replaceChildren(
      ...(notice ? [h('div', { class: 'govuk-inset-text' }, notice), ...nodes] : nodes),
    );
    const step = `${snap.value}|${c.questionIndex}|${c.attempts.length}|${c.attempts.at(-1)?.answers.length ?? 0}`;
    const focus =
      lastStep === null
        ? null
        : c.error
          ? root.querySelector<HTMLElement>('.govuk-error-summary')
          : step !== lastStep
            ? root.querySelector<HTMLElement>('[data-testid=feedback], h2[tabindex]')
            : null;
    lastStep = step;
    focus?.focus();
  }
  actor.subscribe(() => {
    catchUp();
    saveModule(module.id, (m) => ({ ...m, snapshot: actor.getPersistedSnapshot() }));
    render();
  });
  saveModule(module.id, (m) => ({ ...m, snapshot: actor.getPersistedSnapshot() }));
  render();
}
