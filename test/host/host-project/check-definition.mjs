// node check-definition.mjs <definition.json>: what a host sees when its own definition is wrong.
import { readFileSync } from 'node:fs';
import { checkQuestionnaire } from '@attune/sdk/questionnaire';

console.log(JSON.stringify(checkQuestionnaire(JSON.parse(readFileSync(process.argv[2], 'utf8')))));
