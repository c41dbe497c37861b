import type { APIRoute, GetStaticPaths } from 'astro';
import { toFhirCodeSystems } from '@attune/sdk/interop/fhir';
import { fhirPublication, fhirQuestionnaires } from '../../../published';

// The questions' and answers' code systems of each published questionnaire, one file each.
export const getStaticPaths = (() =>
  fhirQuestionnaires.flatMap((q) =>
    toFhirCodeSystems(q, fhirPublication).map((system) => ({
      params: { id: system.id },
      props: { system },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.system, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/fhir+json' },
  });
