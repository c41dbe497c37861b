// node save.mjs <file> <count>: answers <count> questions, saves the run to <file> and exits.
import { writeFileSync } from 'node:fs';
import { saveScreening } from '@attune/sdk/screening';
import { answer, questionnaireFrom, start } from './run-screening.mjs';

const [file, count] = process.argv.slice(2);
const questionnaire = questionnaireFrom();
const actor = start(questionnaire);
answer(actor, questionnaire, Number(count));
writeFileSync(file, JSON.stringify(saveScreening(questionnaire, actor.getPersistedSnapshot())));
const { value, context } = actor.getSnapshot();
console.log(
  JSON.stringify({
    state: value,
    currentItemId: context.currentItemId,
    answered: Object.keys(context.answers).length,
  }),
);
