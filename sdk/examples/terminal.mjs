// Runs the Attune needs screening in a terminal: the SDK's machine, selectors and record, with
// prompts from node:readline/promises. Run it with `node sdk/examples/terminal.mjs` after
// `npm run build:sdk`. Type a number to choose, "s" to skip, "b" to go back, "e" for Easy Read
// and "q" to stop at any point.
import { createInterface } from 'node:readline/promises';
import { createActor } from 'xstate';
import { createScreeningMachine, currentQuestion, progress } from '@attune/sdk/screening';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { adjustmentById, recommendFromCatalogue } from '@attune/sdk/adjustments';

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
// An async iterator buffers lines, so answers piped in all at once are not lost between prompts.
const lines = rl[Symbol.asyncIterator]();
async function ask(prompt) {
  process.stdout.write(prompt);
  const { value, done } = await lines.next();
  if (done) return 'q'; // the input ended: treat it as stopping
  return value.trim();
}
const say = (text = '') => console.log(text);
const now = () => new Date().toISOString();

const actor = createActor(
  createScreeningMachine(needsScreening, { recommend: recommendFromCatalogue }),
).start();
let easyRead = (await ask('Use Easy Read wording? Type y or n: ')).toLowerCase().startsWith('y');
const words = (wording) => (easyRead ? wording.easyRead : wording.text);

say(`\n${needsScreening.title}\n`);
say(words(needsScreening.intro));
await ask('\nPress Enter to start. ');
actor.send({ type: 'START', at: now() });
say(`\n${words(needsScreening.consent)}`);
const agreed = (await ask('\nDo you agree to answer the questions? Type y or n: '))
  .toLowerCase()
  .startsWith('y');
actor.send({ type: 'CONSENT', given: agreed, at: now() });

while (actor.getSnapshot().status === 'active') {
  const snapshot = actor.getSnapshot();
  if (snapshot.value === 'review') {
    const answers = Object.values(snapshot.context.answers);
    const skipped = answers.filter((a) => a === null).length;
    say(
      `\nThat is every question. You answered ${answers.length - skipped} and skipped ${skipped}.`,
    );
    const reply = (
      await ask('Type y to finish and see the results, b to go back, or q to stop: ')
    ).toLowerCase();
    if (reply === 'y') actor.send({ type: 'SUBMIT', at: now() });
    else if (reply === 'b') actor.send({ type: 'BACK' });
    else if (reply === 'q') actor.send({ type: 'WITHDRAW', at: now() });
    else say('! Type y, b or q');
    continue;
  }
  const question = currentQuestion(needsScreening, snapshot);
  const where = progress(needsScreening, snapshot);
  const { item, options } = question;
  say(
    `\nSection ${where.section} of ${where.sections}: ${where.sectionTitle}. Question ${where.question} of ${where.questionsInSection}.`,
  );
  say(words(item));
  if (item.hint && !easyRead) say(item.hint);
  options.forEach((o, i) => say(`  ${i + 1}. ${easyRead ? o.easyRead : o.label}`));
  const how =
    item.kind === 'text'
      ? 'Type your answer'
      : item.kind === 'multiple'
        ? 'Type numbers separated by commas'
        : 'Type a number';
  const reply = await ask(
    `${how}, s to skip, b to go back, e for ${easyRead ? 'standard' : 'Easy Read'} wording, q to stop: `,
  );
  const command = reply.toLowerCase();
  if (command === 'q') actor.send({ type: 'WITHDRAW', at: now() });
  else if (command === 's') actor.send({ type: 'SKIP' });
  else if (command === 'b') actor.send({ type: 'BACK' });
  else if (command === 'e') easyRead = !easyRead;
  else if (item.kind === 'text') actor.send({ type: 'ANSWER', value: reply });
  else {
    // Numbers the person typed become option values; anything else is passed on for the machine to refuse.
    const chosen = reply.split(',').map((n) => options[Number(n.trim()) - 1]?.value ?? n.trim());
    actor.send({ type: 'ANSWER', value: item.kind === 'multiple' ? chosen : chosen[0] });
  }
  const error = actor.getSnapshot().context.error;
  if (error) say(`! ${error.message}`);
}

const end = actor.getSnapshot();
if (end.value !== 'complete') {
  say(
    end.value === 'declined'
      ? '\nYou chose not to answer. Nothing you said has been kept.'
      : '\nYou stopped the screening. Nothing you said has been kept.',
  );
} else {
  const record = end.output;
  const levels = {
    none: 'no need shown',
    some: 'some need',
    strong: 'strong need',
    unknown: 'not known (questions skipped)',
  };
  say('\nYour needs profile');
  for (const result of record.profile.domains) {
    const domain = needsScreening.domains.find((d) => d.id === result.domain);
    say(`  ${domain.label}: ${levels[result.level]}`);
  }
  if (record.strengths.length) say(`\nStrengths: ${record.strengths.join(', ')}`);
  if (record.recommendedAdjustments.length) {
    say('\nAdjustments that could help:');
    for (const id of record.recommendedAdjustments.slice(0, 5))
      say(`  - ${adjustmentById(id)?.title ?? id}`);
  }
  for (const referral of record.referrals) say(`\nSuggested referral: ${referral.title}`);
  for (const flag of record.flags) say(`\nSafeguarding: ${flag.message}`);
  say(
    '\nScreening is not a diagnosis. It shows where support could help; only a qualified assessment can diagnose a condition.',
  );
}
rl.close();
