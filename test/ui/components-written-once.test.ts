import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// "No GOV.UK component's markup is written in more than one place in site/": the radios,
// checkboxes, date input, error summary and error message are drawn only by site/ui/components
// (Astro pages render those same components). This reads every source file in site/ for their
// markup outside that folder: a BEM element class of theirs (govuk-radios__item and the like),
// or their block class in a class attribute. Modifiers (govuk-radios--small, passed as
// `classes`) and selectors (querySelector('.govuk-error-summary')) are not markup.
const MARKUP =
  /govuk-(?:radios|checkboxes|date-input|error-summary)__[a-z]+|\bclass(?:Name)?\s*[=:]\s*[{`'"][^'"`]*?\bgovuk-(?:radios|checkboxes|date-input|error-summary|error-message)\b(?!-)/g;

// Views still to move, each with how many such places it has now. The count may only fall:
// a new place, or a file not listed here, fails. Remove a line when its file reaches 0.
// None is left: the cases page, /evidence/ and the old intro were the last (issue 13).
const STILL_TO_MOVE: Record<string, number> = {};

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|tsx|astro|mjs|js)$/.test(name)) yield path;
  }
}

const found = new Map<string, number>();
for (const file of sources('site')) {
  if (file.startsWith(join('site', 'ui', 'components'))) continue;
  const n = readFileSync(file, 'utf8').match(MARKUP)?.length ?? 0;
  if (n) found.set(file.split('\\').join('/'), n);
}

describe('GOV.UK components are written once, in site/ui/components', () => {
  it('no other file in site/ writes their markup, and the views still to move write no more of it', () => {
    const grown = [...found]
      .filter(([file, n]) => n > (STILL_TO_MOVE[file] ?? 0))
      .map(([file, n]) => `${file}: ${n} (allowed ${STILL_TO_MOVE[file] ?? 0})`);
    expect(grown).toEqual([]);
  });

  it('the check finds such markup where it is written', () => {
    const sample = `h('div', { class: 'govuk-radios govuk-radios--small' }, h('div', { class: 'govuk-radios__item' }))
      <p class="govuk-error-message">x</p>  classes: 'govuk-checkboxes--small'  root.querySelector('.govuk-error-summary')`;
    expect(sample.match(MARKUP)).toEqual([
      "class: 'govuk-radios",
      'govuk-radios__item',
      'class="govuk-error-message',
    ]);
  });
});
