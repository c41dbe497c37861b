import type { Item, Questionnaire, Section } from '../questionnaire/schema.js';

/**
 * The default base of Attune's FHIR canonical URLs. An organisation that publishes the site sets
 * its own address once (the site's `site` and `base`, which it passes here as `base`); a host that
 * republishes the questionnaires under its own FHIR server passes its own `base`.
 */
export const ATTUNE_FHIR_BASE = 'https://attune.example.org/fhir';

/** Marks Easy Read wording on a `_text` or `_display` element; its value is the Easy Read text. */
export const EASY_READ_EXTENSION = `${ATTUNE_FHIR_BASE}/StructureDefinition/easy-read`;

/**
 * FHIR's own extension for a missing value. Responses from Attune before 0.2 marked "prefer not to
 * say" with it on an item with no answer; they are still read.
 */
export const DATA_ABSENT_REASON_EXTENSION =
  'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

/**
 * "Prefer not to say" as an explicit answer: HL7's data-absent-reason code `asked-declined`.
 * Current FHIR guidance is that a question item carries at least one answer, so a declined
 * question is answered with this code rather than left empty, and stays apart from "not asked".
 */
export const DECLINED_CODING = {
  system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  code: 'asked-declined',
  display: 'Asked But Declined',
} as const;

/** Options shared by every FHIR function, so a questionnaire and its responses agree on URLs. */
export interface FhirOptions {
  /** Base of the canonical URLs, without a trailing slash needed. Defaults to `ATTUNE_FHIR_BASE`. */
  base?: string;
}

/** What a published resource says about itself. */
export interface FhirPublicationOptions extends FhirOptions {
  /** Who publishes it; defaults to `"Attune"`. */
  publisher?: string;
  /** When it was published or last changed, as a FHIR `dateTime` (e.g. `2026-11-28`). */
  date?: string;
}

const baseOf = (options: FhirOptions) => (options.base ?? ATTUNE_FHIR_BASE).replace(/\/+$/, '');

/** The code system of a questionnaire's questions, e.g. `https://…/fhir/CodeSystem/attune-needs-screening-questions`. */
export function fhirQuestionSystem(
  questionnaire: Pick<Questionnaire, 'id'>,
  options: FhirOptions = {},
): string {
  return `${baseOf(options)}/CodeSystem/${questionnaire.id}-questions`;
}

/** The questionnaire's canonical URL, e.g. `https://…/fhir/Questionnaire/attune-needs-screening`. */
export function fhirQuestionnaireUrl(
  questionnaire: Pick<Questionnaire, 'id'>,
  options: FhirOptions = {},
): string {
  return `${baseOf(options)}/Questionnaire/${questionnaire.id}`;
}

/** The canonical reference a response carries: `url|version`, as R4 writes a versioned canonical. */
export function fhirQuestionnaireCanonical(
  questionnaire: Pick<Questionnaire, 'id' | 'version'>,
  options: FhirOptions = {},
): string {
  return `${fhirQuestionnaireUrl(questionnaire, options)}|${questionnaire.version}`;
}

/**
 * The code system of one item's answers. One system per item, because the same value means
 * different things in different questions ("not-sure", "other"), and a code must mean one thing.
 */
export function fhirAnswerSystem(
  questionnaire: Pick<Questionnaire, 'id'>,
  itemId: string,
  options: FhirOptions = {},
): string {
  return `${fhirQuestionnaireUrl(questionnaire, options)}/answers/${itemId}`;
}

/** A section's items as FHIR groups them: one group per unbroken run of items in one section. */
export interface SectionGroup {
  /** `section:<id>`, or `section:<id>:<n>` for a later run; the colon keeps it apart from item ids. */
  readonly linkId: string;
  readonly section: Section;
  readonly items: readonly Item[];
}

/** Groups items by section in questionnaire order, so item order (and "conditions look back") holds. */
export function sectionGroups(questionnaire: Questionnaire): SectionGroup[] {
  const groups: { linkId: string; section: Section; items: Item[] }[] = [];
  const runs = new Map<string, number>();
  for (const item of questionnaire.items) {
    const last = groups[groups.length - 1];
    if (last && last.section.id === item.section) {
      last.items.push(item);
      continue;
    }
    const run = (runs.get(item.section) ?? 0) + 1;
    runs.set(item.section, run);
    const section = questionnaire.sections.find((s) => s.id === item.section) ?? {
      id: item.section,
      title: item.section,
    };
    groups.push({
      linkId: run === 1 ? `section:${item.section}` : `section:${item.section}:${run}`,
      section,
      items: [item],
    });
  }
  return groups;
}
