import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { blockHeight, TEXT_BOX_EM } from '../shared/text';
import { textWidth } from '../shared/text';
import { readContent } from '../../../tests/content/support/readContent';
import { buildStory } from '../../lib/story';
import { layoutWithNotes } from '../shared/notes';
import { typeZoom, zoomedSize } from '../shared/text';
import { barsNoteAnchors, layoutBars, UNREPORTED_INSET, type BarsLayout } from './layout';
import type { BarsParams } from './schema';

const rows = (values: number[], label = (i: number) => `Country number ${i}`): Row[] =>
  values.map((value, i) => ({ id: `r${i}`, label: label(i), value, source: 's' }));
const params = (p: Partial<BarsParams> = {}): BarsParams => ({ highlight: [], sort: 'value', ...p });

/** Every printed box (labels and values) in absolute coordinates. */
function boxes(layout: BarsLayout) {
  return layout.bars
    .filter((b) => b.visible)
    .flatMap((b) => {
      const lw = b.lines.length ? Math.max(...b.lines.map((l) => textWidth(l, layout.fontSize * 1.08))) : 0;
      const lx = layout.labelAnchor === 'end' ? b.labelX - lw : b.labelX;
      const label = b.lines.length
        ? [{ left: lx, right: lx + lw, top: b.y + b.labelY, bottom: b.y + b.labelY + blockHeight(b.lines.length, layout.fontSize, layout.lineHeight) }]
        : [];
      const w = textWidth(b.valueText, layout.fontSize * 1.08);
      const vx = b.valueAnchor === 'start' ? b.valueX : b.valueX - w;
      const h = (layout.fontSize * TEXT_BOX_EM) / 2;
      const value = layout.values ? [{ left: vx, right: vx + w, top: b.y + b.valueY - h, bottom: b.y + b.valueY + h }] : [];
      return [...label, ...value];
    });
}

const overlaps = (a: ReturnType<typeof boxes>[number], b: ReturnType<typeof boxes>[number]) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

describe('layoutBars', () => {
  const data = rows([171, 43, 40, 40, 5], (i) => ['United States', 'Japan', 'China', 'Germany', 'Russian Federation (the country with a very long name)'][i]!);

  it.each([
    { width: 280, height: 200 },
    { width: 320, height: 260 },
    { width: 390, height: 300 },
    { width: 768, height: 420 },
    { width: 1400, height: 520 },
    { width: 280, height: 200, n: 12 },
    { width: 1400, height: 200, n: 24 },
  ])('labels and values stay inside $width x $height and never overlap (n=$n)', ({ n, ...size }) => {
    const input = n ? rows(Array.from({ length: n }, (_, i) => (i * 37) % 100)) : data;
    const layout = layoutBars(input, params({ highlight: ['r4'] }), size);
    const all = boxes(layout);
    for (const box of all) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(size.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(size.height);
    }
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false)));
    for (const bar of layout.bars) {
      expect(layout.zeroX + bar.width).toBeLessThanOrEqual(size.width);
      expect(bar.y + bar.barY + bar.barHeight).toBeLessThanOrEqual(size.height);
    }
  });

  it('sweep: tidy at every width from 280 to 1400 and every frame height from 200 to 600', () => {
    for (let width = 280; width <= 1400; width += 20) {
      for (let height = 200; height <= 600; height += 40) {
        for (const input of [data, rows([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])]) {
          const all = boxes(layoutBars(input, params({ highlight: ['r4'], suffix: ' systems' }), { width, height }));
          for (const b of all) expect(b.left >= 0 && b.right <= width && b.top >= 0 && b.bottom <= height, `${width}x${height}`).toBe(true);
          all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${width}x${height}`).toBe(false)));
        }
      }
    }
  });

  it('puts labels above the bars on a phone and beside them on a desktop', () => {
    expect(layoutBars(data, params(), { width: 360, height: 320 }).mode).toBe('above');
    expect(layoutBars(data, params(), { width: 900, height: 320 }).mode).toBe('beside');
    // Too many rows for a label line each: beside, with a smaller font.
    const crowded = layoutBars(rows(Array.from({ length: 12 }, (_, i) => i)), params(), { width: 360, height: 220 });
    expect(crowded.mode).toBe('beside');
    expect(crowded.fontSize).toBeLessThan(13);
  });

  it('sorts by value, largest first, or keeps the data order', () => {
    const input = rows([5, 171, 40]);
    expect(layoutBars(input, params(), { width: 600, height: 300 }).bars.map((b) => b.id)).toEqual(['r1', 'r2', 'r0']);
    expect(layoutBars(input, params({ sort: 'data' }), { width: 600, height: 300 }).bars.map((b) => b.id)).toEqual(['r0', 'r1', 'r2']);
  });

  it('bar lengths are proportional to values and the scale ignores `show` (states stay comparable)', () => {
    const all = layoutBars(data, params(), { width: 600, height: 300 });
    const some = layoutBars(data, params({ show: ['r1', 'r4'] }), { width: 600, height: 300 });
    const width = (l: BarsLayout, id: string) => l.bars.find((b) => b.id === id)!.width;
    expect(width(all, 'r0') / width(all, 'r1')).toBeCloseTo(171 / 43, 5);
    expect(width(some, 'r4')).toBeCloseTo(width(all, 'r4'), 5);
    // Shown rows take the first slots; the hidden ones fold away below.
    expect(some.bars.slice(0, 2).map((b) => [b.id, b.visible])).toEqual([['r1', true], ['r4', true]]);
    expect(some.bars.slice(2).every((b) => !b.visible)).toBe(true);
    expect(some.bars[0]!.y).toBe(all.bars[0]!.y);
  });

  it('formats values with prefix and suffix, and puts them in the tooltip text', () => {
    const layout = layoutBars(rows([1234.56]), params({ prefix: '$', suffix: 'bn' }), { width: 400, height: 300 });
    expect(layout.bars[0]!.valueText).toBe('$1,234.6bn');
    expect(layout.bars[0]!.full).toBe('Country number 0: $1,234.6bn');
  });

  it('draws negative values leftwards from a zero line with room for their label', () => {
    const layout = layoutBars(rows([-20, 50]), params(), { width: 400, height: 300 });
    const neg = layout.bars.find((b) => b.id === 'r0')!;
    expect(neg.width).toBeLessThan(0);
    expect(neg.valueAnchor).toBe('end');
    expect(neg.valueX - textWidth(neg.valueText, 13 * 1.08)).toBeGreaterThanOrEqual(0);
  });

  it('handles a single row, all zeros, and a row without a number', () => {
    const one = layoutBars(rows([0]), params(), { width: 280, height: 200 });
    expect(Number.isFinite(one.bars[0]!.width)).toBe(true);
    const bad = layoutBars([...rows([3]), { id: 'x', label: 'No value', value: 'n/a', source: 's' }], params(), { width: 280, height: 200 });
    expect(bad.bars.map((b) => b.id)).toEqual(['r0']);
    expect(layoutBars([], params(), { width: 280, height: 200 }).bars).toEqual([]);
  });
});

describe('a note on a row the sources do not report', () => {
  // Chapter 5's investment chart: "Not reported (not the same as zero)" on Russia's 2024 row.
  const spec = buildStory(readContent()).charts.get('outlook-private-ai-investment-2024')!;
  const state = Object.values(spec.states).find((s) => s.notes?.some((n) => n.at === 'russia-2024'))!;
  // The pinned chart's frame at 1280x800 and 1680x1000, a phone's at 320-430 px, an embed.
  const sizes = [
    { width: 785, height: 527 },
    { width: 785, height: 489 },
    { width: 1035, height: 685 },
    { width: 358, height: 370 },
    { width: 288, height: 340 },
    { width: 398, height: 418 },
    { width: 600, height: 420 },
  ];

  it.each(sizes)('is written in Russia\'s row, where its bar would be, at $width x $height', (size) => {
    const frame = zoomedSize(size, typeZoom(size.width));
    const notes = state.notes!;
    const { layout, placed } = layoutWithNotes(notes, (reserve) => layoutBars(spec.rows, state.params as BarsParams, frame, reserve, notes), barsNoteAnchors, frame);
    const row = layout.bars.find((b) => b.id === 'russia-2024')!;
    const note = placed.find((p) => p.at === 'russia-2024')!;
    expect(note, 'drawn').toBeDefined();
    // Inside its row's slot (within 4 px): beside the labels, from the zero line where the bar
    // would be; above the bars (a phone), under the row's label or beside it on its line.
    const next = layout.bars[layout.bars.indexOf(row) + 1]!;
    expect(note.box.y).toBeGreaterThanOrEqual(row.y - 4);
    expect(note.box.y + note.box.height).toBeLessThanOrEqual(next.y + 4);
    // Level with the bar's place (its label's line too, above the bars): not in room under the row.
    const placeTop = row.y + (layout.mode === 'above' ? 0 : row.barY);
    expect(note.box.y).toBeLessThanOrEqual(row.y + row.barY + row.barHeight + 4);
    expect(note.box.y + note.box.height).toBeGreaterThanOrEqual(placeTop - 4);
    expect(note.box.x - layout.zeroX).toBeGreaterThanOrEqual(0);
    if (layout.mode === 'beside') expect(note.box.x - layout.zeroX).toBeLessThanOrEqual(UNREPORTED_INSET + 4);
    // Its leader is a stub to the zero line, not a line across other rows.
    expect(Math.abs(note.leader.y2 - note.leader.y1)).toBeLessThanOrEqual(row.barHeight);
    // Inside its own row's slot: not nearer any other row than its own.
    const others = layout.bars.filter((b) => b.visible && b.id !== row.id);
    const centre = note.box.y + note.box.height / 2;
    const distance = (b: typeof row) => Math.abs(b.y + b.valueY - centre);
    for (const b of others) expect(distance(row), `nearer ${b.id}`).toBeLessThan(distance(b));
    // It says "not reported" itself: no second "not reported" beside it; the tooltip keeps it.
    expect(row.valueText).toBe('');
    expect(row.full).toContain('not reported');
    // Clear of every other row's label and value.
    const box = { left: note.box.x, right: note.box.x + note.box.width, top: note.box.y, bottom: note.box.y + note.box.height };
    for (const b of boxes({ ...layout, bars: others })) expect(overlaps(box, b), JSON.stringify(b)).toBe(false);
  });
});

