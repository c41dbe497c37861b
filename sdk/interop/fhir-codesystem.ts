import { optionsFor } from '../questionnaire/options.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import {
  fhirAnswerSystem,
  fhirQuestionSystem,
  type FhirPublicationOptions,
} from './fhir-canonical.js';
import { computerName } from './fhir-questionnaire.js';
import type { FhirCodeSystem, FhirConcept } from './fhir-types.js';

function codeSystem(
  id: string,
  url: string,
  title: string,
  description: string,
  concept: FhirConcept[],
  questionnaire: Questionnaire,
  options: FhirPublicationOptions,
): FhirCodeSystem {
  return {
    resourceType: 'CodeSystem',
    id,
    url,
    version: questionnaire.version,
    name: computerName(id),
    title,
    status: 'active',
    ...(options.date ? { date: options.date } : {}),
    publisher: options.publisher ?? 'Attune',
    description,
    caseSensitive: true,
    content: 'complete',
    count: concept.length,
    concept,
  };
}

/**
 * The code systems a questionnaire's FHIR form uses, for a terminology server or a partner mapping
 * answers to Observations: first the questions (`fhirQuestionSystem`, one code per item id), then
 * one system per choice question holding its options (`fhirAnswerSystem`). Each `id` is
 * `<questionnaire>-questions` or `<questionnaire>-answers-<item>`, which is where the site
 * publishes it: `/fhir/CodeSystem/<id>.json`.
 */
export function toFhirCodeSystems(
  questionnaire: Questionnaire,
  options: FhirPublicationOptions = {},
): FhirCodeSystem[] {
  const questions = codeSystem(
    `${questionnaire.id}-questions`,
    fhirQuestionSystem(questionnaire, options),
    `${questionnaire.title}: questions`,
    `The questions of ${questionnaire.title}, version ${questionnaire.version}. Each code is a question's linkId.`,
    questionnaire.items.map((item) => ({ code: item.id, display: item.text })),
    questionnaire,
    options,
  );
  const answers = questionnaire.items
    .filter((item) => item.kind !== 'text')
    .map((item) =>
      codeSystem(
        `${questionnaire.id}-answers-${item.id}`,
        fhirAnswerSystem(questionnaire, item.id, options),
        `${questionnaire.title}: answers to "${item.text}"`,
        `The answers offered to question ${item.id} of ${questionnaire.title}.`,
        optionsFor(item).map((o) => ({ code: o.value, display: o.label })),
        questionnaire,
        options,
      ),
    );
  return [questions, ...answers];
}
