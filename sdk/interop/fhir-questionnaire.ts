import { MAX_TEXT_LENGTH } from '../questionnaire/answers.js';
import { optionsFor } from '../questionnaire/options.js';
import type { Item, Questionnaire } from '../questionnaire/schema.js';
import {
  DECLINED_CODING,
  EASY_READ_EXTENSION,
  fhirAnswerSystem,
  fhirQuestionnaireUrl,
  fhirQuestionSystem,
  sectionGroups,
  type FhirOptions,
  type FhirPublicationOptions,
} from './fhir-canonical.js';
import { fhirEnableRule } from './fhir-enable-when.js';
import type { FhirElement, FhirQuestionnaire, FhirQuestionnaireItem } from './fhir-types.js';

/** Easy Read wording rides on the `_text` (or `_display`) sibling, beside the plain wording it stands for. */
function easyRead(text: string | undefined, plain: string): { _text?: FhirElement } {
  return text === undefined || text === plain
    ? {}
    : { _text: { extension: [{ url: EASY_READ_EXTENSION, valueString: text }] } };
}

/** A FHIR `name` must start with a capital and hold only letters, digits and underscores. */
export function computerName(id: string): string {
  const name = id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

function question(
  item: Item,
  questionnaire: Questionnaire,
  options: FhirOptions,
): FhirQuestionnaireItem {
  const base: FhirQuestionnaireItem = {
    linkId: item.id,
    // No standard terminology (LOINC, SNOMED CT) has these questions, so each is a code in the
    // questionnaire's own published code system, which a partner can map to its Observations.
    code: [
      { system: fhirQuestionSystem(questionnaire, options), code: item.id, display: item.text },
    ],
    type: item.kind === 'text' ? 'string' : 'choice',
    text: item.text,
    ...easyRead(item.easyRead, item.text),
  };
  if (item.kind === 'text') base.maxLength = MAX_TEXT_LENGTH;
  else {
    if (item.kind === 'multiple') base.repeats = true;
    const system = fhirAnswerSystem(questionnaire, item.id, options);
    base.answerOption = optionsFor(item).map((o) => ({
      valueCoding: {
        system,
        code: o.value,
        display: o.label,
        ...(o.easyRead !== o.label
          ? { _display: { extension: [{ url: EASY_READ_EXTENSION, valueString: o.easyRead }] } }
          : {}),
      },
    }));
    // "Prefer not to say" is an answer the person may give to any question.
    base.answerOption.push({ valueCoding: { ...DECLINED_CODING } });
  }
  return item.showIf ? { ...base, ...fhirEnableRule(item.showIf, questionnaire, options) } : base;
}

/**
 * The questionnaire as a FHIR R4 `Questionnaire`, for NHS and other health systems to store, show
 * or fill in.
 *
 * - `url` is `<base>/Questionnaire/<id>`; `id`, `identifier`, `version`, `title` and `language` come
 *   from the definition; `publisher` (default "Attune") and `date` from the options.
 * - Every question has a `code` in the questionnaire's own code system (`fhirQuestionSystem`),
 *   as none of them has a standard code; `toFhirCodeSystems` gives that system and the answers'.
 * - Each section becomes a `group` item (`linkId` `section:<id>`) holding its questions in order.
 * - A question's `linkId` is our item id. Single choice, yes/no and frequency items are `choice`
 *   items with one `answerOption.valueCoding` per option (`system` per item, `code` = option
 *   value, `display` = label), then HL7's `asked-declined` for "prefer not to say"; multiple
 *   choice adds `repeats: true`; short text is `string`.
 * - Easy Read wording is an `easy-read` extension (see `EASY_READ_EXTENSION`) on `_text`, or on
 *   `_display` for an option, wherever it differs from the plain wording.
 * - Display conditions become `enableWhen`, or the SDC `enableWhenExpression` extension where
 *   `enableWhen` cannot say them exactly (see `fhirEnableRule`); none is dropped.
 *
 * The practitioner's "why we ask" notes, scores and domains are not carried: scoring stays in Attune.
 */
export function toFhirQuestionnaire(
  questionnaire: Questionnaire,
  options: FhirPublicationOptions = {},
): FhirQuestionnaire {
  const url = fhirQuestionnaireUrl(questionnaire, options);
  return {
    resourceType: 'Questionnaire',
    id: questionnaire.id,
    url,
    // The identifier system is the folder of questionnaire URLs, so `system` + `value` rebuild `url`.
    identifier: [{ system: url.slice(0, url.lastIndexOf('/')), value: questionnaire.id }],
    version: questionnaire.version,
    name: computerName(questionnaire.id),
    title: questionnaire.title,
    status: 'active',
    ...(options.date ? { date: options.date } : {}),
    publisher: options.publisher ?? 'Attune',
    language: questionnaire.locale,
    description: questionnaire.intro.text,
    item: sectionGroups(questionnaire).map((group) => ({
      linkId: group.linkId,
      type: 'group',
      text: group.section.title,
      ...easyRead(group.section.easyRead, group.section.title),
      item: group.items.map((item) => question(item, questionnaire, options)),
    })),
  };
}
