import type { Condition, Item, Questionnaire } from '../questionnaire/schema.js';
import { fhirAnswerSystem, type FhirOptions } from './fhir-canonical.js';
import type { FhirEnableWhen, FhirExtension } from './fhir-types.js';

/** The SDC extension for a display condition written in FHIRPath, used when `enableWhen` cannot say it. */
export const ENABLE_WHEN_EXPRESSION_EXTENSION =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

/** The FHIR form of one display condition: plain `enableWhen` where it is exact, else an expression. */
export interface FhirEnableRule {
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  extension?: FhirExtension[];
}

/** A flat list of `enableWhen` joined one way; one entry reads the same either way. */
interface Junction {
  behaviour: 'all' | 'any';
  parts: FhirEnableWhen[];
}

type ItemLeaf = Extract<Condition, { item: string }>;

/**
 * Maps a display condition to FHIR. R4 `enableWhen` is one flat list joined by `all` or `any`, so:
 *
 * - `{ item, equals }` → `=` with `answerCoding` (or `answerString` for a text item).
 * - `{ item, includes }` → `=` with `answerCoding`; for a repeating question FHIR enables when any answer matches.
 * - `{ item, answered }` → `exists` with `answerBoolean`.
 * - `all` / `any` of those → one list with `enableBehavior` `all` / `any`; nested lists of the same kind are flattened.
 * - `not` is pushed inwards (De Morgan). `not answered` flips `exists`. `not equals` becomes
 *   `any` of "not answered" and `!=`, because R4 leaves `!=` undefined for a question with no
 *   answer, and a skipped question has none.
 *
 * Anything else (an `any` inside an `all` or the reverse, `not includes`) has no exact `enableWhen`
 * form. Rather than drop or weaken it, the whole condition is written as FHIRPath in the SDC
 * `enableWhenExpression` extension, and `enableWhen` is left out, as SDC requires.
 *
 * @throws Error for a domain condition, which a display condition may not hold (`defineQuestionnaire` rejects it).
 */
export function fhirEnableRule(
  condition: Condition,
  questionnaire: Questionnaire,
  options: FhirOptions = {},
): FhirEnableRule {
  const itemOf = (id: string): Item => {
    const item = questionnaire.items.find((i) => i.id === id);
    if (!item) throw new Error(`Display condition refers to unknown item "${id}"`);
    return item;
  };
  const junction = express(condition, false, itemOf, questionnaire, options);
  if (junction) {
    return junction.parts.length === 1
      ? { enableWhen: junction.parts }
      : { enableWhen: junction.parts, enableBehavior: junction.behaviour };
  }
  return {
    extension: [
      {
        url: ENABLE_WHEN_EXPRESSION_EXTENSION,
        valueExpression: {
          language: 'text/fhirpath',
          expression: fhirPathOf(condition, itemOf, questionnaire, options),
        },
      },
    ],
  };
}

function express(
  condition: Condition,
  negated: boolean,
  itemOf: (id: string) => Item,
  questionnaire: Questionnaire,
  options: FhirOptions,
): Junction | null {
  if ('not' in condition) return express(condition.not, !negated, itemOf, questionnaire, options);
  if ('all' in condition || 'any' in condition) {
    const children = 'all' in condition ? condition.all : condition.any;
    // Under a `not`, "all" becomes "any of the opposites" and the reverse.
    const behaviour = 'all' in condition !== negated ? 'all' : 'any';
    const parts: FhirEnableWhen[] = [];
    for (const child of children) {
      const inner = express(child, negated, itemOf, questionnaire, options);
      if (!inner || (inner.parts.length > 1 && inner.behaviour !== behaviour)) return null;
      parts.push(...inner.parts);
    }
    return { behaviour, parts };
  }
  if ('domain' in condition)
    throw new Error(`A display condition cannot depend on a domain level ("${condition.domain}")`);
  return leaf(condition, negated, itemOf(condition.item), questionnaire, options);
}

function leaf(
  condition: ItemLeaf,
  negated: boolean,
  item: Item,
  questionnaire: Questionnaire,
  options: FhirOptions,
): Junction | null {
  const question = condition.item;
  if ('answered' in condition)
    return {
      behaviour: 'all',
      parts: [{ question, operator: 'exists', answerBoolean: condition.answered !== negated }],
    };
  const value = 'equals' in condition ? condition.equals : condition.includes;
  const answer =
    item.kind === 'text'
      ? { answerString: value }
      : {
          answerCoding: { system: fhirAnswerSystem(questionnaire, item.id, options), code: value },
        };
  if (!negated) return { behaviour: 'all', parts: [{ question, operator: '=', ...answer }] };
  // `!=` on a repeating question is true when any one answer differs, which is not "does not include".
  if ('includes' in condition || item.kind === 'multiple') return null;
  return {
    behaviour: 'any',
    parts: [
      { question, operator: 'exists', answerBoolean: false },
      { question, operator: '!=', ...answer },
    ],
  };
}

/** A FHIRPath string literal: quotes and backslashes escaped. */
function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The condition as a FHIRPath expression over the response (`%resource`). Every leaf ends in
 * `exists()` or `empty()`, so each is true or false, never empty, and `not()` stays two-valued.
 */
function fhirPathOf(
  condition: Condition,
  itemOf: (id: string) => Item,
  questionnaire: Questionnaire,
  options: FhirOptions,
): string {
  const recurse = (c: Condition) => fhirPathOf(c, itemOf, questionnaire, options);
  if ('not' in condition) return `(${recurse(condition.not)}).not()`;
  if ('all' in condition) return condition.all.map((c) => `(${recurse(c)})`).join(' and ');
  if ('any' in condition) return condition.any.map((c) => `(${recurse(c)})`).join(' or ');
  if ('domain' in condition)
    throw new Error(`A display condition cannot depend on a domain level ("${condition.domain}")`);
  const item = itemOf(condition.item);
  const answers = `%resource.repeat(item).where(linkId = ${literal(item.id)}).answer`;
  if ('answered' in condition)
    return condition.answered ? `${answers}.exists()` : `${answers}.empty()`;
  const value = 'equals' in condition ? condition.equals : condition.includes;
  if (item.kind === 'text') return `${answers}.where(value = ${literal(value)}).exists()`;
  return `${answers}.value.where(system = ${literal(fhirAnswerSystem(questionnaire, item.id, options))} and code = ${literal(value)}).exists()`;
}
