import { describe, expect, it } from 'vitest';
import { practicalSupport } from '@attune/sdk/questionnaires/practical-support';
import {
  practicalSupportSignposting as signposting,
  SignpostingSchema,
} from '@attune/sdk/questionnaires/practical-support-signposting';
import { bibliography } from '../fixtures/sources.js';

// The SDK cannot import content/, so its signposting carries each source's citation itself. These
// tests hold that copy to the bibliography entry of the same id, so there is one checked record of
// every source, and the sources page lists it with what it supports.

const steps = [...signposting.areas.flatMap((a) => a.next), ...signposting.always];
const byId = new Map(signposting.sources.map((s) => [s.id, s]));

/** UK phone numbers as the steps write them: 0800 138 1111, 0300 123 1999, 116 123. */
const PHONE = /\b(?:0\d{3} ?\d{3} ?\d{4}|0\d{4} ?\d{6}|116 ?\d{3})\b/g;
const digits = (n: string) => n.replace(/\s/g, '');
const phones = (text: string) => [...text.matchAll(PHONE)].map((m) => digits(m[0]));

describe('the signposting’s sources', () => {
  it('are each an entry in the bibliography with the same title, publisher, year, address and check date', () => {
    const differ = signposting.sources.flatMap((s) => {
      const e = bibliography.get(s.id);
      if (!e) return [`${s.id}: no content/sources/${s.id}.json`];
      const cited = {
        title: e.title,
        publisher: e.author ? `${e.author}, ${e.publisher}` : e.publisher,
        year: e.year,
        url: e.url,
        checked: e.checked,
      };
      const { id: _id, ...sdk } = s;
      return JSON.stringify(sdk) === JSON.stringify(cited)
        ? []
        : [`${s.id}: ${JSON.stringify(sdk)}`];
    });
    expect(differ).toEqual([]);
  });

  it('are each used by a step, and every step names only listed sources', () => {
    const used = new Set(steps.flatMap((s) => s.sources));
    expect(signposting.sources.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
    expect([...used].filter((id) => !byId.has(id))).toEqual([]);
  });

  it('were checked on a real date, not in the future of the check', () => {
    for (const s of signposting.sources) {
      expect(Number.isNaN(Date.parse(s.checked)), s.id).toBe(false);
      expect(s.checked <= new Date().toISOString().slice(0, 10), s.id).toBe(true);
    }
  });
});

describe('what to do next', () => {
  it('has, for every area of the check, a next step and at least one checked source', () => {
    const areas = new Map(signposting.areas.map((a) => [a.area, a.next]));
    for (const { id } of practicalSupport.domains) {
      const next = areas.get(id);
      expect(next?.length, id).toBeGreaterThan(0);
      const sourced = next!.flatMap((s) => s.sources).filter((sid) => bibliography.has(sid));
      expect(sourced.length, id).toBeGreaterThan(0);
    }
  });

  it('gives no phone number that a source it cites does not support, word for word', () => {
    const numbers = steps.flatMap((s) => phones(s.easyRead ?? '').concat(phones(s.text)));
    expect(numbers.length).toBeGreaterThanOrEqual(5);
    const unsupported = steps.flatMap((step) =>
      [...phones(step.text), ...phones(step.easyRead ?? '')]
        .filter(
          (n) =>
            !step.sources.some((id) =>
              bibliography.get(id)?.supports.some((line) => phones(line).includes(n)),
            ),
        )
        .map((n) => `${n} in "${step.text.slice(0, 60)}"`),
    );
    expect(unsupported).toEqual([]);
  });

  it('finds a number written in a step, and rejects one no source gives (the check can fail)', () => {
    expect(phones('call 0800 138 1111 or 116 123 or 0300 123 1999')).toEqual([
      '08001381111',
      '116123',
      '03001231999',
    ]);
    const forged = SignpostingSchema.parse({
      ...signposting,
      always: [
        { text: 'Call the made-up line on 0800 000 0000.', sources: ['samaritans-contact'] },
      ],
    });
    const supported = forged.always.every((step) =>
      phones(step.text).every((n) =>
        step.sources.some((id) =>
          bibliography.get(id)?.supports.some((l) => phones(l).includes(n)),
        ),
      ),
    );
    expect(supported).toBe(false);
  });

  it('gives the rehabilitation periods, for adults and under-18s, and points to a tool rather than a date', () => {
    const text = (area: string) =>
      signposting.areas
        .find((a) => a.area === area)!
        .next.map((s) => s.text)
        .join(' ');
    const work = text('work-training');
    expect(work).toMatch(/28 October 2023/);
    expect(work).toMatch(/18 or over[\s\S]*1 year[\s\S]*4 years[\s\S]*7 years/);
    expect(work).toMatch(/under 18[\s\S]*6 months[\s\S]*2 years[\s\S]*3½ years/);
    expect(work).toMatch(/basic DBS check[\s\S]*Standard and enhanced checks[\s\S]*filtered/);
    expect(work).toMatch(/Disclosure Calculator/);
    expect(text('debts')).toMatch(/0800 138 1111/);
    expect(text('bank-account')).toMatch(/Barclays[\s\S]*Virgin Money/);
    expect(text('bank-account')).toMatch(/ask the bank which documents it accepts/);
  });

  it('has an Easy Read line in every area, and each is short', () => {
    for (const a of signposting.areas) {
      const easy = a.next.map((s) => s.easyRead).filter(Boolean) as string[];
      expect(easy.length, a.area).toBeGreaterThan(0);
      for (const line of easy) expect(line.split(/\s+/).length, line).toBeLessThanOrEqual(16);
    }
  });
});
