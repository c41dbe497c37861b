/**
 * The path the site is served under: `/` by default, `/attune/` when built with `base: '/attune/'`
 * or `astro build --base /attune/`. Astro and Vite put it in both page code and browser scripts.
 */
export const base: string = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path inside the site, written from the site's root (`/search/`), as it is served under `base`. */
export const withBase = (path: string): string => `${base}${path.replace(/^\//, '')}`;

/** Every route the site links to, written once. */
export const routes = {
  home: withBase('/'),
  training: withBase('/training/'),
  module: (id: string) => withBase(`/training/${id}/`),
  lesson: (moduleId: string, lessonId: string) => withBase(`/training/${moduleId}/${lessonId}/`),
  certificate: (moduleId?: string) =>
    withBase(moduleId ? `/training/certificate/?module=${moduleId}` : '/training/certificate/'),
  pathwayCertificate: (pathwayId: string) =>
    withBase(`/training/certificate/?pathway=${pathwayId}`),
  trainingTeam: withBase('/training/team/'),
  /** Every module's definition as JSON, fetched by the training list only for its downloads. */
  trainingModules: withBase('/training/modules.json'),
  screening: withBase('/screening/'),
  mentoring: withBase('/mentoring/'),
  cases: withBase('/cases/'),
  adjustments: withBase('/adjustments/'),
  adjustment: (id: string) => withBase(`/adjustments/${id}/`),
  need: (domain: string) => withBase(`/adjustments/needs/${domain}/`),
  setting: (setting: string) => withBase(`/adjustments/settings/${setting}/`),
  search: withBase('/search/'),
  developers: withBase('/developers/'),
  developerGuide: (id: string) => withBase(`/developers/${id}/`),
  evidence: withBase('/evidence/'),
  followUp: withBase('/follow-up/'),
  planReview: withBase('/follow-up/review/'),
  referral: withBase('/follow-up/referral/'),
  passport: withBase('/follow-up/passport/'),
  compareScreenings: withBase('/follow-up/compare/'),
  sources: withBase('/sources/'),
  source: (id: string) => withBase(`/sources/#${id}`),
  privacy: withBase('/privacy/'),
  accessibility: withBase('/accessibility/'),
  schema: (name: string) => withBase(`/schemas/${name}.json`),
  fhir: withBase('/fhir/'),
  fhirQuestionnaire: (id: string) => withBase(`/fhir/Questionnaire/${id}.json`),
  fhirCodeSystem: (id: string) => withBase(`/fhir/CodeSystem/${id}.json`),
} as const;

/** The main sections in the header, in order. */
export const sections = [
  { href: routes.training, label: 'Training' },
  { href: routes.screening, label: 'Screening' },
  { href: routes.mentoring, label: 'Mentoring' },
  { href: routes.cases, label: 'Cases' },
  { href: routes.adjustments, label: 'Adjustments' },
  { href: routes.developers, label: 'Developers' },
  { href: routes.search, label: 'Search' },
] as const;
