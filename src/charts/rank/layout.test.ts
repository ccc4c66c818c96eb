import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { blockHeight } from '../shared/text';
import { textWidth } from '../shared/text';
import { FONT_SIZE, LINE_HEIGHT, TICK_SIZE, layoutRank, rankTicks } from './layout';
import type { RankParams } from './schema';

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
        left: layout.labelX,
        right: layout.labelX + Math.max(...l.lines.map((t) => textWidth(t, FONT_SIZE * 1.08))),
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
            .map((l) => ({ top: l.top, bottom: l.top + blockHeight(l.lines.length, FONT_SIZE, LINE_HEIGHT), right: layout.labelX + Math.max(...l.lines.map((t) => textWidth(t, FONT_SIZE * 1.08))) }))
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
    expect(layout.labels.map((l) => l.lines.join(' ')).sort()).toEqual(['Alpha 1st', 'Omega with a rather long country name 31st of 83']);
    const chosen = layoutRank(data, params({ label: ['Beta'] }), { width: 900, height: 400 });
    expect(chosen.labels.map((l) => l.entity)).toEqual(['Beta']);
    expect(layout.dots.find((d) => d.key === 'Zeta|Sep 2024')!.full).toBe('Zeta: 10th of 83 (Sep 2024)');
  });

  it('falls back to the last edition for an unknown one, and copes with one edition or none', () => {
    expect(layoutRank(data, params({ edition: 'nope' }), { width: 400, height: 300 }).editions.at(-1)!.current).toBe(true);
    const one = layoutRank([row('A', '2020', 1, 1)], params({ edition: '2020' }), { width: 280, height: 200 });
    expect(one.dots.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y))).toBe(true);
    expect(layoutRank([], params(), { width: 280, height: 200 }).dots).toEqual([]);
  });
});

describe('rankTicks', () => {
  it.each([
    [2, [1, 2]],
    [83, [1, 2, 5, 10, 20, 50]],
    [150, [1, 2, 5, 10, 20, 50, 100]],
  ])('up to %i', (max, expected) => expect(rankTicks(max)).toEqual(expected));
});
