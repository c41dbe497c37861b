// The needs screening with plain DOM code: one step at a time, drawn from the machine's snapshot
// alone, with focus moved to each new heading so screen-reader and keyboard users follow along.
import { createActor } from 'xstate';
import { createScreeningMachine, currentQuestion, progress } from '@attune/sdk/screening';
import { needsScreening as q } from '@attune/sdk/questionnaires/needs-screening';

const actor = createActor(createScreeningMachine(q));
const step = document.getElementById('step');
const progressLine = document.getElementById('progress');
const now = () => new Date().toISOString();

/** Builds an element: el('button', { type: 'button' }, 'Start'). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  node.append(...children.filter((c) => c !== null));
  return node;
}
const button = (text, event) =>
  el(
    'button',
    {
      type: 'button',
      'data-event': event.type,
      onclick: () => actor.send({ ...event, at: now() }),
    },
    text,
  );

function heading(text) {
  return el('h1', { tabindex: '-1', id: 'step-heading' }, text);
}

function questionForm(snapshot) {
  const { item, options, answer } = currentQuestion(q, snapshot);
  const where = progress(q, snapshot);
  progressLine.textContent = `Section ${where.section} of ${where.sections}: ${where.sectionTitle}. Question ${where.question} of ${where.questionsInSection}.`;
  const error = snapshot.context.error;
  const form = el('form', { novalidate: '' });
  let field;
  if (item.kind === 'text') {
    field = el(
      'div',
      {},
      el('label', { for: 'answer' }, 'Your answer'),
      el('textarea', {
        id: 'answer',
        name: 'answer',
        rows: '3',
        ...(error ? { 'aria-describedby': 'answer-error' } : {}),
      }),
    );
  } else {
    const type = item.kind === 'multiple' ? 'checkbox' : 'radio';
    const chosen = Array.isArray(answer) ? answer : [answer];
    field = el(
      'fieldset',
      error ? { 'aria-describedby': 'answer-error' } : {},
      el('legend', {}, 'Choose an answer'),
      ...options.map((o, i) => {
        const input = el('input', { type, name: 'answer', id: `answer-${i}`, value: o.value });
        input.checked = chosen.includes(o.value);
        return el('label', { for: `answer-${i}` }, input, ` ${o.label}`);
      }),
    );
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const value = item.kind === 'multiple' ? data.getAll('answer') : (data.get('answer') ?? '');
    actor.send({ type: 'ANSWER', value, at: now() });
  });
  form.append(
    error ? el('p', { class: 'error', id: 'answer-error' }, `Error: ${error.message}`) : null,
    field,
    el('button', { type: 'submit' }, 'Continue'),
    button('Prefer not to say', { type: 'SKIP' }),
    button('Back', { type: 'BACK' }),
    button('Stop the screening', { type: 'WITHDRAW' }),
  );
  return [heading(item.text), item.hint ? el('p', {}, item.hint) : null, form];
}

function render(snapshot) {
  if (snapshot.value !== 'answering') progressLine.textContent = '';
  const view = {
    intro: () => [heading(q.title), el('p', {}, q.intro.text), button('Start', { type: 'START' })],
    consent: () => [
      heading('Before we start'),
      el('p', {}, q.consent.text),
      button('I agree', { type: 'CONSENT', given: true }),
      el(
        'button',
        { type: 'button', onclick: () => actor.send({ type: 'CONSENT', given: false, at: now() }) },
        'I do not want to do this',
      ),
    ],
    answering: () => questionForm(snapshot),
    review: () => [
      heading('Check your answers'),
      el(
        'p',
        {},
        `You answered ${Object.values(snapshot.context.answers).filter((a) => a !== null).length} questions.`,
      ),
      button('Finish', { type: 'SUBMIT' }),
      button('Back', { type: 'BACK' }),
    ],
    complete: () => [
      heading('Your needs profile'),
      el(
        'ul',
        {},
        ...snapshot.output.profile.domains.map((d) =>
          el(
            'li',
            {},
            `${q.domains.find((x) => x.id === d.domain).label}: ${d.level === 'none' ? 'no need shown' : d.level === 'unknown' ? 'not known' : `${d.level} need`}`,
          ),
        ),
      ),
      el('p', {}, 'Screening is not a diagnosis. It shows where support could help.'),
    ],
    declined: () => [
      heading('Screening not started'),
      el('p', {}, 'Nothing you said has been kept.'),
    ],
    withdrawn: () => [heading('Screening stopped'), el('p', {}, 'Nothing you said has been kept.')],
  }[snapshot.value];
  step.replaceChildren(...view().filter((c) => c !== null));
  document.getElementById('step-heading')?.focus();
}

actor.subscribe(render);
actor.start();
render(actor.getSnapshot());
