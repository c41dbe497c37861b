import { h } from './h';

/**
 * A page's own prose inside a flow (its intro, what finishing means), written in Astro at build
 * time and handed over as HTML: trusted, ours, never built from anything a person typed.
 */
export const Prose = ({ html }: { html?: string }) =>
  html ? h('div', { dangerouslySetInnerHTML: { __html: html } }) : null;
