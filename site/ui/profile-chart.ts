import type { ProfileLevel, ProfileSummary } from '@attune/sdk/screening';
import { h } from './h';
import { Table } from './components/table';

/** One profile to draw: a column heading ("Then, 3 March 2026") when two are side by side. */
export interface ChartProfile {
  heading: string;
  summary: ProfileSummary;
}

// The picture's geometry, in SVG units (CSS pixels at the chart's natural width, 20em). Areas
// read down the page; a strength is drawn to the left of the line, a need to the right.
const WIDTH = 300;
const LINE = 20;
const BAR_ROW = 26;
const GAP = 12;
const SIDE = 32;
const WORDS_GAP = 8;
// Characters on a label line before it wraps: a bold label at 16px in a wide reading font.
const WRAP = 28;

const reach: Record<ProfileLevel, number> = {
  strength: -1,
  none: 0,
  some: 1,
  strong: 2,
  unknown: 0,
};

/** Splits a label into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max = WRAP): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function bar(level: ProfileLevel, axis: number, y: number, id: string) {
  const top = y + 4;
  const height = BAR_ROW - 10;
  const shapes = [];
  if (level === 'unknown')
    shapes.push(
      h('rect', {
        class: 'attune-chart__unknown',
        x: axis,
        y: top,
        width: SIDE * 2,
        height,
      }),
    );
  else if (level === 'none')
    shapes.push(h('circle', { class: 'attune-chart__none', cx: axis, cy: top + height / 2, r: 5 }));
  else {
    const length = SIDE * Math.abs(reach[level]);
    shapes.push(
      h('rect', {
        class: `attune-chart__bar attune-chart__bar--${level}`,
        // A pattern as a presentation attribute: the page's CSP allows no inline styles.
        fill:
          level === 'strong'
            ? undefined
            : `url(#${id}-${level === 'strength' ? 'dots' : 'stripes'})`,
        x: reach[level] < 0 ? axis - length : axis,
        y: top,
        width: length,
        height,
      }),
    );
  }
  // The line between strengths and needs, through every bar.
  shapes.push(
    h('line', { class: 'attune-chart__axis', x1: axis, x2: axis, y1: y, y2: y + BAR_ROW }),
  );
  return shapes;
}

/**
 * The profile picture: every area with its level, strengths to the left of the line and needs to
 * the right, each bar with its level in words, so it reads in black and white, in forced colours
 * and to anyone who does not take in charts. The SVG is hidden from screen readers, who get the
 * same figures from the table beside it. Two profiles (then and now) are drawn one under the
 * other in each area, each with its own words: never as a score that went up or down.
 */
export function ProfileChart({
  profiles,
  caption,
  id,
}: {
  profiles: ChartProfile[];
  caption: string;
  id: string;
}) {
  const two = profiles.length > 1;
  // With two profiles each bar line starts with its column's short name.
  const prefix = two ? 44 : 0;
  const axis = prefix + SIDE;
  const areas = profiles[profiles.length - 1]!.summary.areas;
  const levelOf = (p: ChartProfile, domain: string) =>
    p.summary.areas.find((a) => a.domain === domain);
  let y = 0;
  const rows = areas.map((area) => {
    const lines = wrap(area.label);
    const label = h(
      'text',
      { class: 'attune-chart__label', x: 0, y: y + LINE - 4 },
      lines.map((line, i) => h('tspan', { key: i, x: 0, dy: i === 0 ? 0 : LINE }, line)),
    );
    y += lines.length * LINE;
    const bars = profiles.map((p, i) => {
      const found = levelOf(p, area.domain);
      const top = y;
      y += BAR_ROW;
      return h(
        'g',
        { key: i, 'data-level': found?.level ?? 'absent' },
        two
          ? h(
              'text',
              { class: 'attune-chart__prefix', x: 0, y: top + BAR_ROW - 7 },
              p.heading.split(',')[0],
            )
          : null,
        found ? bar(found.level, axis, top, id) : null,
        h(
          'text',
          { class: 'attune-chart__words', x: axis + SIDE * 2 + WORDS_GAP, y: top + BAR_ROW - 7 },
          found ? found.levelWords : 'Not asked',
        ),
      );
    });
    y += GAP;
    return h('g', { key: area.domain }, label, bars);
  });
  const height = y;
  return h(
    'figure',
    { class: 'attune-chart', 'data-testid': 'profile-chart' },
    h('figcaption', { class: 'govuk-heading-s', id: `${id}-caption` }, caption),
    h(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${WIDTH} ${height}`,
        class: 'attune-chart__svg',
        'aria-hidden': 'true',
        focusable: 'false',
      },
      h(
        'defs',
        {},
        // Patterns, not colour alone: dots for a strength, stripes for some need, solid for clear need.
        h(
          'pattern',
          { id: `${id}-dots`, width: 5, height: 5, patternUnits: 'userSpaceOnUse' },
          h('circle', { class: 'attune-chart__ink', cx: 2.5, cy: 2.5, r: 1.3 }),
        ),
        h(
          'pattern',
          {
            id: `${id}-stripes`,
            width: 5,
            height: 5,
            patternUnits: 'userSpaceOnUse',
            patternTransform: 'rotate(45)',
          },
          h('rect', { class: 'attune-chart__ink', x: 0, y: 0, width: 2, height: 5 }),
        ),
      ),
      rows,
    ),
    // Hidden from sight in a block of its own: a table itself would still widen the page at 320 px.
    h(
      'div',
      { class: 'attune-visually-hidden' },
      h(Table, {
        caption,
        firstCellIsHeader: true,
        attributes: { 'data-testid': 'profile-table' },
        head: [
          { text: 'Area' },
          ...(two ? profiles.map((p) => ({ text: p.heading })) : [{ text: 'What we found' }]),
        ],
        rows: areas.map((area) => [
          { text: area.label },
          ...profiles.map((p) => ({ text: levelOf(p, area.domain)?.levelWords ?? 'Not asked' })),
        ]),
      }),
    ),
  );
}
