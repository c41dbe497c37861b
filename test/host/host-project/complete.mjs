// node complete.mjs [definition.json]: one uninterrupted screening; prints the record.
import { answer, questionnaireFrom, start, submit } from './run-screening.mjs';

const questionnaire = questionnaireFrom(process.argv[2]);
const actor = start(questionnaire);
answer(actor, questionnaire);
const snapshot = submit(actor);
console.log(JSON.stringify({ state: snapshot.value, record: snapshot.output }));
