// npm run bench — full runs of the Attune needs screening per second in Node, against SurveyJS's
// survey-core running the same questions and display conditions headless, in one process.
// Both answer every shown question with the same fixed answers. Prints medians of several trials.
import { createActor } from 'xstate';
import { Model } from 'survey-core';
import { createScreeningMachine, currentQuestion } from '@attune/sdk/screening';
import { needsScreening as q } from '@attune/sdk/questionnaires/needs-screening';
import { optionsFor, shownItems } from '@attune/sdk/questionnaire';
import { recommendFromCatalogue } from '@attune/sdk/adjustments';

/** The same answer for an item in both engines: the option with the most need, text for text. */
function answerFor(item) {
  if (item.kind === 'text') return 'A short answer';
  const options = [...optionsFor(item)].sort((a, b) => b.score - a.score);
  if (item.id === 'hi-blow' || item.id === 'ctx-diagnosis-wish')
    return item.kind === 'multiple' ? ['yes'] : 'yes';
  return item.kind === 'multiple' ? [options[0].value, options.at(-1).value] : options[0].value;
}

// --- SurveyJS: the same questionnaire as a SurveyJS JSON definition -------------------------
function expression(c) {
  if ('all' in c)
    return c.all
      .map(expression)
      .map((e) => `(${e})`)
      .join(' and ');
  if ('any' in c)
    return c.any
      .map(expression)
      .map((e) => `(${e})`)
      .join(' or ');
  if ('not' in c) return `!(${expression(c.not)})`;
  if ('equals' in c) return `{${c.item}} = '${c.equals}'`;
  if ('includes' in c) return `{${c.item}} contains '${c.includes}'`;
  if ('answered' in c) return c.answered ? `{${c.item}} notempty` : `{${c.item}} empty`;
  throw new Error('domain conditions are not used in display conditions');
}
const surveyJson = {
  pages: q.items.map((item) => ({
    name: `p-${item.id}`,
    elements: [
      {
        name: item.id,
        title: item.text,
        type:
          item.kind === 'multiple' ? 'checkbox' : item.kind === 'text' ? 'comment' : 'radiogroup',
        choices:
          item.kind === 'text'
            ? undefined
            : optionsFor(item).map((o) => ({ value: o.value, text: o.label })),
        visibleIf: item.showIf ? expression(item.showIf) : undefined,
      },
    ],
  })),
};

// The same questions on one page: no page navigation, conditions still evaluated as answers change.
const singlePageJson = {
  pages: [{ name: 'all', elements: surveyJson.pages.map((p) => p.elements[0]) }],
};
function runSurveyJsSinglePage() {
  const survey = new Model(singlePageJson);
  for (const question of survey.getAllQuestions()) {
    if (question.isVisible)
      survey.setValue(question.name, answerFor(q.items.find((i) => i.id === question.name)));
  }
  survey.doComplete();
  return Object.keys(survey.data).length;
}

function runSurveyJs() {
  const survey = new Model(surveyJson);
  // Answer page by page as a person would, letting visibleIf hide and show pages.
  while (true) {
    const question = survey.currentPage.questions.find((qq) => qq.isVisible);
    if (question)
      survey.setValue(question.name, answerFor(q.items.find((i) => i.id === question.name)));
    if (survey.isLastPage) break;
    survey.nextPage();
  }
  survey.doComplete();
  return Object.keys(survey.data).length;
}

// --- Attune -------------------------------------------------------------------------------
const machine = createScreeningMachine(q, { recommend: recommendFromCatalogue });
function runAttune() {
  const actor = createActor(machine).start();
  actor.send({ type: 'START', at: '2026-11-24T10:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  while (actor.getSnapshot().value === 'answering') {
    actor.send({ type: 'ANSWER', value: answerFor(currentQuestion(q, actor.getSnapshot()).item) });
  }
  actor.send({ type: 'SUBMIT', at: '2026-11-24T10:25:00Z' });
  return Object.keys(actor.getSnapshot().output.answers).length;
}

// Both engines must answer the same questions for the comparison to mean anything.
const attuneAnswered = runAttune();
const surveyAnswered = runSurveyJs();
if (runSurveyJsSinglePage() !== surveyAnswered)
  throw new Error('SurveyJS single-page run answered a different number of questions');
const expected = shownItems(q, Object.fromEntries(q.items.map((i) => [i.id, answerFor(i)]))).length;
if (attuneAnswered !== expected || surveyAnswered !== expected) {
  throw new Error(
    `Engines disagree on the questions shown: Attune ${attuneAnswered}, SurveyJS ${surveyAnswered}, expected ${expected}`,
  );
}

function perSecond(fn, ms = 1000) {
  const start = performance.now();
  let runs = 0;
  while (performance.now() - start < ms) {
    fn();
    runs++;
  }
  return (runs * 1000) / (performance.now() - start);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let i = 0; i < 20; i++) {
  runAttune();
  runSurveyJs();
  runSurveyJsSinglePage();
} // warm up all

const trials = Number(process.env.TRIALS ?? 5);
const attune = [],
  surveyjs = [],
  single = [];
for (let t = 0; t < trials; t++) {
  attune.push(perSecond(runAttune));
  surveyjs.push(perSecond(runSurveyJs));
  single.push(perSecond(runSurveyJsSinglePage));
}
const a = median(attune),
  s = median(surveyjs),
  one = median(single);
console.log(`Questions answered per run: ${expected} of ${q.items.length} (same in both engines)`);
console.log(
  `Attune @attune/sdk   ${a.toFixed(0).padStart(7)} full screenings/s (median of ${trials} one-second trials)`,
);
console.log(
  `SurveyJS survey-core ${s.toFixed(0).padStart(7)} full screenings/s, one question per page (as Attune runs)`,
);
console.log(
  `SurveyJS survey-core ${one.toFixed(0).padStart(7)} full screenings/s, all questions on one page (no page navigation)`,
);
console.log(
  `Ratio: Attune is ${(a / s).toFixed(1)}× SurveyJS paged, and ${(a / one).toFixed(1)}× SurveyJS on one page`,
);
