import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as fhir4 from 'fhir/r4';
import {
  defineQuestionnaire,
  evaluateCondition,
  optionsFor,
  shownItems,
  type Answers,
  type Questionnaire,
} from '@attune/sdk/questionnaire';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';
import type { ScreeningRecord } from '@attune/sdk/screening';
import {
  DATA_ABSENT_REASON_EXTENSION,
  DECLINED_CODING,
  EASY_READ_EXTENSION,
  ENABLE_WHEN_EXPRESSION_EXTENSION,
  FhirResponseError,
  fromFhirQuestionnaireResponse,
  fhirQuestionSystem,
  toFhirCodeSystems,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type FhirEnableWhen,
  type FhirQuestionnaireItem,
  type FhirQuestionnaireResponse,
  type FhirResponseItem,
} from '@attune/sdk/interop/fhir';
import { conditionsDefinition } from '../fixtures/conditions-questionnaire.js';
import { smallDefinition } from '../fixtures/small-questionnaire.js';
import { picks, screen } from '../fixtures/run-screening.js';

const small = defineQuestionnaire(smallDefinition);
const conditions = defineQuestionnaire(conditionsDefinition);
const all: [string, Questionnaire][] = [
  ['needs screening', needsScreening],
  ['practical support', practicalSupport],
  ['small fixture', small],
  ['conditions fixture', conditions],
];

// Compile-time: the SDK's own R4-shaped output types are assignable to the R4 definitions from
// @types/fhir (checked by `astro check`, which type-checks test/). A renamed or mistyped element fails here.
const asR4Questionnaire: (q: Questionnaire) => fhir4.Questionnaire = toFhirQuestionnaire;
const asR4Response: (r: ScreeningRecord, q: Questionnaire) => fhir4.QuestionnaireResponse =
  toFhirQuestionnaireResponse;

/** Every item at any depth, in document order (groups before their children). */
function flatten<T extends { item?: T[] }>(items: readonly T[]): T[] {
  return items.flatMap((i) => [i, ...flatten(i.item ?? [])]);
}
const questionsOf = (fq: { item: FhirQuestionnaireItem[] }) =>
  flatten(fq.item).filter((i) => i.type !== 'group');
const expressionOf = (i: FhirQuestionnaireItem) =>
  i.extension?.find((e) => e.url === ENABLE_WHEN_EXPRESSION_EXTENSION)?.valueExpression?.expression;

describe('a questionnaire as a FHIR R4 Questionnaire', () => {
  it.each(all)(
    '%s: is a Questionnaire named, versioned and in the language of the definition',
    (_, q) => {
      const fq = asR4Questionnaire(q);
      expect(fq).toMatchObject({
        resourceType: 'Questionnaire',
        version: q.version,
        title: q.title,
        status: 'active',
        language: q.locale,
      });
      expect(fq.url).toMatch(new RegExp(`^https://.+/Questionnaire/${q.id}$`));
      expect(fq.identifier).toContainEqual(expect.objectContaining({ value: q.id }));
      expect(fq.name).toMatch(/^[A-Z][A-Za-z0-9_]{0,254}$/);
    },
  );

  it.each(all)('%s: keeps every question in order, each in a group for its section', (_, q) => {
    const fq = toFhirQuestionnaire(q);
    expect(fq.item.every((g) => g.type === 'group' && g.item!.length > 0)).toBe(true);
    for (const group of fq.item) {
      const section = q.sections.find((s) => group.linkId.startsWith(`section:${s.id}`))!;
      expect(group.text).toBe(section.title);
      expect(
        group.item!.every(
          (i) => q.items.find((item) => item.id === i.linkId)!.section === section.id,
        ),
      ).toBe(true);
    }
    expect(questionsOf(fq).map((i) => i.linkId)).toEqual(q.items.map((i) => i.id));
  });

  it.each(all)(
    '%s: has unique linkIds, and every enableWhen looks back at an earlier question',
    (_, q) => {
      const items = flatten(toFhirQuestionnaire(q).item);
      const linkIds = items.map((i) => i.linkId);
      expect(new Set(linkIds).size).toBe(linkIds.length);
      items.forEach((item, index) => {
        for (const rule of item.enableWhen ?? []) {
          const target = linkIds.indexOf(rule.question);
          expect(target, `${item.linkId} → ${rule.question}`).toBeGreaterThanOrEqual(0);
          expect(target).toBeLessThan(index);
          expect(items[target]!.type).not.toBe('group');
        }
        // R4 que-12: more than one enableWhen needs an enableBehavior.
        if ((item.enableWhen?.length ?? 0) > 1) expect(item.enableBehavior).toMatch(/^(all|any)$/);
      });
    },
  );

  it.each(all)(
    '%s: gives every choice question our options as codes, then "prefer not to say", and text questions a string',
    (_, q) => {
      for (const fi of questionsOf(toFhirQuestionnaire(q))) {
        const item = q.items.find((i) => i.id === fi.linkId)!;
        // Every question is a concept a partner can map, from the questionnaire's own code system.
        expect(fi.code).toEqual([
          { system: fhirQuestionSystem(q), code: item.id, display: item.text },
        ]);
        if (item.kind === 'text') {
          expect(fi).toMatchObject({ type: 'string' });
          expect(fi.answerOption).toBeUndefined();
          continue;
        }
        expect(fi.type).toBe('choice');
        expect(fi.repeats === true).toBe(item.kind === 'multiple');
        const all = fi.answerOption!.map((o) => o.valueCoding);
        expect(all.at(-1)).toEqual(DECLINED_CODING);
        const codings = all.slice(0, -1);
        expect(codings.map((c) => c.code)).toEqual(optionsFor(item).map((o) => o.value));
        expect(codings.map((c) => c.display)).toEqual(optionsFor(item).map((o) => o.label));
        // One system per question, so a code such as "not-sure" means one thing within it.
        expect(new Set(codings.map((c) => c.system)).size).toBe(1);
      }
    },
  );

  it.each(all)('%s: carries the Easy Read wording of every question that has its own', (_, q) => {
    for (const fi of questionsOf(toFhirQuestionnaire(q))) {
      const item = q.items.find((i) => i.id === fi.linkId)!;
      const easy = fi._text?.extension?.find((e) => e.url === EASY_READ_EXTENSION)?.valueString;
      expect(fi.text).toBe(item.text);
      expect(easy ?? item.text).toBe(item.easyRead);
    }
  });

  it.each(all)('%s: never drops a display condition', (_, q) => {
    for (const fi of questionsOf(toFhirQuestionnaire(q))) {
      const item = q.items.find((i) => i.id === fi.linkId)!;
      const carried = (fi.enableWhen?.length ?? 0) > 0 || expressionOf(fi) !== undefined;
      expect(carried, fi.linkId).toBe(item.showIf !== undefined);
      // SDC: an item has enableWhen or enableWhenExpression, never both.
      expect(fi.enableWhen !== undefined && expressionOf(fi) !== undefined).toBe(false);
    }
  });

  it('writes the built-in conditions as plain enableWhen, which any FHIR form can run', () => {
    const items = [needsScreening, practicalSupport].flatMap((q) =>
      questionsOf(toFhirQuestionnaire(q)),
    );
    expect(items.filter((i) => expressionOf(i) !== undefined).map((i) => i.linkId)).toEqual([]);
    const areas = items.find((i) => i.linkId === 'ctx-diagnosis-areas')!;
    expect(areas.enableBehavior).toBe('any');
    expect(areas.enableWhen!.map((e) => [e.question, e.operator, e.answerCoding?.code])).toEqual([
      ['ctx-diagnosis-wish', '=', 'yes'],
      ['ctx-diagnosis-wish', '=', 'not-sure'],
    ]);
  });

  it('falls back to an SDC FHIRPath expression only where enableWhen cannot say the condition', () => {
    const byId = new Map(questionsOf(toFhirQuestionnaire(conditions)).map((i) => [i.linkId, i]));
    const withExpression = [...byId.values()]
      .filter((i) => expressionOf(i) !== undefined)
      .map((i) => i.linkId);
    // not (any of two equals), any inside all, and not includes.
    expect(withExpression).toEqual(['settled', 'mixed', 'not-reading']);
    expect(byId.get('not-tense')).toMatchObject({
      enableBehavior: 'any',
      enableWhen: [{ operator: 'exists', answerBoolean: false }, { operator: '!=' }],
    });
    expect(byId.get('no-answers')).toMatchObject({
      enableBehavior: 'any',
      enableWhen: [
        { operator: 'exists', answerBoolean: false },
        { operator: 'exists', answerBoolean: false },
      ],
    });
    expect(byId.get('bus-pass')!.enableWhen).toEqual([
      { question: 'help-other', operator: '=', answerString: 'the bus' },
    ]);
  });
});

// ---- A tiny evaluator of FHIR display logic, written from the R4 and SDC specifications ----

type FhirAnswers = Map<string, fhir4.QuestionnaireResponseItemAnswer[]>;

const sameAnswer = (a: fhir4.QuestionnaireResponseItemAnswer, rule: FhirEnableWhen) =>
  rule.answerCoding
    ? a.valueCoding?.system === rule.answerCoding.system &&
      a.valueCoding?.code === rule.answerCoding.code
    : a.valueString === rule.answerString;

/** R4 leaves `!=` on a question with no answer open, so the evaluator is run with both readings. */
function enableWhenHolds(
  rule: FhirEnableWhen,
  answers: FhirAnswers,
  unansweredNotEqual: boolean,
): boolean {
  const given = answers.get(rule.question) ?? [];
  if (rule.operator === 'exists') return given.length > 0 === rule.answerBoolean;
  if (given.length === 0) return rule.operator === '!=' ? unansweredNotEqual : false;
  return rule.operator === '='
    ? given.some((a) => sameAnswer(a, rule))
    : given.some((a) => !sameAnswer(a, rule));
}

/** Just the FHIRPath forms our expressions use: parenthesised and/or chains, `.not()` and three leaf shapes. */
function fhirPathHolds(expression: string, answers: FhirAnswers): boolean {
  const text = expression.trim();
  const parts = splitTopLevel(text);
  if (parts.length > 1) {
    const values = parts.filter((_, i) => i % 2 === 0).map((p) => fhirPathHolds(p, answers));
    const ops = new Set(parts.filter((_, i) => i % 2 === 1));
    expect(ops.size).toBe(1);
    return ops.has('and') ? values.every(Boolean) : values.some(Boolean);
  }
  if (text.endsWith('.not()')) return !fhirPathHolds(text.slice(0, -'.not()'.length), answers);
  if (text.startsWith('(') && text.endsWith(')')) return fhirPathHolds(text.slice(1, -1), answers);
  const leaf = /^%resource\.repeat\(item\)\.where\(linkId = '([^']+)'\)\.answer(.*)$/.exec(text);
  if (!leaf) throw new Error(`Unknown FHIRPath: ${text}`);
  const given = answers.get(leaf[1]!) ?? [];
  const rest = leaf[2]!;
  if (rest === '.exists()') return given.length > 0;
  if (rest === '.empty()') return given.length === 0;
  const coding = /^\.value\.where\(system = '([^']+)' and code = '([^']+)'\)\.exists\(\)$/.exec(
    rest,
  );
  if (coding)
    return given.some(
      (a) => a.valueCoding?.system === coding[1] && a.valueCoding?.code === coding[2],
    );
  const string = /^\.where\(value = '([^']*)'\)\.exists\(\)$/.exec(rest);
  if (string) return given.some((a) => a.valueString === string[1]);
  throw new Error(`Unknown FHIRPath leaf: ${rest}`);
}

/** Splits `(a) and (b)` into ['(a)', 'and', '(b)'], ignoring what is inside brackets or quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    const op = depth === 0 ? /^ (and|or) /.exec(text.slice(i)) : null;
    if (op) {
      parts.push(text.slice(start, i), op[1]!);
      i += op[0].length - 1;
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * The questions a FHIR form would enable, in order. As R4 says, a disabled question counts as
 * unanswered, so each question sees only the answers of questions enabled before it.
 */
function fhirEnabled(
  fq: { item: FhirQuestionnaireItem[] },
  q: Questionnaire,
  answers: Answers,
  unansweredNotEqual: boolean,
): string[] {
  const visible: FhirAnswers = new Map();
  const enabled: string[] = [];
  for (const fi of questionsOf(fq)) {
    const expression = expressionOf(fi);
    const rules = fi.enableWhen ?? [];
    const holds = rules.map((r) => enableWhenHolds(r, visible, unansweredNotEqual));
    const on = expression
      ? fhirPathHolds(expression, visible)
      : fi.enableBehavior === 'all'
        ? holds.every(Boolean)
        : holds.length === 0 || holds.some(Boolean);
    if (!on) continue;
    enabled.push(fi.linkId);
    const value = answers[fi.linkId];
    if (value === undefined || value === null) continue;
    const system = fi.answerOption?.[0]?.valueCoding.system;
    visible.set(
      fi.linkId,
      (Array.isArray(value) ? value : [value]).map((v) =>
        system ? { valueCoding: { system, code: v } } : { valueString: v },
      ),
    );
  }
  return enabled;
}

/** Any answer, skip or silence for every item, shown or not, so conditions meet every case. */
function anyAnswers(q: Questionnaire): fc.Arbitrary<Answers> {
  const entries = q.items.map((item) => {
    const values = optionsFor(item).map((o) => o.value);
    const value: fc.Arbitrary<Answers[string] | undefined> =
      item.kind === 'text'
        ? fc.constantFrom('the bus', 'a lift', 'It\'s "hard", isn\'t it?', 'Ça va')
        : item.kind === 'multiple'
          ? fc
              .subarray(values, { minLength: 1 })
              .map((chosen) => values.filter((v) => chosen.includes(v)))
          : fc.constantFrom(...values);
    return fc.tuple(
      fc.constant(item.id),
      fc.oneof(value, fc.constant(null), fc.constant(undefined)),
    );
  });
  return fc
    .tuple(...entries)
    .map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as Answers);
}

describe('display conditions in FHIR', () => {
  it.each(all)('%s: FHIR enables exactly the questions Attune shows, for any answers', (_, q) => {
    const fq = toFhirQuestionnaire(q);
    fc.assert(
      fc.property(anyAnswers(q), (answers) => {
        const ours = shownItems(q, answers).map((i) => i.id);
        expect(fhirEnabled(fq, q, answers, false)).toEqual(ours);
        expect(fhirEnabled(fq, q, answers, true)).toEqual(ours);
      }),
      { numRuns: q === conditions ? 2000 : 200 },
    );
  });

  it('agrees with evaluateCondition on hand-picked cases of equals, any, all and not', () => {
    const fq = toFhirQuestionnaire(conditions);
    const cases: [string, Answers][] = [
      ['headaches', { head: 'yes' }],
      ['headaches', { head: null }],
      ['paperwork', { 'help-with': ['reading', 'money'] }],
      ['paperwork', { 'help-with': ['reading'] }],
      ['steady', { mood: 'calm', head: 'no' }],
      ['steady', { mood: 'calm', head: 'yes' }],
      ['not-tense', { mood: null }],
      ['not-tense', { mood: 'tense' }],
      ['settled', { mood: 'calm' }],
      ['settled', { mood: 'calm', head: 'yes' }],
      ['not-reading', { 'help-with': ['forms'] }],
      ['not-reading', { 'help-with': ['forms', 'reading'] }],
      ['mixed', { mood: 'tense', head: null }],
      ['mixed', { mood: 'tense', head: 'no' }],
    ];
    for (const [id, answers] of cases) {
      const expected = evaluateCondition(
        conditions.items.find((i) => i.id === id)!.showIf!,
        answers,
      );
      expect(
        fhirEnabled(fq, conditions, answers, false).includes(id),
        `${id} with ${JSON.stringify(answers)}`,
      ).toBe(expected);
    }
  });
});

// ---- Round trips through real screenings ----

function roundTrip(
  record: ScreeningRecord,
  q: Questionnaire,
): { response: FhirQuestionnaireResponse; answers: Answers } {
  // Through JSON, as a partner's system would receive it.
  const response = JSON.parse(
    JSON.stringify(toFhirQuestionnaireResponse(record, q)),
  ) as FhirQuestionnaireResponse;
  const back = fromFhirQuestionnaireResponse(response, q);
  if (!back.ok) throw back.error;
  return { response, answers: back.answers };
}

describe('a screening record as a FHIR R4 QuestionnaireResponse', () => {
  it.each(all)(
    '%s: gives back the same answers from a real screening, for any way of answering',
    (_, q) => {
      fc.assert(
        fc.property(picks, (choices) => {
          const record = screen(q, choices);
          expect(roundTrip(record, q).answers).toEqual(record.answers);
        }),
        { numRuns: q.items.length > 40 ? 60 : 200 },
      );
    },
  );

  it('is a completed response to this version, authored when the screening ended, naming no one', () => {
    const record = screen(small, [{ skip: false, pick: 0 }]);
    const response = asR4Response(record, small);
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      questionnaire: `${toFhirQuestionnaire(small).url}|1.0.0`,
      authored: '2026-11-24T09:25:00Z',
    });
    expect(response.subject).toBeUndefined();
    expect(JSON.stringify(response)).not.toMatch(/case-7|25-34/);
  });

  it('keeps a skipped question as asked-declined, leaves out hidden follow-ups, and writes each kind of answer', () => {
    // letters: often; head: no (hides headaches); crisis: skipped; good-at: sport and music.
    const record = screen(small, [
      { skip: false, pick: 2 },
      { skip: false, pick: 1 },
      { skip: true, pick: 0 },
      { skip: false, pick: 3 },
    ]);
    expect(record.answers).toEqual({
      letters: 'often',
      head: 'no',
      crisis: null,
      'good-at': ['sport', 'music'],
    });
    const { response, answers } = roundTrip(record, small);
    const items = flatten<FhirResponseItem>(response.item);
    expect(items.map((i) => i.linkId)).toEqual([
      'section:everyday',
      'letters',
      'head',
      'section:about-you',
      'crisis',
      'good-at',
    ]);
    const byId = new Map(items.map((i) => [i.linkId, i]));
    // Current SDC guidance: a question item always has an answer; "declined" is one.
    expect(byId.get('crisis')!.answer).toEqual([{ valueCoding: DECLINED_CODING }]);
    expect(byId.get('crisis')!.extension).toBeUndefined();
    expect(
      byId.get('good-at')!.answer!.map((a) => [a.valueCoding!.code, a.valueCoding!.display]),
    ).toEqual([
      ['sport', 'Sport'],
      ['music', 'Music'],
    ]);
    expect(answers).toEqual(record.answers);
  });

  it('writes text answers as valueString, exactly as given', () => {
    // mood: angry; head: no; help-with: reading, forms and other; help-other: "the bus", which shows bus-pass.
    const record = screen(conditions, [
      { skip: false, pick: 0b1011 },
      { skip: false, pick: 1 },
    ]);
    expect(record.answers).toMatchObject({
      'help-with': ['reading', 'forms', 'other'],
      'help-other': 'the bus',
    });
    expect('bus-pass' in record.answers).toBe(true);
    const { response, answers } = roundTrip(record, conditions);
    expect(
      flatten<FhirResponseItem>(response.item).find((i) => i.linkId === 'help-other')!.answer,
    ).toEqual([{ valueString: 'the bus' }]);
    expect(answers).toEqual(record.answers);
  });
});

// ---- Bad input ----

describe('reading a QuestionnaireResponse that does not fit', () => {
  const record = screen(small, [{ skip: false, pick: 0 }]);
  const good = () =>
    JSON.parse(
      JSON.stringify(toFhirQuestionnaireResponse(record, small)),
    ) as FhirQuestionnaireResponse;
  const failure = (resource: unknown, q: Questionnaire = small) => {
    const result = fromFhirQuestionnaireResponse(resource, q);
    if (result.ok) throw new Error('expected the response to be rejected');
    expect(result.error).toBeInstanceOf(FhirResponseError);
    return result.error;
  };

  it('rejects a response to another questionnaire, or another version of this one', () => {
    expect(failure(good(), needsScreening)).toMatchObject({
      code: 'different-questionnaire',
      issues: [{ path: ['questionnaire'] }],
    });
    const older = { ...good(), questionnaire: good().questionnaire.replace('|1.0.0', '|0.9.0') };
    const error = failure(older);
    expect(error.code).toBe('different-version');
    expect(error.message).toContain('version 0.9.0');
  });

  it('reads an unversioned canonical as the version it holds, and says so in a warning', () => {
    const unversioned = { ...good(), questionnaire: good().questionnaire.replace('|1.0.0', '') };
    const result = fromFhirQuestionnaireResponse(unversioned, small);
    expect(result).toMatchObject({ ok: true, answers: record.answers });
    expect(result.ok && result.warnings).toEqual([
      expect.stringMatching(/without a version .* read as version 1\.0\.0/),
    ]);
    expect(fromFhirQuestionnaireResponse(good(), small)).toMatchObject({ ok: true, warnings: [] });
  });

  it('explains a response that is not finished instead of calling it invalid', () => {
    const error = failure({ ...good(), status: 'in-progress' });
    expect(error.code).toBe('not-finished');
    expect(error.issues).toEqual([
      { path: ['status'], message: expect.stringMatching(/still in progress.*Finish it/) },
    ]);
    expect(error.message).not.toMatch(/Invalid input/);
    expect(failure({ ...good(), status: 'stopped' }).message).toMatch(/stopped before the end/);
  });

  it('rejects something that is not a completed QuestionnaireResponse, naming the path', () => {
    const error = failure({ resourceType: 'Patient', name: [{ family: 'Smith' }] });
    expect(error.code).toBe('not-a-response');
    expect(error.issues.map((i) => i.path.join('.'))).toContain('resourceType');
    expect(failure({ ...good(), item: [{ text: 'no linkId' }] }).message).toMatch(
      /item\[0\]\.linkId/,
    );
  });

  it('names the path of an unknown linkId', () => {
    const response = good();
    response.item[0]!.item![1]!.linkId = 'shoe-size';
    const error = failure(response);
    expect(error.code).toBe('invalid-answers');
    expect(error.issues).toEqual([
      { path: ['item', 0, 'item', 1, 'linkId'], message: expect.stringContaining('"shoe-size"') },
    ]);
    expect(error.message).toContain('item[0].item[1].linkId');
  });

  it('names the path of a code that is not among the options, or from another system', () => {
    const response = good();
    response.item[0]!.item![0]!.answer![0]!.valueCoding!.code = 'always';
    response.item[1]!.item![1]!.answer![0]!.valueCoding!.system = 'http://snomed.info/sct';
    const error = failure(response);
    expect(error.issues.map((i) => i.path.join('/'))).toEqual([
      'item/0/item/0/answer/0/valueCoding/code',
      'item/1/item/1/answer/0/valueCoding/system',
    ]);
    expect(error.message).toContain('"always" is not an answer "letters" offers');
  });

  it('rejects two answers to a one-answer question, a question answered twice, and a hidden question answered', () => {
    const twice = good();
    twice.item[0]!.item![0]!.answer!.push({ ...twice.item[0]!.item![0]!.answer![0]! });
    expect(failure(twice).issues).toEqual([
      { path: ['item', 0, 'item', 0, 'answer'], message: expect.stringContaining('one answer') },
    ]);

    const repeated = good();
    repeated.item.push({ ...repeated.item[0]! });
    expect(failure(repeated).message).toMatch(/answered twice/);

    // head turned to "no" hides headaches; a response that answers it anyway is not one we made.
    expect(good().item[0]!.item!.map((i) => i.linkId)).toEqual(['letters', 'head', 'headaches']);
    const hidden = good();
    hidden.item[0]!.item![1]!.answer![0]!.valueCoding!.code = 'no';
    expect(failure(hidden).issues).toEqual([
      { path: ['item', 0, 'item', 2, 'linkId'], message: expect.stringContaining('not asked') },
    ]);
  });

  it('rejects a question with no answer unless it is marked declined, and one both declined and answered', () => {
    const empty = good();
    delete empty.item[0]!.item![0]!.answer;
    expect(failure(empty).issues[0]!.path).toEqual(['item', 0, 'item', 0, 'answer']);
    const both = good();
    both.item[0]!.item![0]!.extension = [
      { url: DATA_ABSENT_REASON_EXTENSION, valueCode: 'asked-declined' },
    ];
    expect(failure(both).issues[0]!.path).toEqual(['item', 0, 'item', 0, 'extension']);
  });

  it('will not write a record for another questionnaire, or one with an answer it would not accept', () => {
    expect(() => toFhirQuestionnaireResponse(record, needsScreening)).toThrow(FhirResponseError);
    expect(() =>
      toFhirQuestionnaireResponse(
        { ...record, answers: { ...record.answers, letters: 'always' } },
        small,
      ),
    ).toThrow(/answers\.letters/);
  });
});

describe('FHIR for a partner who files and maps the answers', () => {
  it('adds the host’s subject, author, source and identifier, and nothing of its own', () => {
    const record = screen(small, [{ skip: false, pick: 0 }]);
    const response = toFhirQuestionnaireResponse(record, small, {
      subject: { reference: 'Patient/123' },
      author: { reference: 'Practitioner/9', display: 'Probation practitioner' },
      source: { reference: 'Patient/123' },
      identifier: { system: 'https://example.org/responses', value: 'r-1' },
    });
    expect(response).toMatchObject({
      subject: { reference: 'Patient/123' },
      author: { reference: 'Practitioner/9' },
      source: { reference: 'Patient/123' },
      identifier: { value: 'r-1' },
    });
    const plain = toFhirQuestionnaireResponse(record, small);
    for (const key of ['subject', 'author', 'source', 'identifier'])
      expect(plain).not.toHaveProperty(key);
  });

  it.each(all)(
    '%s: publishes a code system for every code its form uses, with id, version, date and publisher',
    (_, q) => {
      const options = { date: '2026-11-28', publisher: 'Example Probation Service' };
      const fq = toFhirQuestionnaire(q, options);
      expect(fq).toMatchObject({
        id: q.id,
        date: '2026-11-28',
        publisher: 'Example Probation Service',
      });
      const systems = toFhirCodeSystems(q, options);
      const byUrl = new Map(systems.map((s) => [s.url, s]));
      for (const s of systems) {
        expect(s).toMatchObject({ status: 'active', version: q.version, content: 'complete' });
        expect(s.date).toBe('2026-11-28');
        expect(s.publisher).toBe('Example Probation Service');
        // FHIR ids: letters, digits, '-' and '.', at most 64.
        expect(s.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
        expect(s.count).toBe(s.concept.length);
      }
      expect(new Set(systems.map((s) => s.id)).size).toBe(systems.length);
      for (const fi of questionsOf(fq)) {
        for (const coding of [
          ...(fi.code ?? []),
          ...(fi.answerOption ?? []).map((o) => o.valueCoding),
        ]) {
          if (coding.system === DECLINED_CODING.system) continue;
          const concept = byUrl.get(coding.system)?.concept.find((c) => c.code === coding.code);
          expect(concept, `${fi.linkId}: ${coding.system}#${coding.code}`).toBeDefined();
          expect(concept!.display).toBe(coding.display);
        }
      }
    },
  );

  it('still reads a declined question written the older way (no answer, data-absent-reason)', () => {
    const record = screen(small, [
      { skip: false, pick: 2 },
      { skip: false, pick: 1 },
      { skip: true, pick: 0 },
      { skip: false, pick: 3 },
    ]);
    const response = toFhirQuestionnaireResponse(record, small);
    const crisis = flatten<FhirResponseItem>(response.item).find((i) => i.linkId === 'crisis')!;
    delete crisis.answer;
    crisis.extension = [{ url: DATA_ABSENT_REASON_EXTENSION, valueCode: 'asked-declined' }];
    expect(fromFhirQuestionnaireResponse(response, small)).toMatchObject({
      ok: true,
      answers: record.answers,
    });
  });
});
