/** Every route the site links to, written once. */
export const routes = {
  home: '/',
  training: '/training/',
  module: (id: string) => `/training/${id}/`,
  lesson: (moduleId: string, lessonId: string) => `/training/${moduleId}/${lessonId}/`,
  certificate: (moduleId?: string) =>
    moduleId ? `/training/certificate/?module=${moduleId}` : '/training/certificate/',
  screening: '/screening/',
  mentoring: '/mentoring/',
  adjustments: '/adjustments/',
  adjustment: (id: string) => `/adjustments/${id}/`,
  need: (domain: string) => `/adjustments/needs/${domain}/`,
  setting: (setting: string) => `/adjustments/settings/${setting}/`,
  search: '/search/',
  developers: '/developers/',
  evidence: '/evidence/',
  privacy: '/privacy/',
  accessibility: '/accessibility/',
} as const;

/** The main sections in the header, in order. */
export const sections = [
  { href: routes.training, label: 'Training' },
  { href: routes.screening, label: 'Screening' },
  { href: routes.mentoring, label: 'Mentoring' },
  { href: routes.adjustments, label: 'Adjustments' },
  { href: routes.developers, label: 'Developers' },
  { href: routes.search, label: 'Search' },
] as const;
