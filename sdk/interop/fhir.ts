/**
 * FHIR R4 for health partners: a questionnaire as a `Questionnaire`, a screening record as a
 * `QuestionnaireResponse`, and answers read back from one. A subpath of its own
 * (`@attune/sdk/interop/fhir`), so a host that wants only the JSON Schemas does not load it.
 *
 * @module
 */
export { toFhirQuestionnaire } from './fhir-questionnaire.js';
export { toFhirCodeSystems } from './fhir-codesystem.js';
export {
  toFhirQuestionnaireResponse,
  fromFhirQuestionnaireResponse,
  FhirResponseError,
} from './fhir-response.js';
export type {
  FhirImportResult,
  FhirResponseErrorCode,
  FhirResponseOptions,
} from './fhir-response.js';
export { fhirEnableRule, ENABLE_WHEN_EXPRESSION_EXTENSION } from './fhir-enable-when.js';
export type { FhirEnableRule } from './fhir-enable-when.js';
export {
  ATTUNE_FHIR_BASE,
  DATA_ABSENT_REASON_EXTENSION,
  DECLINED_CODING,
  EASY_READ_EXTENSION,
  fhirAnswerSystem,
  fhirQuestionnaireCanonical,
  fhirQuestionnaireUrl,
  fhirQuestionSystem,
  sectionGroups,
} from './fhir-canonical.js';
export type { FhirOptions, FhirPublicationOptions, SectionGroup } from './fhir-canonical.js';
export type * from './fhir-types.js';
