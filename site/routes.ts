/** Every route the site links to, written once. */
export const routes = {
  home: '/',
  training: '/training/',
  screening: '/screening/',
  adjustments: '/adjustments/',
  adjustment: (id: string) => `/adjustments/${id}/`,
  need: (domain: string) => `/adjustments/needs/${domain}/`,
  setting: (setting: string) => `/adjustments/settings/${setting}/`,
  search: '/search/',
  developers: '/developers/',
  privacy: '/privacy/',
  accessibility: '/accessibility/',
} as const;

/** The main sections in the header, in order. */
export const sections = [
  { href: routes.screening, label: 'Screening' },
  { href: routes.adjustments, label: 'Adjustments' },
  { href: routes.search, label: 'Search' },
] as const;
