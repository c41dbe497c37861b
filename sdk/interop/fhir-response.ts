import * as z from 'zod/mini';
import { validateAnswer } from '../questionnaire/answers.js';
import { optionsFor } from '../questionnaire/options.js';
import type { Answers } from '../questionnaire/answer-schema.js';
import { formatPath, type DefinitionIssue, type IssuePath } from '../questionnaire/define.js';
import type { Item, Questionnaire } from '../questionnaire/schema.js';
import { shownItems } from '../questionnaire/visibility.js';
import type { ScreeningRecord } from '../screening/record.js';
import {
  DATA_ABSENT_REASON_EXTENSION,
  DECLINED_CODING,
  fhirAnswerSystem,
  fhirQuestionnaireCanonical,
  fhirQuestionnaireUrl,
  sectionGroups,
  type FhirOptions,
} from './fhir-canonical.js';
import type {
  FhirIdentifier,
  FhirQuestionnaireResponse,
  FhirReference,
  FhirResponseAnswer,
  FhirResponseItem,
} from './fhir-types.js';

/**
 * Why a response was refused: not a response at all, one not finished yet, for another
 * questionnaire or version, or answers that do not fit.
 */
export type FhirResponseErrorCode =
  | 'not-a-response'
  | 'not-finished'
  | 'different-questionnaire'
  | 'different-version'
  | 'invalid-answers';

/**
 * What a host adds to a response so it can file it without patching each one: Attune records
 * name no one, so these come only from the host, which decides what it may share.
 */
export interface FhirResponseOptions extends FhirOptions {
  /** Who the answers are about, e.g. `{ reference: 'Patient/123' }` on the host's FHIR server. */
  subject?: FhirReference;
  /** Who recorded the answers, e.g. the practitioner. */
  author?: FhirReference;
  /** Who gave the answers, e.g. the person themselves. */
  source?: FhirReference;
  /** The host's own identifier for this response. */
  identifier?: FhirIdentifier;
}

/**
 * A response (or record) that does not fit the questionnaire. `issues` names the path of every
 * fault, e.g. `item[2].item[0].answer[0].valueCoding.code`, not just the first.
 */
export class FhirResponseError extends Error {
  readonly code: FhirResponseErrorCode;
  readonly issues: readonly DefinitionIssue[];
  constructor(code: FhirResponseErrorCode, issues: readonly DefinitionIssue[]) {
    super(
      `The QuestionnaireResponse does not fit the questionnaire (${issues.length} ${issues.length === 1 ? 'fault' : 'faults'}):\n` +
        issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}`).join('\n'),
    );
    this.name = 'FhirResponseError';
    this.code = code;
    this.issues = issues;
  }
}

/**
 * What `fromFhirQuestionnaireResponse` gives: the answers, with any warnings about what was
 * assumed to read them, or a typed error. It never throws.
 */
export type FhirImportResult =
  { ok: true; answers: Answers; warnings: string[] } | { ok: false; error: FhirResponseError };

/** FHIR `dateTime` needs seconds when it has a time; our records may leave them out. */
function fhirDateTime(iso: string): string {
  return iso.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?=Z|[+-])/, '$1:00');
}

function answersFor(
  item: Item,
  value: string | string[],
  questionnaire: Questionnaire,
  options: FhirOptions,
): FhirResponseAnswer[] {
  if (item.kind === 'text') return [{ valueString: value as string }];
  const system = fhirAnswerSystem(questionnaire, item.id, options);
  const chosen = Array.isArray(value) ? value : [value];
  // Answers were checked against the options before this, so every code has its label.
  return optionsFor(item)
    .filter((o) => chosen.includes(o.value))
    .map((o) => ({ valueCoding: { system, code: o.value, display: o.label } }));
}

/**
 * A completed screening record as a FHIR R4 `QuestionnaireResponse` (status `completed`), for a
 * health partner's system to take in.
 *
 * - `questionnaire` is the canonical `url|version` of `toFhirQuestionnaire`'s output; `authored` is
 *   the record's completion time.
 * - Items sit in the same section groups as the `Questionnaire`. Only questions shown to the
 *   person appear; one not asked because of an earlier answer is left out, as FHIR expects.
 * - Choice answers are `valueCoding` (one per chosen option), text answers `valueString`.
 * - "Prefer not to say" follows current FHIR (SDC) guidance: a question item always has an
 *   answer, so a declined choice question is answered with HL7's `asked-declined` code
 *   (`DECLINED_CODING`, also among the Questionnaire's options) and stays apart from "not asked".
 *   A declined text question has no value to give, so it is left out, like any unanswered item.
 * - Nothing identifies the person unless the host says so: `subject`, `author`, `source` and
 *   `identifier` appear only when passed in `options`.
 *
 * @throws FhirResponseError if the record is for another questionnaire or version, or holds an
 * answer the questionnaire would not accept.
 */
export function toFhirQuestionnaireResponse(
  record: Pick<ScreeningRecord, 'questionnaire' | 'answers' | 'completedAt'>,
  questionnaire: Questionnaire,
  options: FhirResponseOptions = {},
): FhirQuestionnaireResponse {
  const head = checkQuestionnaire(
    record.questionnaire.id,
    record.questionnaire.version,
    questionnaire,
    ['questionnaire'],
  );
  if (head) throw head;
  const issues: DefinitionIssue[] = [];
  const shown = new Set(shownItems(questionnaire, record.answers).map((i) => i.id));
  for (const [id, value] of Object.entries(record.answers)) {
    const item = questionnaire.items.find((i) => i.id === id);
    if (!item)
      issues.push({
        path: ['answers', id],
        message: `"${id}" is not a question in this questionnaire`,
      });
    else if (!shown.has(id))
      issues.push({
        path: ['answers', id],
        message: `"${id}" is not asked with these answers, so it cannot have one`,
      });
    else if (value !== null) {
      const checked = validateAnswer(item, value);
      if (!checked.ok) issues.push({ path: ['answers', id], message: checked.error.message });
    }
  }
  if (issues.length) throw new FhirResponseError('invalid-answers', issues);

  const groups: FhirResponseItem[] = [];
  for (const group of sectionGroups(questionnaire)) {
    const items: FhirResponseItem[] = [];
    for (const item of group.items) {
      if (!shown.has(item.id) || !(item.id in record.answers)) continue;
      const value = record.answers[item.id];
      if ((value === null || value === undefined) && item.kind === 'text') continue;
      items.push({
        linkId: item.id,
        text: item.text,
        answer:
          value === null || value === undefined
            ? [{ valueCoding: { ...DECLINED_CODING } }]
            : answersFor(item, value, questionnaire, options),
      });
    }
    if (items.length) groups.push({ linkId: group.linkId, text: group.section.title, item: items });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    ...(options.identifier ? { identifier: options.identifier } : {}),
    questionnaire: fhirQuestionnaireCanonical(questionnaire, options),
    status: 'completed',
    ...(options.subject ? { subject: options.subject } : {}),
    ...(record.completedAt ? { authored: fhirDateTime(record.completedAt) } : {}),
    ...(options.author ? { author: options.author } : {}),
    ...(options.source ? { source: options.source } : {}),
    item: groups,
  };
}

function checkQuestionnaire(
  id: string,
  version: string,
  questionnaire: Questionnaire,
  path: IssuePath,
): FhirResponseError | null {
  if (id !== questionnaire.id) {
    return new FhirResponseError('different-questionnaire', [
      { path, message: `This is for questionnaire "${id}", not "${questionnaire.id}"` },
    ]);
  }
  if (version !== questionnaire.version) {
    return new FhirResponseError('different-version', [
      {
        path,
        message: `This is for version ${version} of the questions, and this is version ${questionnaire.version}`,
      },
    ]);
  }
  return null;
}

// Loose on purpose: FHIR resources carry ids, meta, text and extensions we neither need nor reject.
const CodingShape = z.looseObject({ system: z.optional(z.string()), code: z.optional(z.string()) });
const AnswerShape = z.looseObject({
  valueCoding: z.optional(CodingShape),
  valueString: z.optional(z.string()),
});
const ExtensionShape = z.looseObject({ url: z.string(), valueCode: z.optional(z.string()) });
type ItemShape = {
  linkId: string;
  answer?: z.output<typeof AnswerShape>[];
  extension?: z.output<typeof ExtensionShape>[];
  item?: ItemShape[];
};
const ItemShape: z.ZodMiniType<ItemShape> = z.lazy(() =>
  z.looseObject({
    linkId: z.string(),
    answer: z.optional(z.array(AnswerShape)),
    extension: z.optional(z.array(ExtensionShape)),
    item: z.optional(z.array(ItemShape)),
  }),
) as z.ZodMiniType<ItemShape>;
const ResponseShape = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  questionnaire: z.string(),
  status: z.string(),
  item: z.optional(z.array(ItemShape)),
});

/** Why each unfinished status cannot be read back, in words a host can show its user. */
const UNFINISHED: Record<string, string> = {
  'in-progress':
    'This response is still in progress: the answers are not finished, so they cannot be read as a screening. Finish it in the system that made it, then export it again',
  stopped:
    'This response was stopped before the end, so it is not a whole screening. Start a new screening instead',
  'entered-in-error':
    'This response was entered in error and withdrawn by the system that made it, so it is not read',
};

/**
 * Reads the answers back from a FHIR R4 `QuestionnaireResponse` for this questionnaire, in the
 * shape of `ScreeningRecord.answers`: an option value, a list of them, text, or `null` for
 * "prefer not to say" (an item with no answer and `data-absent-reason` `asked-declined`).
 *
 * The response must name this questionnaire's canonical `url|version`, be `completed` or
 * `amended`, and answer only questions this questionnaire asks with those answers, with codes
 * from the item's own code system. Questions may sit in our section groups or at the top level.
 * Every fault is reported with its path; nothing is guessed or dropped.
 */
export function fromFhirQuestionnaireResponse(
  resource: unknown,
  questionnaire: Questionnaire,
  options: FhirOptions = {},
): FhirImportResult {
  const fail = (code: FhirResponseErrorCode, issues: DefinitionIssue[]): FhirImportResult => ({
    ok: false,
    error: new FhirResponseError(code, issues),
  });
  const parsed = ResponseShape.safeParse(resource);
  if (!parsed.success) {
    return fail(
      'not-a-response',
      parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      })),
    );
  }
  const response = parsed.data;
  if (response.status !== 'completed' && response.status !== 'amended') {
    return fail('not-finished', [
      {
        path: ['status'],
        message:
          UNFINISHED[response.status] ??
          `Status "${response.status}" is not one Attune reads: use "completed" or "amended"`,
      },
    ]);
  }
  const warnings: string[] = [];
  const url = fhirQuestionnaireUrl(questionnaire, options);
  const [canonicalUrl, version] = response.questionnaire.split('|');
  // A canonical without a version means "whichever version": read it as the one we hold, and say so.
  if (canonicalUrl === url && version === undefined)
    warnings.push(
      `The response names the questionnaire without a version ("${url}"), so it was read as version ${questionnaire.version}, the version this system holds`,
    );
  const head =
    canonicalUrl !== url
      ? checkQuestionnaire(canonicalUrl ?? '', questionnaire.version, questionnaire, [
          'questionnaire',
        ])
      : checkQuestionnaire(questionnaire.id, version ?? questionnaire.version, questionnaire, [
          'questionnaire',
        ]);
  if (head) return { ok: false, error: head };

  const issues: DefinitionIssue[] = [];
  const add = (path: IssuePath, message: string) => issues.push({ path, message });
  const answers: Answers = {};
  const paths = new Map<string, IssuePath>();
  const groupIds = new Set(sectionGroups(questionnaire).map((g) => g.linkId));

  const visit = (items: readonly ItemShape[], at: IssuePath, inGroup: boolean) => {
    items.forEach((entry, i) => {
      const path = [...at, i];
      if (!inGroup && groupIds.has(entry.linkId)) {
        if (entry.answer?.length) add([...path, 'answer'], 'A section cannot have answers');
        visit(entry.item ?? [], [...path, 'item'], true);
        return;
      }
      const item = questionnaire.items.find((q) => q.id === entry.linkId);
      if (!item)
        return add(
          [...path, 'linkId'],
          `"${entry.linkId}" is not a question in this questionnaire`,
        );
      if (paths.has(item.id))
        return add(
          [...path, 'linkId'],
          `"${item.id}" is answered twice (also at ${formatPath(paths.get(item.id)!)})`,
        );
      paths.set(item.id, path);
      if (entry.item?.length) add([...path, 'item'], 'A question cannot hold other items here');
      const value = readAnswer(item, entry, path, add, questionnaire, options);
      if (value !== undefined) answers[item.id] = value;
    });
  };
  visit(response.item ?? [], ['item'], false);

  // A question the questionnaire would not show for these answers must not carry one. Checked
  // only once the rest is sound, so one bad answer does not also report every follow-up it hides.
  if (issues.length) return fail('invalid-answers', issues);
  const shown = new Set(shownItems(questionnaire, answers).map((i) => i.id));
  for (const [id, path] of paths) {
    if (!shown.has(id) && id in answers)
      add([...path, 'linkId'], `"${id}" is not asked with these answers, so it cannot have one`);
  }
  if (issues.length) return fail('invalid-answers', issues);
  // A completed screening answers or declines every question it asks, and FHIR leaves unanswered
  // items out: so a question asked but absent was declined. Repeat, as a declined answer can
  // change what else is asked.
  for (let round = 0; round <= questionnaire.items.length; round++) {
    const missing = shownItems(questionnaire, answers).filter((i) => !(i.id in answers));
    if (missing.length === 0) break;
    for (const item of missing) answers[item.id] = null;
  }
  return { ok: true, answers, warnings };
}

function readAnswer(
  item: Item,
  entry: ItemShape,
  path: IssuePath,
  add: (path: IssuePath, message: string) => void,
  questionnaire: Questionnaire,
  options: FhirOptions,
): string | string[] | null | undefined {
  const isDeclined = (a: z.output<typeof AnswerShape>) =>
    a.valueCoding?.system === DECLINED_CODING.system &&
    a.valueCoding?.code === DECLINED_CODING.code;
  const given = entry.answer ?? [];
  // The form Attune wrote before 0.2: no answer, and the data-absent-reason extension.
  const markedDeclined = (entry.extension ?? []).some(
    (e) => e.url === DATA_ABSENT_REASON_EXTENSION && e.valueCode === 'asked-declined',
  );
  if (given.length === 0) {
    if (markedDeclined) return null;
    add(
      [...path, 'answer'],
      'Leave out a question with no answer, or answer it with the data-absent-reason code "asked-declined"',
    );
    return undefined;
  }
  if (markedDeclined) {
    add([...path, 'extension'], 'A declined question cannot also have an answer');
    return undefined;
  }
  if (given.some(isDeclined)) {
    if (given.length === 1) return null;
    add([...path, 'answer'], '"asked-declined" cannot be given with other answers');
    return undefined;
  }
  if (item.kind !== 'multiple' && given.length > 1) {
    add([...path, 'answer'], `"${item.id}" takes one answer, not ${given.length}`);
    return undefined;
  }
  const system = fhirAnswerSystem(questionnaire, item.id, options);
  const values: string[] = [];
  let faults = 0;
  given.forEach((answer, j) => {
    const at = [...path, 'answer', j];
    if (item.kind === 'text') {
      if (answer.valueString === undefined)
        return void (faults++, add([...at, 'valueString'], 'A text question needs valueString'));
      return void values.push(answer.valueString);
    }
    const coding = answer.valueCoding;
    if (!coding)
      return void (faults++, add([...at, 'valueCoding'], 'A choice question needs valueCoding'));
    if (coding.system !== system)
      return void (faults++, add([...at, 'valueCoding', 'system'], `Use the system "${system}"`));
    if (!optionsFor(item).some((o) => o.value === coding.code)) {
      return void (
        faults++,
        add(
          [...at, 'valueCoding', 'code'],
          `"${coding.code ?? ''}" is not an answer "${item.id}" offers`,
        )
      );
    }
    values.push(coding.code!);
  });
  if (faults) return undefined;
  const value = item.kind === 'multiple' ? values : values[0]!;
  if (item.kind === 'multiple' && new Set(values).size !== values.length) {
    add([...path, 'answer'], 'The same answer is given twice');
    return undefined;
  }
  const checked = validateAnswer(item, value);
  if (!checked.ok) {
    add([...path, 'answer'], checked.error.message);
    return undefined;
  }
  return checked.value;
}
