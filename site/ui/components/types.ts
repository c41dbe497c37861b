import type { ComponentChildren } from 'preact';

// The parameters below follow govuk-frontend's Nunjucks macros (same names, same meaning), so
// its documentation is ours. Where a macro takes `html`, ours takes nodes in `text`: no view
// ever hands a string to be parsed as markup.

/** Extra attributes for an element, as the macros' `attributes` parameter. */
export type Attributes = Record<string, string | number | boolean | undefined>;

export interface HintParams {
  id?: string;
  text: ComponentChildren;
  classes?: string;
}

export interface ErrorMessageParams {
  id?: string;
  text: ComponentChildren;
  classes?: string;
  visuallyHiddenText?: string;
}

export interface LabelParams {
  text: ComponentChildren;
  for?: string;
  classes?: string;
  isPageHeading?: boolean;
  /** Not in the macro: a caption read as part of the label (a question's place in the run). */
  caption?: ComponentChildren;
}

export interface LegendParams {
  text: ComponentChildren;
  classes?: string;
  isPageHeading?: boolean;
  /**
   * Not in the macro (where an h2 legend is passed as html): the legend holds a heading of this
   * level, for a question inside a page that has its own h1 (a training module's check).
   */
  headingLevel?: 2 | 3;
  /** Not in the macro: a caption inside the legend, so screen readers read it with the question. */
  caption?: ComponentChildren;
}

export interface FieldsetParams {
  describedBy?: string;
  legend?: LegendParams;
  classes?: string;
  role?: string;
  attributes?: Attributes;
}

export interface FormGroupParams {
  classes?: string;
  attributes?: Attributes;
}
