import { describe, expect, it } from 'vitest';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { PASSPORT_PARTS } from '@attune/sdk/follow-up';
import map from '../../site/flows/screening/pictures.json';
import messages from '../../site/ui/messages/en-GB.json';
import { hasIcon, iconSvg, usedIcons } from '../../site/flows/screening/picture-files';

const pictures: Record<string, { icon: string; alt: string } | null> = map.pictures;
const q = needsScreening;

describe('the Easy Read pictures', () => {
  it('decides for every question: a picture, or none on purpose', () => {
    const missing = q.items.map((i) => i.id).filter((id) => !(id in pictures));
    expect(missing).toEqual([]);
  });

  it('gives no picture where one would mislead or upset: safeguarding, sensitive questions, head injury', () => {
    const pictured = q.items
      .filter((i) => i.safeguarding || i.sensitive || i.section === 'head-energy')
      .filter((i) => i.id !== 'hi-headaches' && i.id !== 'hi-tired' && i.id !== 'hi-memory')
      .filter((i) => i.id !== 'hi-mood')
      .map((i) => i.id)
      .filter((id) => pictures[id] || Object.keys(pictures).some((k) => k.startsWith(`${id}=`)));
    expect(pictured).toEqual([]);
  });

  it('names only questions, answers, areas, lines and passport parts that exist', () => {
    const areas = new Set(q.domains.map((d) => d.id));
    const parts = new Set<string>(PASSPORT_PARTS.map((p) => p.id));
    const lines = new Set([
      'change',
      ...messages.screening.found.nextSteps.map((_, i) => `next-${i}`),
      // The line added when the person wants an assessment.
      `next-${messages.screening.found.nextSteps.length}`,
    ]);
    const unknown = Object.keys(pictures).filter((key) => {
      if (key.startsWith('area:')) return !areas.has(key.slice(5));
      if (key.startsWith('found:')) return !lines.has(key.slice(6));
      if (key.startsWith('passport:')) return !parts.has(key.slice(9));
      const [id, answer] = key.split('=');
      const item = q.items.find((i) => i.id === id);
      if (!item) return true;
      return answer !== undefined && !item.options?.some((o) => o.value === answer);
    });
    expect(unknown).toEqual([]);
    // Every area has a picture, for the person's page.
    expect([...areas].filter((a) => !pictures[`area:${a}`])).toEqual([]);
    // Every heading of the person's passport has one too, so it reads like the screening did.
    expect([...parts].filter((p) => !pictures[`passport:${p}`])).toEqual([]);
  });

  it('uses only icons the OpenMoji set has, each with alt text in plain words', () => {
    for (const [key, p] of Object.entries(pictures)) {
      if (!p) continue;
      expect(hasIcon(p.icon), `${key}: ${p.icon}`).toBe(true);
      expect(p.alt, key).toMatch(/^[A-Z][a-z]* .{2,60}$/);
    }
  });

  it('writes each used icon as an SVG file that credits OpenMoji and its licence', () => {
    const icons = usedIcons();
    expect(icons.length).toBeGreaterThan(30);
    for (const icon of icons) {
      const svg = iconSvg(icon);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain('CC BY-SA 4.0');
      // Images, not script: nothing in them runs.
      expect(svg).not.toMatch(/<script|on\w+=/i);
    }
  });
});
