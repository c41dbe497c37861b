// node resume.mjs <file>: a new process restores the saved run, finishes it and prints the record.
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { restoreScreening } from '@attune/sdk/screening';
import { answer, machineFor, questionnaireFrom, submit } from './run-screening.mjs';

const questionnaire = questionnaireFrom();
const restored = restoreScreening(questionnaire, readFileSync(process.argv[2], 'utf8'));
if (!restored.ok) {
  const { name, code, message } = restored.error;
  console.log(JSON.stringify({ error: { name, code, message } }));
} else {
  const actor = createActor(machineFor(questionnaire), { snapshot: restored.snapshot }).start();
  const resumedAt = actor.getSnapshot().context.currentItemId;
  answer(actor, questionnaire);
  const snapshot = submit(actor);
  console.log(JSON.stringify({ resumedAt, state: snapshot.value, record: snapshot.output }));
}
