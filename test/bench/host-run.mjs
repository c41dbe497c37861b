// One screening run driven as a host drives it, for the benchmarks: the machine, plus
// `currentQuestion` and `progress` at every step, `reviewRows` at review, then SUBMIT.
// It takes the SDK's modules as an argument so the same run can time two builds side by side.

const STARTED = '2026-11-24T10:00:00Z';
const SUBMITTED = '2026-11-24T10:25:00Z';

/**
 * The fixed answers every benchmark gives the needs screening: the option with the most need
 * (and, for a multiple choice, the one with the least too, unless it must stand alone, like
 * "none of these"), text for text.
 */
export function fixedAnswers(sdk, q) {
  const answerFor = (item) => {
    if (item.kind === 'text') return 'A short answer';
    const options = [...sdk.optionsFor(item)].sort((a, b) => b.score - a.score);
    if (item.id === 'hi-blow' || item.id === 'ctx-diagnosis-wish')
      return item.kind === 'multiple' ? ['yes'] : 'yes';
    if (item.kind !== 'multiple') return options[0].value;
    const mixable = options.filter((o) => !o.exclusive);
    return [...new Set([mixable[0].value, mixable.at(-1).value])];
  };
  return new Map(q.items.map((item) => [item.id, answerFor(item)]));
}

/** Sends one fixed answer; a refused one would leave the run on the same question for ever. */
export function answer(actor, question, answers) {
  actor.send({ type: 'ANSWER', value: answers.get(question.item.id) });
  const error = actor.getSnapshot().context.error;
  if (error)
    throw new Error(`The benchmark's answer to ${error.itemId} was refused: ${error.message}`);
}

/** Answers every question it is asked with `answers.get(itemId)`; returns the completed record. */
export function hostRun(sdk, machine, questionnaire, answers) {
  const { createActor, currentQuestion, progress, reviewRows } = sdk;
  const actor = createActor(machine).start();
  actor.send({ type: 'START', at: STARTED });
  actor.send({ type: 'CONSENT', given: true });
  let snapshot = actor.getSnapshot();
  while (snapshot.value === 'answering') {
    const question = currentQuestion(questionnaire, snapshot);
    if (progress(questionnaire, snapshot) === null) throw new Error('No progress while answering');
    answer(actor, question, answers);
    snapshot = actor.getSnapshot();
  }
  if (reviewRows(questionnaire, snapshot).length === 0) throw new Error('Nothing to review');
  actor.send({ type: 'SUBMIT', at: SUBMITTED });
  return actor.getSnapshot().output;
}

/** The same run stopped after `steps` answers, left live: what a host holds while a person answers. */
export function liveActor(sdk, machine, questionnaire, answers, steps) {
  const { createActor, currentQuestion } = sdk;
  const actor = createActor(machine).start();
  actor.send({ type: 'START', at: STARTED });
  actor.send({ type: 'CONSENT', given: true });
  for (let i = 0; i < steps && actor.getSnapshot().value === 'answering'; i++) {
    answer(actor, currentQuestion(questionnaire, actor.getSnapshot()), answers);
  }
  return actor;
}

/** The SDK's screening modules from a built `dist` folder (this branch's, or a baseline's). */
export async function loadSdk(dist) {
  const load = (path) => import(new URL(path, dist).href);
  const [{ createActor }, screening, questionnaire, needs, adjustments] = await Promise.all([
    import('xstate'),
    load('screening/index.js'),
    load('questionnaire/index.js'),
    load('questionnaires/needs-screening.js'),
    load('adjustments/index.js'),
  ]);
  return {
    createActor,
    ...screening,
    ...questionnaire,
    needsScreening: needs.needsScreening,
    recommendFromCatalogue: adjustments.recommendFromCatalogue,
  };
}
