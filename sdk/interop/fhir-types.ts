/**
 * The small part of FHIR R4 that Attune writes and reads, declared here rather than imported from
 * `@types/fhir`: the published package then needs no type dependency, and a host with its own FHIR
 * types can still assign these to them. The tests check every interface here is assignable to the
 * matching `fhir4.*` type, so the names and shapes cannot drift from R4.
 *
 * @module
 */

/** R4 `Element`: what every complex element and primitive's `_` sibling may carry. */
export interface FhirElement {
  extension?: FhirExtension[];
}

/** R4 `Expression`, as used by the SDC `enableWhenExpression` extension. */
export interface FhirExpression {
  language: 'text/fhirpath';
  expression: string;
  description?: string;
}

/** R4 `Extension` with the three value types Attune uses. */
export interface FhirExtension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueExpression?: FhirExpression;
}

/** R4 `Coding`. `_display` carries the Easy Read wording of an answer option. */
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
  _display?: FhirElement;
}

/** R4 `Identifier`. */
export interface FhirIdentifier {
  system: string;
  value: string;
}

/** R4 `Questionnaire.item.enableWhen`, limited to the operators and answer types Attune produces. */
export interface FhirEnableWhen {
  question: string;
  operator: 'exists' | '=' | '!=';
  answerBoolean?: boolean;
  answerString?: string;
  answerCoding?: FhirCoding;
}

/** R4 `Questionnaire.item.answerOption`, always a coding here. */
export interface FhirAnswerOption {
  valueCoding: FhirCoding;
}

/** R4 `Reference`: to a resource on the host's server, or by identifier, with text for people. */
export interface FhirReference {
  reference?: string;
  type?: string;
  identifier?: FhirIdentifier;
  display?: string;
}

/** R4 `Questionnaire.item`: a section (`group`) or a question (`choice` or `string`). */
export interface FhirQuestionnaireItem {
  linkId: string;
  /** The question as a concept, so answers can become Observations. */
  code?: FhirCoding[];
  type: 'group' | 'choice' | 'string';
  text: string;
  /** Carries the Easy Read wording of `text` (see `EASY_READ_EXTENSION`). */
  _text?: FhirElement;
  repeats?: boolean;
  maxLength?: number;
  answerOption?: FhirAnswerOption[];
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  extension?: FhirExtension[];
  item?: FhirQuestionnaireItem[];
}

/** R4 `Questionnaire`. */
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  identifier: FhirIdentifier[];
  version: string;
  name: string;
  title: string;
  status: 'active';
  date?: string;
  publisher: string;
  language: string;
  description: string;
  item: FhirQuestionnaireItem[];
}

/** R4 `QuestionnaireResponse.item.answer`. */
export interface FhirResponseAnswer {
  valueCoding?: FhirCoding;
  valueString?: string;
}

/** R4 `QuestionnaireResponse.item`: a section holding questions, or a question with its answers. */
export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer?: FhirResponseAnswer[];
  extension?: FhirExtension[];
  item?: FhirResponseItem[];
}

/**
 * R4 `QuestionnaireResponse`. Attune records never identify the person: `subject`, `author`,
 * `source` and `identifier` are present only when the host passes its own.
 */
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  identifier?: FhirIdentifier;
  /** Canonical reference `url|version` to the questionnaire answered. */
  questionnaire: string;
  status: 'completed';
  subject?: FhirReference;
  authored?: string;
  author?: FhirReference;
  source?: FhirReference;
  item: FhirResponseItem[];
}

/** R4 `CodeSystem.concept`. */
export interface FhirConcept {
  code: string;
  display: string;
  definition?: string;
}

/** R4 `CodeSystem`, as Attune publishes one: complete, with every code it can use. */
export interface FhirCodeSystem {
  resourceType: 'CodeSystem';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  date?: string;
  publisher: string;
  description: string;
  caseSensitive: true;
  content: 'complete';
  count: number;
  concept: FhirConcept[];
}
