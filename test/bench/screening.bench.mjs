// npm run bench — full runs of the Attune needs screening per second in Node, in one process:
//  - Attune as a host runs it (the machine, currentQuestion and progress at each step,
//    reviewRows, SUBMIT with recommendations), and with ATTUNE_BEFORE=<dist/> a baseline build
//    the same way (see build-baseline.mjs);
//  - the limit: building the same record straight from the final answers;
//  - SurveyJS's survey-core on the same questions, conditions and domain scoring, one question
//    per page and all on one page.
// All answer every shown question with the same fixed answers. Trials are interleaved and each
// figure is the median of TRIALS trials of one CPU-second each (see cpu-time.mjs). Figures to report, not a timed test.
import { Model } from 'survey-core';
import { median, perCpuSecond } from './cpu-time.mjs';
import { fixedAnswers, hostRun, loadSdk } from './host-run.mjs';
import { surveyJsDefinition } from './surveyjs-definition.mjs';

const sdk = await loadSdk(new URL('../../sdk/dist/', import.meta.url));
const before = process.env.ATTUNE_BEFORE
  ? await loadSdk(new URL(`file://${process.env.ATTUNE_BEFORE}`))
  : null;
const q = sdk.needsScreening;

// The same answers for every engine (see fixedAnswers).
const answers = fixedAnswers(sdk, q);

// --- Attune, and the limit ----------------------------------------------------------------
const machine = sdk.createScreeningMachine(q, { recommend: sdk.recommendFromCatalogue });
const runAttune = () => hostRun(sdk, machine, q, answers);
const beforeMachine = before?.createScreeningMachine(before.needsScreening, {
  recommend: before.recommendFromCatalogue,
});
// The baseline answers its own questionnaire with the same rule; it must be a build of the same
// questionnaire version, or the scoring check below stops the benchmark.
const beforeAnswers = before ? fixedAnswers(before, before.needsScreening) : null;
const runBefore = () => hostRun(before, beforeMachine, before.needsScreening, beforeAnswers);

const record = runAttune();
// A copy, so the limit works from answers no machine has seen, as a host rebuilding records does.
const finalAnswers = { ...record.answers };
const runLimit = () =>
  sdk.buildScreeningRecord(
    q,
    {
      answers: finalAnswers,
      reference: null,
      startedAt: record.startedAt,
      completedAt: record.completedAt,
      flags: record.flags,
    },
    sdk.recommendFromCatalogue,
  );

// --- SurveyJS -----------------------------------------------------------------------------
const paged = surveyJsDefinition(q, sdk.optionsFor, { onePage: false });
const onePage = surveyJsDefinition(q, sdk.optionsFor, { onePage: true });
const levelsOf = (survey) =>
  Object.fromEntries(q.domains.map((d) => [d.id, survey.getVariable(`${d.id}-level`)]));

function runSurveyJs() {
  const survey = new Model(paged);
  // Answer page by page as a person would, letting visibleIf hide and show pages.
  while (true) {
    const question = survey.currentPage.questions.find((qq) => qq.isVisible);
    if (question) survey.setValue(question.name, answers.get(question.name));
    if (survey.isLastPage) break;
    survey.nextPage();
  }
  survey.doComplete();
  return survey;
}
function runSurveyJsOnePage() {
  const survey = new Model(onePage);
  for (const question of survey.getAllQuestions())
    if (question.isVisible) survey.setValue(question.name, answers.get(question.name));
  survey.doComplete();
  return survey;
}

// The engines must answer the same questions and reach the same levels for the comparison to mean anything.
const expected = sdk.shownItems(q, Object.fromEntries(answers)).length;
const attuneLevels = Object.fromEntries(record.profile.domains.map((d) => [d.domain, d.level]));
for (const [name, survey] of [
  ['paged', runSurveyJs()],
  ['one page', runSurveyJsOnePage()],
]) {
  const answered = Object.keys(survey.data).filter((k) => answers.has(k)).length;
  if (answered !== expected || Object.keys(record.answers).length !== expected)
    throw new Error(
      `SurveyJS (${name}) answered ${answered} questions, Attune ${Object.keys(record.answers).length}, expected ${expected}`,
    );
  if (JSON.stringify(levelsOf(survey)) !== JSON.stringify(attuneLevels))
    throw new Error(`SurveyJS (${name}) scored differently: ${JSON.stringify(levelsOf(survey))}`);
}
if (before && JSON.stringify(runBefore().profile) !== JSON.stringify(record.profile))
  throw new Error('The baseline build scored the run differently');

// --- Timing -------------------------------------------------------------------------------
const contenders = [
  ['Attune host-style run', runAttune],
  ...(before ? [['Attune before (baseline build)', runBefore]] : []),
  ['Limit: record from final answers', runLimit],
  ['SurveyJS, one question per page', runSurveyJs],
  ['SurveyJS, all on one page', runSurveyJsOnePage],
];
for (const [, fn] of contenders) for (let i = 0; i < 5; i++) fn(); // warm up all

const trials = Number(process.env.TRIALS ?? 5);
const rates = contenders.map(() => []);
for (let t = 0; t < trials; t++) contenders.forEach(([, fn], i) => rates[i].push(perCpuSecond(fn)));
const rate = Object.fromEntries(contenders.map(([name], i) => [name, median(rates[i])]));

console.log(
  `Needs screening: ${expected} of ${q.items.length} questions answered per run, same levels in every engine`,
);
console.log(`Runs per CPU-second, median of ${trials} interleaved trials of one CPU-second:`);
for (const [name] of contenders)
  console.log(
    `  ${name.padEnd(36)} ${(rate[name] >= 100 ? rate[name].toFixed(0) : rate[name].toPrecision(3)).padStart(8)}`,
  );
const attune = rate['Attune host-style run'];
const limit = rate['Limit: record from final answers'];
console.log(
  `Attune host-style is ${(limit / attune).toFixed(1)}× slower than the limit (goal: within 8×)`,
);
if (before)
  console.log(
    `Attune host-style is ${(attune / rate['Attune before (baseline build)']).toFixed(1)}× the baseline's runs per second (goal: at least 4×)`,
  );
console.log(
  `Attune host-style is ${(attune / rate['SurveyJS, one question per page']).toFixed(0)}× SurveyJS paged and ${(attune / rate['SurveyJS, all on one page']).toFixed(0)}× SurveyJS on one page`,
);
