import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// "No GOV.UK component's markup is written in more than one place in site/": every component in
// site/ui/components is drawn only there (Astro pages render those same components at build
// time). This reads every source file in site/ for their markup outside that folder: a BEM
// element class of theirs (govuk-radios__item, govuk-summary-list__row), or their block class
// in a class attribute (class="govuk-button"). Modifiers (govuk-button--secondary,
// govuk-fieldset__legend--s, passed as `classes`) and a block class in a selector
// (querySelector('.govuk-button')) are not markup; an element class in a selector is counted,
// because a script that reaches into a component's parts is written against its markup. Typography and layout classes (govuk-body, govuk-grid-row, govuk-list) belong
// to no component and are not checked.
const BLOCKS = [
  'radios',
  'checkboxes',
  'date-input',
  'error-summary',
  'error-message',
  'input',
  'textarea',
  'select',
  'password-input',
  'file-upload',
  'label',
  'hint',
  'fieldset',
  'form-group',
  'button',
  'button-group',
  'back-link',
  'warning-text',
  'panel',
  'summary-list',
  'details',
  'notification-banner',
  'table',
  'inset-text',
  'tag',
].join('|');
const MARKUP = new RegExp(
  `govuk-(?:${BLOCKS})__[a-z]+(?:-[a-z]+)*(?![\\w-])` +
    `|\\bclass(?:Name)?\\s*[=:]\\s*[{\`'"][^'"\`]*?\\bgovuk-(?:${BLOCKS})\\b(?!-)`,
  'g',
);

// Files still to move, each with how many such places it has now. The count may only fall:
// a new place, or a file not listed here, fails. Remove a line when its file reaches 0.
// None is left: the cases page, plan reviews and comparisons were the last (issue 13).
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
  it('no other file in site/ writes their markup, and the files still to move write no more of it', () => {
    const grown = [...found]
      .filter(([file, n]) => n > (STILL_TO_MOVE[file] ?? 0))
      .map(([file, n]) => `${file}: ${n} (allowed ${STILL_TO_MOVE[file] ?? 0})`);
    expect(grown).toEqual([]);
  });

  it('the list of files still to move holds no file that has already moved', () => {
    const done = Object.keys(STILL_TO_MOVE).filter((file) => !found.has(file));
    expect(done).toEqual([]);
  });

  it('the check finds such markup where it is written', () => {
    const sample = `h('div', { class: 'govuk-radios govuk-radios--small' }, h('div', { class: 'govuk-radios__item' }))
      <p class="govuk-error-message">x</p>  classes: 'govuk-checkboxes--small'  root.querySelector('.govuk-error-summary')
      <a class="govuk-button govuk-button--secondary" href="/">Go</a>  <input class="govuk-input govuk-input--width-3">
      h('dl', { class: 'govuk-summary-list' })  <dt class="govuk-summary-list__key">  legend: { classes: 'govuk-fieldset__legend--s' }
      <table class="govuk-table"><th class="govuk-table__header govuk-table__header--numeric">  class="govuk-label-wrapper"
      <div class="govuk-body govuk-list govuk-grid-row">  querySelector('.govuk-details__text')
      h('select', { class: 'govuk-select govuk-select--error' })  class="govuk-visually-hidden"`;
    expect(sample.match(MARKUP)).toEqual([
      "class: 'govuk-radios",
      'govuk-radios__item',
      'class="govuk-error-message',
      'class="govuk-button',
      'class="govuk-input',
      "class: 'govuk-summary-list",
      'govuk-summary-list__key',
      'class="govuk-table',
      'govuk-table__header',
      'govuk-details__text',
      "class: 'govuk-select",
    ]);
  });
});
