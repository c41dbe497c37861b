import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '@attune/sdk/adjustments';
import { practicalSupportSignposting } from '@attune/sdk/questionnaires/practical-support-signposting';
import { citeLabel } from '../../site/integrations/citations.mjs';
import { CITATION, citedIds } from '../../site/integrations/citations.mjs';
import { bibliography } from '../fixtures/sources.js';
import { trainingFolders } from '../fixtures/training-content.js';
import { blocks, FIGURE } from '../fixtures/figures.js';

const content = new URL('../../content/', import.meta.url);
const read = (path: string) =>
  readFileSync(new URL(path, content), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

const lessons = trainingFolders.flatMap((folder) =>
  readdirSync(new URL(`training/${folder}/`, content))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => ({
      folder,
      path: `training/${folder}/${file}`,
      body: read(`training/${folder}/${file}`),
    })),
);
const guidance = readdirSync(new URL('adjustments/', content))
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => ({ path: `adjustments/${file}`, body: read(`adjustments/${file}`) }));
const moduleSources = (folder: string): string[] =>
  JSON.parse(readFileSync(new URL(`training/${folder}/module.json`, content), 'utf8')).sources;

/** Every id a text cites, with `[@a; @b, para 2]` read as a and b. */
const cited = (text: string) =>
  [...text.matchAll(CITATION)].flatMap((m) => citedIds(m[1]!).map((c) => c.id));
const cites = (text: string) => cited(text).length > 0;

// Figures that are not claims about the world: worked examples of a misreading, amounts in a
// practice example, and Attune's own rule for "not enough answers". Each must still be found, so
// the list cannot outlive the text it excuses.
const notClaims = [
  { path: 'training/02-justice-system/2-reading-the-numbers.mdx', text: 'has a 50% chance' },
  {
    path: 'training/05-dyslexia-literacy-numeracy/4-numbers-time-money-and-next-steps.mdx',
    text: 'Pay £5 a week',
  },
  {
    path: 'training/05-dyslexia-literacy-numeracy/4-numbers-time-money-and-next-steps.mdx',
    text: 'This is £20 a week',
  },
  {
    path: 'training/12-screening-and-referral/2-running-the-screening.mdx',
    text: 'fewer than three in five',
  },
  {
    path: 'training/12-screening-and-referral/3-what-the-results-mean.mdx',
    text: 'fewer than three in five',
  },
];

describe('the bibliography (content/sources/)', () => {
  it('has an entry for each source, named by a kebab-case id, with no source entered twice', () => {
    expect(bibliography.size).toBeGreaterThanOrEqual(60);
    for (const id of bibliography.keys()) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const urls = [...bibliography.values()].map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    const titles = [...bibliography.values()].map((e) => e.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('is cited: every entry is cited by a lesson, a module, a guidance page, a questionnaire or the signposting', () => {
    const byWords = [...bibliography]
      .filter(([, e]) =>
        questionnaireCitations.some((c) =>
          e.short
            ? c.text.includes(e.short.replace(/, \d{4}$/, ''))
            : c.text.includes(e.author ?? e.publisher) && c.text.includes(String(e.year)),
        ),
      )
      .map(([id]) => id);
    const used = new Set([
      ...[...lessons, ...guidance].flatMap((d) => cited(d.body)),
      ...trainingFolders.flatMap(moduleSources),
      ...byWords,
      ...practicalSupportSignposting.sources.map((s) => s.id),
    ]);
    expect([...bibliography.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('holds every source the adjustment catalogue names, with the same year', () => {
    const byUrl = new Map([...bibliography].map(([id, e]) => [e.url, { id, ...e }]));
    const missing = catalogue.flatMap((a) =>
      a.sources
        .filter((s) => !s.url || byUrl.get(s.url)?.year !== s.year)
        .map((s) => `${a.id}: ${s.title} (${s.year}) ${s.url ?? 'no URL'}`),
    );
    expect(missing).toEqual([]);
  });
});

// The questionnaires are SDK data that hosts show as they are, so their notes cite in words:
// "(Hastings et al., Cambridge Journal of Evidence-Based Policing, 2021)". Each must still name a
// source in the bibliography, by its short name, or by its authors or publisher and its year.
const questionnaireCitations = readdirSync(new URL('../../sdk/questionnaires/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) =>
    [
      ...readFileSync(
        new URL(`../../sdk/questionnaires/${file}`, import.meta.url),
        'utf8',
      ).matchAll(
        /\((?:[^()"]|\([^()"]*\))*?, (?:[^()"]|\([^()"]*\))*?(?:(?:19|20)\d{2}|section \d+)\)/g,
      ),
    ].map((m) => ({ file, text: m[0] })),
  );

describe('citations in questionnaire notes', () => {
  it('name a source in the bibliography', () => {
    expect(questionnaireCitations.length).toBeGreaterThanOrEqual(5);
    const named = (text: string) =>
      [...bibliography.values()].some((e) =>
        e.short
          ? text.includes(e.short.replace(/, \d{4}$/, ''))
          : text.includes(e.author ?? e.publisher) && text.includes(String(e.year)),
      );
    expect(questionnaireCitations.filter((c) => !named(c.text))).toEqual([]);
    expect(citeLabel({ publisher: 'Home Office', year: 2024 })).toBe('Home Office, 2024');
    // A service's own page often carries no date: it is cited "n.d.", never a made-up year.
    expect(citeLabel({ publisher: 'Samaritans', year: null })).toBe('Samaritans, n.d.');
  });
});

describe('citations in lessons and guidance', () => {
  it('name sources that are in the bibliography', () => {
    const unknown = [...lessons, ...guidance].flatMap((d) =>
      cited(d.body)
        .filter((id) => !bibliography.has(id))
        .map((id) => `${d.path}: [@${id}]`),
    );
    expect(unknown).toEqual([]);
  });

  it('are by id, never by a pasted URL', () => {
    for (const d of [...lessons, ...guidance]) expect(d.body, d.path).not.toMatch(/https?:\/\//);
  });

  it.each(trainingFolders)(
    '%s: module.json lists every source its lessons cite, and only known ones',
    (folder) => {
      const listed = moduleSources(folder);
      expect(listed.filter((id) => !bibliography.has(id))).toEqual([]);
      const used = lessons.filter((l) => l.folder === folder).flatMap((l) => cited(l.body));
      expect([...new Set(used)].filter((id) => !listed.includes(id))).toEqual([]);
    },
  );
});

describe('figures in lessons and guidance', () => {
  const stated = (path: string, text: string) =>
    FIGURE.test(text) && !notClaims.some((n) => n.path === path && text.includes(n.text));

  it('are each stated in a paragraph or list item that cites a source', () => {
    const bare = [...lessons, ...guidance].flatMap(({ path, body }) =>
      blocks(body)
        .filter((b) => b.section !== 'Key points' && stated(path, b.text) && !cites(b.text))
        .map((b) => `${path}: ${b.text.slice(0, 120)}`),
    );
    expect(bare).toEqual([]);
  });

  // "About 1%" in key points repeats "about 1.0%" above: numbers are compared by value.
  const numbers = (text: string) =>
    new Set([...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ''))));
  const repeats = (figure: string, text: string) => {
    const wanted = numbers(figure);
    if (!wanted.size) return text.toLowerCase().includes(figure.toLowerCase());
    const found = numbers(text);
    return [...wanted].every((n) => found.has(n));
  };

  it('in key points repeat a figure the lesson cites above them', () => {
    const unsupported = lessons.flatMap(({ path, body }) => {
      const all = blocks(body);
      const citedText = all
        .filter((b) => b.section !== 'Key points' && cites(b.text))
        .map((b) => b.text)
        .join('\n');
      return all
        .filter((b) => b.section === 'Key points' && stated(path, b.text))
        .flatMap((b) =>
          [...b.text.matchAll(new RegExp(FIGURE.source, 'gi'))]
            .map((m) => m[0])
            .filter((figure) => !repeats(figure, citedText))
            .map((figure) => `${path}: "${figure}" in "${b.text.slice(0, 100)}"`),
        );
    });
    expect(unsupported).toEqual([]);
  });

  it('excuse only figures that are still there', () => {
    for (const n of notClaims) expect(read(n.path), n.path).toContain(n.text);
  });

  it('are found by the figure rule: percentages, rates, counts and amounts, not dates or ages', () => {
    for (const figure of [
      '31% of prisoners',
      '1 in 3',
      'one in twelve',
      'five times the rate',
      '52,540 people',
      '£2.1 million',
      '39 of 240 prisoners',
      '11 studies',
    ])
      expect(figure).toMatch(FIGURE);
    for (const plain of [
      'on 1 October 2020',
      'missed three in two months',
      'aged 18 to 25',
      'lesson 2',
      'at 14:30',
      'in 2022/23 the service',
      'Module 3',
    ])
      expect(plain).not.toMatch(FIGURE);
  });
});
