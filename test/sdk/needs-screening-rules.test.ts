import { describe, expect, it } from 'vitest';
import { answerLabels, buildScreeningRecord, type ScreeningRecord } from '@attune/sdk/screening';
import {
  easyReadOptionsFor,
  estimateSeconds,
  isScored,
  MIN_ANSWERED_SHARE,
  shownItems,
  validateAnswer,
  type Answers,
  type Item,
} from '@attune/sdk/questionnaire';
import { needsScreening as q } from '@attune/sdk/questionnaires/needs-screening';
import { needsScreeningV1 } from '@attune/sdk/questionnaires/needs-screening-1';
import { recommendFromCatalogue } from '@attune/sdk/adjustments';
import {
  agreesWithEverything,
  needsEverywhere,
  noNeeds,
  runPattern,
  twoAreas,
  type Pattern,
} from '../fixtures/needs-screening-patterns.js';

const item = (id: string) => q.items.find((i) => i.id === id)!;
const ALWAYS = new Set(['first-questions', 'safety-support', 'about-you']);
const minutes = (ids: readonly string[]) => estimateSeconds(ids.map(item)) / 60;

describe('needs screening 2.0: a new major version that leaves 1.x readable', () => {
  it('is version 2.0.0, and version 1.0.1 is still defined unchanged for reading old records', () => {
    expect(q.version).toBe('2.0.0');
    expect(needsScreeningV1.version).toBe('1.0.1');
    expect(needsScreeningV1.id).toBe(q.id);
    expect(needsScreeningV1.items.some((i) => i.id === 'eo-safety')).toBe(true);
  });
});

describe('the triage', () => {
  const triage = q.items.filter((i) => i.section === 'first-questions');

  it('every person answers at most 15 first questions, one for each need area, that choose which sections follow', () => {
    const asked = runPattern(q, noNeeds).asked.filter(
      (id) => item(id).section === 'first-questions',
    );
    expect(asked.length).toBeLessThanOrEqual(15);
    // Adding areas asks one more question; still within 15.
    expect(triage.length).toBeLessThanOrEqual(15);
    for (const d of q.domains) {
      const first = triage.filter((i) => isScored(i) && i.feeds![d.id] !== undefined);
      expect(first.length, d.id).toBe(1);
    }
  });

  it('asks a section’s full questions only when its first answer shows some need or the area is added', () => {
    for (const it of q.items.filter((i) => !ALWAYS.has(i.section) && isScored(i))) {
      const domain = Object.keys(it.feeds!)[0]!;
      expect(JSON.stringify(it.showIf), it.id).toContain(`"includes":"${domain}"`);
    }
    const none = shownItems(q, { 'tr-reading': 'never' }).map((i) => i.id);
    expect(none).not.toContain('rw-letters');
    expect(shownItems(q, { 'tr-reading': 'sometimes' }).map((i) => i.id)).toContain('rw-letters');
  });

  it('lets the person or practitioner add any area, whatever the first answers were', () => {
    const options = item('tr-add-which').options!.map((o) => o.value);
    expect(options.sort()).toEqual(q.domains.map((d) => d.id).sort());
    for (const d of q.domains) {
      const answers: Answers = { 'tr-add': 'yes', 'tr-add-which': [d.id] };
      const opened = shownItems(q, answers).filter(
        (i) => !ALWAYS.has(i.section) && i.feeds?.[d.id] !== undefined,
      );
      expect(opened.length, d.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('makes no fixed claim about time in the intro: the page estimates it from the shown questions', () => {
    expect(q.intro.text).not.toMatch(/minute/i);
    expect(q.intro.easyRead).not.toMatch(/minute/i);
  });
});

describe('questions asked and estimated time for the answer patterns in the tests', () => {
  const figures = (pattern: Pattern) => {
    const { asked, record } = runPattern(q, pattern);
    return { asked: asked.length, minutes: minutes(asked), record };
  };

  it('a person with no needs answers 25 questions or fewer and takes under 10 minutes', () => {
    const { asked, minutes: m, record } = figures(noNeeds);
    expect(asked).toBeLessThanOrEqual(25);
    expect(m).toBeLessThan(10);
    expect(record.profile.domains.every((d) => d.level === 'none')).toBe(true);
    console.info(`no needs: ${asked} questions, about ${m.toFixed(1)} minutes`);
  });

  it('a person with needs in two areas gets those two areas’ full questions and no others', () => {
    const { asked, minutes: m, record } = figures(twoAreas);
    const strong = record.profile.domains.filter((d) => d.level === 'strong').map((d) => d.domain);
    expect(strong).toEqual(['reading-writing', 'memory-organisation']);
    expect(asked).toBeLessThan(figures(needsEverywhere).asked);
    console.info(`needs in two areas: ${asked} questions, about ${m.toFixed(1)} minutes`);
  });

  it('a person with needs everywhere is asked every section (the longest run)', () => {
    const { asked, minutes: m, record } = figures(needsEverywhere);
    expect(record.profile.domains.every((d) => d.level === 'strong')).toBe(true);
    // Only the follow-ups of other answers ("something else", another language, diagnosis areas) stay hidden.
    expect(asked).toBeGreaterThanOrEqual(q.items.length - 6);
    console.info(`needs everywhere: ${asked} questions, about ${m.toFixed(1)} minutes`);
  });
});

describe('valid results', () => {
  it('states a minimum answered share, below which a level is "not enough answers"', () => {
    expect(MIN_ANSWERED_SHARE).toBeGreaterThanOrEqual(0.5);
    // The case: one "often" with the other reading questions skipped.
    const answers: Answers = { 'tr-reading': 'often' };
    for (const i of shownItems(q, answers))
      if (i.feeds?.['reading-writing'] && i.id !== 'tr-reading') answers[i.id] = null;
    const record = buildScreeningRecord(q, {
      answers,
      reference: null,
      startedAt: null,
      completedAt: null,
      flags: [],
    });
    expect(record.profile.domains.find((d) => d.domain === 'reading-writing')!.level).toBe(
      'unknown',
    );
  });

  it('has questions worded away from need in several areas, and shows the practitioner when answers agree with everything', () => {
    const reversed = q.items.filter((i) => i.reverse);
    expect(new Set(reversed.map((i) => Object.keys(i.feeds!)[0])).size).toBeGreaterThanOrEqual(3);
    const yes = runPattern(q, agreesWithEverything).record.answerPattern!;
    expect(yes.agreeingWithEverything).toBe(true);
    expect(yes.items.length).toBeGreaterThanOrEqual(2);
    expect(runPattern(q, needsEverywhere).record.answerPattern!.agreeingWithEverything).toBe(false);
    expect(runPattern(q, noNeeds).record.answerPattern!.agreeingWithEverything).toBe(false);
  });

  it('never lowers a level because of the yes-saying check', () => {
    const levels = (r: ScreeningRecord) => r.profile.domains.map((d) => d.level);
    expect(levels(runPattern(q, agreesWithEverything).record)).toEqual(
      levels(runPattern(q, agreesWithEverything).record).map(() => 'strong'),
    );
  });

  it('has no diagnostic hints in domain descriptions or notes', () => {
    for (const d of q.domains) {
      const text = `${d.description} ${d.thresholdNote ?? ''}`;
      expect(text, d.id).not.toMatch(
        /point to|indicat|learning disability|ADHD|autis|dyslexi|dyspraxi/i,
      );
    }
  });

  it('records provenance for every scored item, and never claims an instrument’s validity', () => {
    for (const i of q.items.filter(isScored)) {
      expect(i.provenance, i.id).toBeDefined();
      expect(JSON.stringify(i.provenance), i.id).not.toMatch(/valid/i);
    }
    const informed = q.items.filter((i) => i.provenance?.source === 'construct-informed-by');
    expect(informed.length).toBeGreaterThan(5);
  });

  it('rewrites the items that were close paraphrases of ASRS v1.1 and adult dyslexia checklist items in Attune’s own wording', () => {
    const old = new Map(needsScreeningV1.items.map((i) => [i.id, i.text]));
    for (const id of [
      'mo-appointments',
      'ai-drift',
      'ai-distracted',
      'up-instructions',
      'ex-words',
      'rw-forms',
      'rw-read-aloud',
      'nt-copy-numbers',
      'cw-lost',
      'cw-handwriting',
    ]) {
      expect(item(id).text, id).not.toBe(old.get(id));
      expect(item(id).provenance?.source, id).toBe('construct-informed-by');
    }
  });
});

describe('Easy Read that is Easy Read', () => {
  it('asks one thing per item: no Easy Read question holds two questions', () => {
    for (const i of q.items) {
      expect(i.easyRead.match(/\?/g)?.length ?? 0, `${i.id}: ${i.easyRead}`).toBeLessThanOrEqual(1);
    }
  });

  it('splits the items that asked two things with one answer', () => {
    const ids = new Set(q.items.map((i) => i.id));
    for (const gone of ['rw-avoid-reading', 'ai-restless']) expect(ids.has(gone)).toBe(false);
    for (const [a, b] of [
      ['su-masking', 'su-recover'],
      ['se-clothes', 'se-touch'],
      ['cw-handwriting', 'cw-hand-ache'],
    ])
      expect(ids.has(a) && ids.has(b), `${a} + ${b}`).toBe(true);
  });

  it('offers a three-point Easy Read scale in plain words, and the review shows the words chosen', () => {
    const freq = item('rw-letters');
    expect(easyReadOptionsFor(freq).map((o) => o.easyRead)).toEqual(['No', 'Sometimes', 'A lot']);
    expect(answerLabels(freq, 'often', true)).toEqual(['A lot']);
    expect(easyReadOptionsFor(item('ctx-gp')).length).toBe(3);
  });

  it('rewords "Have people used you?" and "Do you want a test" (after "this is not a test")', () => {
    const all = q.items.map((i) => i.easyRead).join(' ');
    expect(all).not.toMatch(/used you|want a test/i);
  });

  it('says before it starts that there is a question about safety, in plain and Easy Read wording, and the Easy Read consent covers anonymised use', () => {
    expect(q.consent.text).toMatch(/harming themselves or ending their life/);
    expect(q.consent.easyRead).toMatch(/safe/);
    expect(q.consent.easyRead).toMatch(/count your answers/);
  });
});

describe('safeguarding content', () => {
  const sg = (id: string) => item(id).safeguarding!;

  it('separates thoughts of suicide from self-harm, each with a graded response', () => {
    expect(sg('sg-suicide').kind).toBe('suicidal-thoughts');
    expect(sg('sg-self-harm').kind).toBe('self-harm');
    for (const id of ['sg-suicide', 'sg-self-harm']) {
      const r = sg(id).response!;
      expect(r.askNext.join(' '), id).toMatch(/plan|safe|injury/);
      expect(r.tellToday, id).toMatch(/probation practitioner or IOM lead today/);
      const signs = r.signposting.join(' ');
      expect(signs, id).toContain('116 123');
      expect(signs, id).toMatch(/111.*option 2/);
      expect(signs, id).toMatch(/local crisis line/);
    }
    expect(sg('sg-suicide').response!.askNext.join(' ')).toMatch(/plans.*means/);
  });

  it('makes exploitation a safeguarding flag with its own guidance, not a learning-disability indicator', () => {
    const it = item('sg-exploitation');
    expect(isScored(it)).toBe(false);
    expect(sg('sg-exploitation').response!.tellToday).toMatch(/Care Act 2014, section 42/);
    expect(sg('sg-exploitation').response!.tellToday).toMatch(/National Referral Mechanism/);
    for (const i of q.items.filter((i) => i.feeds?.['everyday-living-learning']))
      expect(i.text, i.id).not.toMatch(/taken advantage|using your home/);
  });

  it('asks every safety question of everyone', () => {
    const asked = runPattern(q, noNeeds).asked;
    for (const id of ['sg-suicide', 'sg-self-harm', 'sg-exploitation', 'ctx-gp'])
      expect(asked).toContain(id);
  });
});

describe('coverage', () => {
  it('asks about tics, hearing, sleep, alcohol and drugs as context, never scored', () => {
    for (const id of ['ctx-tics', 'ctx-hearing', 'ctx-sleep', 'ctx-substances']) {
      expect(isScored(item(id)), id).toBe(false);
      expect(item(id).purpose, id).toBe('context');
    }
  });

  it('asks about brain injury beyond a blow to the head: strangulation, overdose or lack of oxygen, unconsciousness and its length, age, number and after-effects', () => {
    expect(item('tr-head').options!.map((o) => o.value)).toEqual([
      'blow',
      'strangled',
      'oxygen',
      'none',
    ]);
    expect(item('hi-knocked-out').options!.map((o) => o.value)).toContain('longer');
    for (const id of ['hi-age', 'hi-how-many', 'hi-headaches', 'hi-tired', 'hi-memory', 'hi-mood'])
      expect(shownItems(q, { 'tr-head': ['strangled'] }).map((i) => i.id)).toContain(id);
  });

  it('offers mental health, tics or Tourette’s, language needs and epilepsy in ctx-diagnoses, where "none" excludes the others', () => {
    const d = item('ctx-diagnoses');
    const values = d.options!.map((o) => o.value);
    for (const v of ['mental-health', 'tics-tourettes', 'dld-slcn', 'epilepsy'])
      expect(values).toContain(v);
    expect(validateAnswer(d, ['none']).ok).toBe(true);
    const both = validateAnswer(d, ['none', 'adhd']);
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.error.message).toMatch(/cannot be chosen with other answers/);
  });
});

describe('referral routes', () => {
  const base = runPattern(q, noNeeds).record.answers;
  const record = (answers: Answers) =>
    buildScreeningRecord(q, {
      answers,
      reference: null,
      startedAt: null,
      completedAt: null,
      flags: [],
    });
  const routes = (r: ScreeningRecord) => r.referrals.map((x) => x.id);

  it('every referral route is reachable from some answers', () => {
    const reached = new Set<string>();
    const patterns: Pattern[] = [noNeeds, twoAreas, needsEverywhere];
    for (const p of patterns) for (const id of routes(runPattern(q, p).record)) reached.add(id);
    const wish: Pattern = (it: Item) =>
      it.id === 'ctx-diagnosis-wish'
        ? 'not-sure'
        : it.id === 'ctx-diagnosis-areas'
          ? it.options!.map((o) => o.value)
          : it.id === 'ctx-gp'
            ? 'no'
            : it.id === 'ctx-substances'
              ? 'most-days'
              : needsEverywhere(it);
    for (const id of routes(runPattern(q, wish).record)) reached.add(id);
    expect([...reached].sort()).toEqual(q.referrals!.map((r) => r.id).sort());
  });

  it('fires learning disability, mental health and speech and language routes from the profile, not only from what the person names', () => {
    const r = routes(runPattern(q, needsEverywhere).record);
    for (const id of [
      'learning-disability-assessment',
      'mental-health-support',
      'speech-and-language-therapy',
    ])
      expect(r, id).toContain(id);
    expect(routes(record(base))).toEqual([]);
  });

  it('checks whether the person has a GP first, and suggests registering when they have none', () => {
    for (const rule of q.referrals!.filter(
      (r) => /GP/.test(r.advice) && r.id !== 'register-with-gp',
    ))
      expect(rule.advice, rule.id).toMatch(/^First check that the person has a GP/);
    expect(routes(record({ ...base, 'ctx-gp': 'no' }))).toEqual(['register-with-gp']);
  });

  it('recommends an appropriate adult and a court intermediary for a strong everyday living and learning result', () => {
    const strong = runPattern(q, (it) =>
      /^(tr-everyday|el-)/.test(it.id) && it.kind === 'frequency'
        ? 'most-of-the-time'
        : it.id === 'el-school-keep-up'
          ? 'yes'
          : noNeeds(it),
    ).record;
    expect(strong.profile.domains.find((d) => d.domain === 'everyday-living-learning')!.level).toBe(
      'strong',
    );
    const adjustments = recommendFromCatalogue(strong.profile, strong.answers);
    expect(adjustments).toContain('appropriate-adult');
    expect(adjustments).toContain('court-intermediary');
  });
});
