// Shared by the host scripts: a host's own loop that answers whatever the snapshot says is next.
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { defineQuestionnaire } from '@attune/sdk/questionnaire';
import { createScreeningMachine, currentQuestion } from '@attune/sdk/screening';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { recommendFromCatalogue } from '@attune/sdk/adjustments';

export const STARTED = '2026-11-24T09:00:00Z';
export const SUBMITTED = '2026-11-24T09:25:00Z';

/** The built-in needs screening, or a host's own definition read from a JSON file. */
export function questionnaireFrom(path) {
  return path ? defineQuestionnaire(JSON.parse(readFileSync(path, 'utf8'))) : needsScreening;
}

export function machineFor(questionnaire) {
  return createScreeningMachine(questionnaire, { recommend: recommendFromCatalogue });
}

export function start(questionnaire) {
  const actor = createActor(machineFor(questionnaire), {
    input: { reference: 'HOST-0001' },
  }).start();
  actor.send({ type: 'START', at: STARTED });
  actor.send({ type: 'CONSENT', given: true });
  return actor;
}

// The answer depends only on the item, so a run split across two processes answers exactly as
// one run does; mixing options gives a profile with more than one level in it.
function answerFor(item, options) {
  if (item.kind === 'text') return 'Fixing bikes';
  const pick =
    options[[...item.id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % options.length].value;
  return item.kind === 'multiple' ? [pick] : pick;
}

/** Answers up to `count` questions; stops early at the review page. */
export function answer(actor, questionnaire, count = Infinity) {
  for (let i = 0; i < count && actor.getSnapshot().value === 'answering'; i++) {
    const { item, options } = currentQuestion(questionnaire, actor.getSnapshot());
    actor.send({ type: 'ANSWER', value: answerFor(item, options) });
    if (actor.getSnapshot().context.error)
      throw new Error(`Answer refused: ${JSON.stringify(actor.getSnapshot().context.error)}`);
  }
}

export function submit(actor) {
  actor.send({ type: 'SUBMIT', at: SUBMITTED });
  return actor.getSnapshot();
}
