import type { APIRoute, GetStaticPaths } from 'astro';
import { toFhirQuestionnaire } from '@attune/sdk/interop/fhir';
import { fhirPublication, fhirQuestionnaires } from '../../../published';

// Each built-in questionnaire as a FHIR R4 Questionnaire, exactly as `toFhirQuestionnaire` gives
// it to a host, with the site's own canonical base, publisher and date.
export const getStaticPaths = (() =>
  fhirQuestionnaires.map((q) => ({ params: { id: q.id }, props: { q } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(toFhirQuestionnaire(props.q, fhirPublication), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/fhir+json' },
  });
