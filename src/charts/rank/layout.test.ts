import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Row } from '../../lib/schemas';
import { blockHeight, textWidth, typeZoom, zoomedSize } from '../shared/text';
import { heightForWidth } from '../types';
import { placeNotes } from '../shared/notes';
import type { Note } from '../types';
import { FONT_SIZE, LINE_HEIGHT, TICK_SIZE, layoutRank, rankNoteAnchors, rankTicks, type RankLayout } from './layout';
import { rankParams, rankRow, type RankParams } from './schema';

const row = (entity: string, edition: string, rank: number, of: number): Row => ({
  id: `${entity}-${edition}`.toLowerCase().replace(/\W+/g, '-'),
  entity,
  edition,
  rank,
  of,
  source: 's',
});

// Synthetic editions: a field that grows, ties at the top, an entity with a gap.
const data: Row[] = [
  row('Alpha', 'Dec 2019', 1, 54), row('Beta', 'Dec 2019', 2, 54), row('Gamma', 'Dec 2019', 3, 54),
  row('Alpha', 'Dec 2021', 1, 62), row('Beta', 'Dec 2021', 2, 62), row('Gamma', 'Dec 2021', 3, 62), row('Delta', 'Dec 2021', 6, 62),
  row('Alpha', 'Jun 2023', 1, 62), row('Beta', 'Jun 2023', 2, 62), row('Delta', 'Jun 2023', 3, 62), row('Gamma', 'Jun 2023', 4, 62), row('Epsilon', 'Jun 2023', 5, 62),
  row('Alpha', 'Sep 2024', 1, 83), row('Beta', 'Sep 2024', 2, 83), row('Zeta', 'Sep 2024', 10, 83), row('Gamma', 'Sep 2024', 3, 83), row('Omega with a rather long country name', 'Sep 2024', 31, 83),
];
const params = (p: Partial<RankParams> = {}): RankParams => ({ edition: 'Sep 2024', highlight: [], ...p });

describe('layoutRank', () => {
  it.each([
    { width: 280, height: 200 },
    { width: 320, height: 260 },
    { width: 390, height: 300 },
    { width: 768, height: 420 },
    { width: 1400, height: 520 },
  ])('labels, ticks and edition names stay inside $width x $height and never overlap', (size) => {
    for (const edition of ['Dec 2019', 'Jun 2023', 'Sep 2024']) {
      const layout = layoutRank(data, params({ edition, highlight: ['Omega with a rather long country name', 'Delta'] }), size);
      const boxes = layout.labels.map((l) => ({
        left: l.x,
        right: l.x + Math.max(...l.lines.map((t) => textWidth(t, l.end ? TICK_SIZE : FONT_SIZE))),
        top: l.top,
        bottom: l.top + blockHeight(l.lines.length, FONT_SIZE, LINE_HEIGHT),
      }));
      const names = layout.editions.filter((e) => e.visible && e.lines.length).map((e) => {
        const w = Math.max(...e.lines.map((t) => textWidth(t, TICK_SIZE)));
        return { left: e.labelX - w / 2, right: e.labelX + w / 2, top: layout.editionY - TICK_SIZE, bottom: layout.editionY - TICK_SIZE + blockHeight(e.lines.length, TICK_SIZE, LINE_HEIGHT) };
      });
      const ticks = layout.ticks.map((t) => ({ left: layout.left - 6 - textWidth(t.label, TICK_SIZE), right: layout.left - 6, top: t.y - 9, bottom: t.y + 9 }));
      const all = [...boxes, ...names, ...ticks];
      for (const b of all) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(size.width);
        expect(b.top).toBeGreaterThanOrEqual(0);
        expect(b.bottom).toBeLessThanOrEqual(size.height);
      }
      all.forEach((a, i) =>
        all.slice(i + 1).forEach((b) => {
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          expect(overlap, `${edition} ${JSON.stringify([a, b])}`).toBe(false);
        }),
      );
      // The current edition is always named.
      expect(layout.editions.find((e) => e.current)!.lines.length).toBeGreaterThan(0);
    }
  });

  it('sweep: labels tidy at every width from 280 to 1400 and every frame height from 200 to 600', () => {
    for (let width = 280; width <= 1400; width += 20) {
      for (let height = 200; height <= 600; height += 40) {
        for (const edition of ['Dec 2019', 'Jun 2023', 'Sep 2024']) {
          const layout = layoutRank(data, params({ edition, highlight: ['Delta', 'Omega with a rather long country name'] }), { width, height });
          const boxes = layout.labels
            .filter((l) => !l.end)
            .map((l) => ({ top: l.top, bottom: l.top + blockHeight(l.lines.length, FONT_SIZE, LINE_HEIGHT), right: layout.labelX + Math.max(...l.lines.map((t) => textWidth(t, FONT_SIZE))) }))
            .sort((a, b) => a.top - b.top);
          for (const b of boxes) expect(b.top >= 0 && b.bottom <= layout.bottom && b.right <= width, `${width}x${height} ${edition}`).toBe(true);
          boxes.slice(1).forEach((b, i) => expect(b.top, `${width}x${height}`).toBeGreaterThanOrEqual(boxes[i]!.bottom));
          const names = layout.editions.filter((e) => e.lines.length).map((e) => ({ e, w: Math.max(...e.lines.map((t) => textWidth(t, TICK_SIZE))) }));
          for (const { e, w } of names) expect(e.labelX - w / 2 >= 0 && e.labelX + w / 2 <= width, `${width}x${height} ${e.name}`).toBe(true);
          names.slice(1).forEach((n, i) => expect(n.e.labelX - n.w / 2, `${width}x${height}`).toBeGreaterThanOrEqual(names[i]!.e.labelX + names[i]!.w / 2));
          expect(layout.editionY - TICK_SIZE + blockHeight(Math.max(1, ...layout.editions.map((e) => e.lines.length)), TICK_SIZE, LINE_HEIGHT)).toBeLessThanOrEqual(height);
          // Each edition's count of countries ranked, under its name, inside the frame and apart.
          const counts = layout.editions.filter((e) => e.lines.length).map((e) => ({ e, w: textWidth(e.count, TICK_SIZE) }));
          expect(layout.editionY + layout.countDy + 4, `${width}x${height}`).toBeLessThanOrEqual(height);
          for (const { e, w } of counts) expect(e.labelX - w / 2 >= 0 && e.labelX + w / 2 <= width, `${width}x${height} ${e.count}`).toBe(true);
          counts.slice(1).forEach((c, i) => expect(c.e.labelX - c.w / 2, `${width}x${height}`).toBeGreaterThanOrEqual(counts[i]!.e.labelX + counts[i]!.w / 2));
        }
      }
    }
  });

  it('shows editions up to the current one and keeps every position', () => {
    const early = layoutRank(data, params({ edition: 'Dec 2021' }), { width: 600, height: 400 });
    const late = layoutRank(data, params(), { width: 600, height: 400 });
    expect(early.editions.map((e) => e.visible)).toEqual([true, true, false, false]);
    expect(early.dots.map((d) => [d.key, d.x, d.y])).toEqual(late.dots.map((d) => [d.key, d.x, d.y]));
    expect(early.dots.filter((d) => d.current).map((d) => d.entity).sort()).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
  });

  it('puts rank 1 at the top, gives each edition a track as long as its field, and dashes gaps', () => {
    const layout = layoutRank(data, params(), { width: 600, height: 400 });
    const y = (key: string) => layout.dots.find((d) => d.key === key)!.y;
    expect(y('Alpha|Sep 2024')).toBeLessThan(y('Beta|Sep 2024'));
    expect(layout.editions[3]!.trackBottom).toBeGreaterThan(layout.editions[0]!.trackBottom);
    const delta = layout.links.filter((l) => l.key.startsWith('Delta'));
    expect(delta.map((l) => l.gap)).toEqual([false]);
    const gamma = layout.links.filter((l) => l.key.startsWith('Gamma'));
    expect(gamma.map((l) => l.gap)).toEqual([false, false, false]);
  });

  it('labels the highlighted entities and the leader by default, with the rank and the field size', () => {
    const layout = layoutRank(data, params({ highlight: ['Omega with a rather long country name'] }), { width: 900, height: 400 });
    expect(layout.labels.filter((l) => !l.end).map((l) => l.lines.join(' ')).sort()).toEqual(['Alpha 1st', 'Omega with a rather long country name 31st of\u00a083']);
    expect(layout.labels.filter((l) => l.end).map((l) => l.lines.join(' ')).sort()).toEqual(['Delta 3rd in 2023', 'Epsilon 5th in 2023']);
    const chosen = layoutRank(data, params({ label: ['Beta'] }), { width: 900, height: 400 });
    expect(chosen.labels.filter((l) => !l.end).map((l) => l.entity)).toEqual(['Beta']);
    expect(layout.dots.find((d) => d.key === 'Zeta|Sep 2024')!.full).toBe('Zeta: 10th of 83 (Sep 2024)');
  });

  it('falls back to the last edition for an unknown one, and copes with one edition or none', () => {
    expect(layoutRank(data, params({ edition: 'nope' }), { width: 400, height: 300 }).editions.at(-1)!.current).toBe(true);
    const one = layoutRank([row('A', '2020', 1, 1)], params({ edition: '2020' }), { width: 280, height: 200 });
    expect(one.dots.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y))).toBe(true);
    expect(layoutRank([], params(), { width: 280, height: 200 }).dots).toEqual([]);
  });
});

/** Every text box a layout draws (labels, edition names and counts, ticks), in its own units. */
function textBoxes(layout: RankLayout) {
  const box = (what: string, left: number, right: number, top: number, bottom: number) => ({ what, left, right, top, bottom });
  return [
    ...layout.labels.map((l) => {
      const size = l.end ? TICK_SIZE : FONT_SIZE;
      return box(l.lines.join(' '), l.x, l.x + Math.max(...l.lines.map((t) => textWidth(t, size))), l.top, l.top + blockHeight(l.lines.length, size, LINE_HEIGHT));
    }),
    ...layout.editions.filter((e) => e.visible && e.lines.length).flatMap((e) => {
      const w = Math.max(...e.lines.map((t) => textWidth(t, TICK_SIZE)), textWidth(e.count, TICK_SIZE));
      const top = layout.editionY - TICK_SIZE;
      return [box(e.name, e.labelX - w / 2, e.labelX + w / 2, top, layout.editionY + layout.countDy + 4)];
    }),
    ...layout.ticks.map((t) => box(t.label, layout.left - 6 - textWidth(t.label, TICK_SIZE), layout.left - 6, t.y - 9, t.y + 9)),
  ];
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through a box. */
function segmentHits(s: { x1: number; y1: number; x2: number; y2: number }, b: { left: number; right: number; top: number; bottom: number }): boolean {
  const a = Math.max(b.left, Math.min(s.x1, s.x2));
  const c = Math.min(b.right, Math.max(s.x1, s.x2));
  if (a > c) return false;
  const at = (x: number) => (s.x1 === s.x2 ? s.y1 : s.y1 + ((s.y2 - s.y1) * (x - s.x1)) / (s.x2 - s.x1));
  return Math.max(at(a), at(c)) > b.top + 1 && Math.min(at(a), at(c)) < b.bottom - 1;
}

/** What is wrong with a layout drawn in a frame of `size` on screen: overlaps, text outside, unnamed lines. */
function problems(layout: RankLayout, size: { width: number; height: number }, zoom: number): string[] {
  const found: string[] = [];
  const { width, height } = zoomedSize(size, zoom);
  const boxes = textBoxes(layout);
  for (const b of boxes) if (b.left < 0 || b.right > width || b.top < 0 || b.bottom > height) found.push(`${b.what} outside the frame`);
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) found.push(`${a.what} overlaps ${b.what}`);
    }),
  );
  for (const l of layout.labels) {
    const b = boxes.find((x) => x.what === l.lines.join(' '))!;
    for (const d of layout.dots.filter((d) => d.visible)) {
      if (d.x + 6 > b.left && d.x - 6 < b.right && d.y + 6 > b.top && d.y - 6 < b.bottom) found.push(`${b.what} over the dot ${d.key}`);
    }
    for (const k of layout.links.filter((k) => k.visible)) if (segmentHits(k, b)) found.push(`${b.what} crossed by the line ${k.key}`);
    // Tied to its line end: beside the dot, or a short leader away.
    if (l.end && (l.anchorY < b.top - 24 || l.anchorY > b.bottom + 24 || b.left - l.anchorX > 14)) found.push(`${b.what} far from its dot`);
    // Chart text stays readable on screen: 12 px on phones, 14 px on a desktop frame.
    const px = (l.end ? TICK_SIZE : FONT_SIZE) * zoom;
    if (px < 12 || (size.width >= 720 && px < 13.99)) found.push(`${b.what} drawn at ${px} px`);
  }
  const named = new Set(layout.labels.map((l) => l.entity));
  for (const d of layout.dots) if (d.visible && !named.has(d.entity)) found.push(`the line of ${d.entity} has no name`);
  return [...new Set(found)];
}

const story = parse(readFileSync('content/charts/outlook-tortoise-ranks.yaml', 'utf8')) as { states: Record<string, { params: unknown; notes?: Note[] }> };
const storyRows = rankRow.array().parse((parse(readFileSync('content/data/outlook-tortoise-ranks.yaml', 'utf8')) as { rows: unknown[] }).rows);

describe('no unnamed line, no overlap', () => {
  const cases = [
    ...Object.entries(story.states).map(([state, s]) => ({ what: `outlook-tortoise-ranks ${state}`, rows: storyRows as Row[], params: rankParams.parse(s.params) })),
    // (Not Sep 2024: there Gamma's line runs between the ends of Delta's and Epsilon's, a case the
    // layout does not solve yet; it would leave them unnamed at the narrowest widths.)
    ...['Dec 2021', 'Jun 2023'].map((edition) => ({
      what: `synthetic ${edition}`,
      rows: data,
      params: params({ edition, highlight: ['Delta'], label: ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Omega with a rather long country name'] }),
    })),
  ];
  it.each(cases)('$what: every drawn line named, nothing overlapping, every 8 px from 280 to 1680 at phone and desktop frame heights', ({ rows, params: p }) => {
    const found: string[] = [];
    for (let width = 280; width <= 1680; width += 8) {
      for (const height of new Set([258, 313, 391, 481, 527, 685, heightForWidth(width)])) {
        const zoom = typeZoom(width);
        const layout = layoutRank(rows, p, zoomedSize({ width, height }, zoom));
        found.push(...problems(layout, { width, height }, zoom).map((m) => `${width}x${height}: ${m}`));
      }
    }
    expect(found.slice(0, 12)).toEqual([]);
  });

  it('keeps "of 83" together where Russia\'s label wraps (a phone read "Russia 31st of / 83")', () => {
    const p = rankParams.parse(story.states['russia31st2024']!.params);
    // Every phone width: wherever the label wraps, "of 83" goes whole to the next line.
    const wrapped = [];
    for (let width = 280; width <= 420; width += 2) {
      const phone = layoutRank(storyRows as Row[], p, zoomedSize({ width, height: 391 }, typeZoom(width)));
      const russia = phone.labels.find((l) => l.entity === 'Russia' && !l.end)!.lines;
      if (russia.length > 1) wrapped.push(`${width}: ${russia.join(' / ')}`);
      expect(russia.some((line) => / of$/.test(line) || line === '83'), `${width}: ${russia.join(' / ')}`).toBe(false);
    }
    expect(wrapped.length).toBeGreaterThan(0);
  });

  // At 1280 px the label read "United Kingdom 4th in / 2023", the year alone under a full line.
  it('balances a wrapped label, leaving no year alone on its last line', () => {
    const p = rankParams.parse(story.states['russia31st2024']!.params);
    for (let width = 280; width <= 1680; width += 8) {
      const layout = layoutRank(storyRows as Row[], p, zoomedSize({ width, height: 527 }, typeZoom(width)));
      for (const l of layout.labels) expect(l.lines.length > 1 && /^\d{4}$/.test(l.lines.at(-1)!), `${width}: ${l.lines.join(' / ')}`).toBe(false);
    }
  });

  it('names the lines that end before the current edition at their last dot, with its year (on a phone where it fits), wrapped or by a short name but never cut, at every width', () => {
    const p = rankParams.parse(story.states['russia31st2024']!.params);
    const wide = layoutRank(storyRows as Row[], p, zoomedSize({ width: 785, height: 527 }, typeZoom(785)));
    const jun2023 = wide.editions.find((e) => e.name === 'Jun 2023')!.x;
    for (const l of wide.labels.filter((l) => l.end)) expect(l.anchorX).toBe(jun2023);
    // The sticky frame is 32 px narrower than a phone (320-959 px wide), about 62% of a desktop.
    const found: string[] = [];
    for (let width = 288; width <= 1040; width += 4) {
      for (const height of [258, 313, 340, 391, 527]) {
        const layout = layoutRank(storyRows as Row[], p, zoomedSize({ width, height }, typeZoom(width)));
        const ends = layout.labels.filter((l) => l.end).map((l) => l.lines.join(' ')).sort();
        // A phone may drop the year, and then name the UK by its short name before wrapping it again.
        const phone = ['Singapore 3rd,United Kingdom 4th', 'Singapore 3rd,UK 4th'];
        if (ends.join() !== 'Singapore 3rd in 2023,United Kingdom 4th in 2023' && (width > 400 || !phone.includes(ends.join()))) found.push(`${width}x${height}: ${ends.join(', ')}`);
        // Every count in one form: a phone had read "of 54, of 62, of 62, 83 ranked".
        if (new Set(layout.editions.map((e) => e.count.startsWith('of '))).size > 1) found.push(`${width}x${height}: counts ${layout.editions.map((e) => e.count).join(', ')}`);
        // The editions are all named, and no name or count is cut.
        for (const e of layout.editions) if (e.lines.join(' ') !== e.name) found.push(`${width}x${height}: ${e.name} drawn "${e.lines.join(' ')}"`);
      }
    }
    expect(found.slice(0, 12)).toEqual([]);
  });
});

describe('rankTicks', () => {
  it.each([
    [2, [1, 2]],
    [83, [1, 2, 5, 10, 20, 50]],
    [150, [1, 2, 5, 10, 20, 50, 100]],
  ])('up to %i', (max, expected) => expect(rankTicks(max)).toEqual(expected));
});

// The Russia note at 1280 sat across the Jun 2023 track and read as that edition's note.
describe('a note beside the current edition', () => {
  it('crosses no other edition\'s track where the columns leave it room (desktop frames)', () => {
    const state = Object.values(story.states).find((s) => s.notes?.length)!;
    for (const size of [{ width: 785, height: 527 }, { width: 1035, height: 685 }]) {
      const zoom = typeZoom(size.width);
      const frame = zoomedSize(size, zoom);
      const layout = layoutRank(storyRows as Row[], rankParams.parse(state.params), frame);
      const { anchors, obstacles } = rankNoteAnchors(layout);
      const [note] = placeNotes(state.notes, anchors, obstacles, frame);
      expect(note, `${size.width}x${size.height}`).toBeDefined();
      for (const e of layout.editions.filter((e) => e.visible && !e.current)) {
        expect(note!.box.x > e.x || note!.box.x + note!.box.width < e.x, `${e.name} at ${size.width}x${size.height}`).toBe(true);
      }
    }
  });
});
