import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { blockHeight, TEXT_BOX_EM, typeZoom, zoomedSize } from '../shared/text';
import { textWidth } from '../shared/text';
import { placeNotes } from '../shared/notes';
import { barsNaturalHeight, barsNoteAnchors, layoutBars, type BarsLayout } from './layout';
import { barsRow, type BarsParams } from './schema';

const rows = (values: number[], label = (i: number) => `Country number ${i}`): Row[] =>
  values.map((value, i) => ({ id: `r${i}`, label: label(i), value, source: 's' }));
const params = (p: Partial<BarsParams> = {}): BarsParams => ({ highlight: [], sort: 'value', fit: 'all', ...p });

/** Every printed box (labels and values) in absolute coordinates. */
function boxes(layout: BarsLayout) {
  return layout.bars
    .filter((b) => b.visible)
    .flatMap((b) => {
      const lw = b.lines.length ? Math.max(...b.lines.map((l) => textWidth(l, layout.fontSize))) : 0;
      const lx = layout.labelAnchor === 'end' ? b.labelX - lw : b.labelX;
      const label = b.lines.length
        ? [{ left: lx, right: lx + lw, top: b.y + b.labelY, bottom: b.y + b.labelY + blockHeight(b.lines.length, layout.fontSize, layout.lineHeight) }]
        : [];
      const w = textWidth(b.valueText, layout.fontSize);
      const vx = b.valueX;
      const h = (layout.fontSize * TEXT_BOX_EM) / 2;
      const value = layout.values ? [{ left: vx, right: vx + w, top: b.y + b.valueY - h, bottom: b.y + b.valueY + h }] : [];
      return [...label, ...value];
    });
}

const overlaps = (a: ReturnType<typeof boxes>[number], b: ReturnType<typeof boxes>[number]) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

describe('layoutBars', () => {
  // GitHub's 13.2% had filled the frame, the minister's "up to 10%" three quarters of it: read as "most left".
  it('draws shares of a whole on a scale to `max`, not to the largest share', () => {
    const rows: Row[] = [
      { id: 'a', label: 'Minister', value: 10, qualifier: 'up to', source: 's' },
      { id: 'b', label: 'GitHub', value: 13.2, source: 's' },
    ];
    const size = { width: 600, height: 300 };
    const width = (l: BarsLayout, id: string) => l.bars.find((bar) => bar.id === id)!.width;
    const full = layoutBars(rows, params({ sort: 'data', suffix: '%', max: 100 }), size);
    const plot = size.width - full.zeroX;
    expect(width(full, 'b') / plot).toBeGreaterThan(0.1);
    expect(width(full, 'b') / plot).toBeLessThan(0.14);
    expect(width(layoutBars(rows, params({ sort: 'data', suffix: '%' }), size), 'b') / plot).toBeGreaterThan(0.7);
    // Each share runs on a track to 100%, so the part that is not the share is drawn too; a
    // scale to the largest value has none.
    expect(full.track).toBeCloseTo((width(full, 'b') * 100) / 13.2, 6);
    expect(full.zeroX + full.track).toBeLessThanOrEqual(size.width);
    expect(layoutBars(rows, params({ sort: 'data', suffix: '%' }), size).track).toBe(0);
  });

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

  it("a phone wraps a long label to two lines over its bar before it shortens it", () => {
    // Longer than the 270 px a 288 px frame leaves for a label over its bar, measured in the
    // real font (the site's own labels now all fit on one line there).
    const long = rows([10, 13.2], (i) => (i ? 'GitHub: programmers who moved abroad (October 2022)' : 'Minister: IT staff abroad (Dec 2022)'));
    const layout = layoutBars(long, params(), { width: 288, height: 300 });
    expect(layout.mode).toBe('above');
    for (const b of layout.bars) {
      expect(b.lines.join(' ')).not.toContain('…');
      // Its last line sits right over its bar.
      expect(b.barY - (b.labelY + blockHeight(b.lines.length, layout.fontSize, layout.lineHeight))).toBeLessThanOrEqual(1);
    }
    expect(layout.bars.map((b) => b.lines.length)).toEqual([2, 1]);
  });

  // A label a little narrower than the frame but wider than the room after the indent was cut
  // ("… back (May…"), and four bars with a note under one had no room for two-line labels (6 px
  // of air under each bar; 3 now).
  it.each([
    { width: 343, height: 294, notes: [{ at: 'r3', text: 'About 21% moved on to another country instead' }] },
    { width: 320, height: 300, notes: [{ at: 'r3', text: 'About 21% moved on to another country instead' }] },
  ])('a phone ($width x $height) wraps a label rather than cut it, bars as thick as before, values clear of the labels', ({ notes, ...size }) => {
    const labels = ['Minister: SIM cards back (May 2022)', 'Prime minister: IT workers back (May 2022)', 'Survey: back by Oct 2023', 'Survey: came back in 2023-24'];
    const layout = layoutBars(rows([80, 85, 15, 8], (i) => labels[i]!), params({ sort: 'data' }), size, notes);
    expect(layout.mode).toBe('above');
    expect(layout.bars.map((b) => b.lines.join(' '))).toEqual(labels);
    for (const b of layout.bars) expect(b.barHeight).toBeGreaterThanOrEqual(18);
    const all = boxes(layout);
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false)));
  });

  // A 320 by 568 phone's frame (288 by 218): with a note under a bar, four labels on two lines each
  // at 13 px left no room for the bars, and they were cut ("Prime minister: IT workers back…").
  // The second label is longer than the 270 px over a bar at 12 px as well as 13, so it needs two lines.
  it('a 320 by 568 phone (288 x 218) draws four labels whole over their bars, each on the lines it needs, at 12 px or more', () => {
    const labels = ['Minister: SIM cards back (May 2022)', 'Prime minister: IT workers back in Russia (May 2022)', 'Survey: back by Oct 2023', 'Survey: came back in 2023-24'];
    const size = { width: 288, height: 218 };
    const layout = layoutBars(rows([80, 85, 15, 8], (i) => labels[i]!), params({ sort: 'data' }), size, [{ at: 'r3', text: 'About 21% moved on to another country instead' }]);
    expect(layout.mode).toBe('above');
    expect(layout.bars.map((b) => b.lines.join(' '))).toEqual(labels);
    expect(layout.fontSize).toBeGreaterThanOrEqual(12);
    // Rows as tall as their own labels: only the long one takes two lines.
    expect(layout.bars.map((b) => b.lines.length)).toEqual([1, 2, 1, 1]);
    for (const b of layout.bars) expect(b.barHeight).toBeGreaterThanOrEqual(12);
    const all = boxes(layout);
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false)));
    const last = layout.bars.at(-1)!;
    expect(last.note!.y + last.note!.height).toBeLessThanOrEqual(size.height);
  });

  it("on a phone a note under its bar hangs from the bar's end on a leader, not floating unlinked under it", () => {
    // The data-centre chart on a 390 px phone: two bars, a note under each.
    const notes = [
      { at: 'r0', text: 'Six large new centres opened' },
      { at: 'r1', text: "Three large new centres; half the racks, by Vedomosti's count" },
    ];
    for (const size of [{ width: 358, height: 330 }, { width: 288, height: 300 }]) {
      const layout = layoutBars(rows([11000, 5000], (i) => String(2024 + i)), params({ sort: 'data' }), size, notes);
      expect(layout.mode).toBe('above');
      const { anchors, obstacles } = barsNoteAnchors(layout);
      const placed = placeNotes(notes, anchors, obstacles, size);
      expect(placed).toHaveLength(2);
      for (const note of placed) {
        const bar = layout.bars.find((b) => b.id === note.at)!;
        expect(Math.hypot(note.leader.x2 - note.leader.x1, note.leader.y2 - note.leader.y1), note.text).toBeGreaterThanOrEqual(10);
        // The leader ends at the bar's end, under it.
        expect(note.leader.x2).toBeCloseTo(layout.zeroX + bar.width, 0);
        expect(note.leader.y2).toBeGreaterThan(bar.y + bar.barY + bar.barHeight);
      }
    }
  });

  it('on a phone a few bars fill their frame: they thicken (to 30 px and more) and sit in its middle, not its top', () => {
    for (const size of [{ width: 358, height: 370 }, { width: 288, height: 340 }, { width: 358, height: 391 }]) {
      for (const n of [2, 3, 4]) {
        const layout = layoutBars(rows([10, 13.2, 80, 40].slice(0, n)), params(), size);
        expect(layout.mode).toBe('above');
        const first = layout.bars[0]!;
        const last = layout.bars.at(-1)!;
        const top = first.y + first.labelY;
        const bottom = last.y + last.barY + last.barHeight;
        const at = `${n} bars in ${size.width}x${size.height}`;
        expect(Math.abs((top + bottom) / 2 - size.height / 2), at).toBeLessThanOrEqual(size.height * 0.1);
        if (n <= 3) for (const b of layout.bars) expect(b.barHeight, at).toBeGreaterThanOrEqual(30);
        // The zero line ends with the last bar, not in the air after it.
        expect(layout.bottom - bottom, at).toBeLessThanOrEqual(4);
      }
    }
  });

  // A desktop's sticky panel had drawn two bars with 100-120 px of air above and below them.
  it('a few bars have a height of their own, less than a tall frame; laid out at it (as the marks lay out, at its type zoom) they take all of it', () => {
    for (const [width, n] of [[750, 2], [750, 3], [664, 2], [358, 2], [358, 3]] as const) {
      const data = rows([10, 13.2, 80].slice(0, n));
      const states = { one: { params: params() }, two: { params: params({ show: ['r0'] }) } };
      const notes = [{ at: 'r0', text: 'Around 100,000 specialists abroad' }];
      const zoom = typeZoom(width);
      // In pixels, as ChartFrame takes it.
      const natural = Math.ceil(zoom * barsNaturalHeight(data, states, notes, zoomedSize({ width, height: 1e4 }, zoom)));
      const at = `${n} bars at ${width} px`;
      expect(natural, at).toBeLessThan(n === 2 ? 360 : 480);
      const layout = layoutBars(data, params(), zoomedSize({ width, height: natural }, zoom), notes);
      expect(Math.abs(zoom * layout.used - natural), at).toBeLessThan(2);
      // No air kept above the first row: it starts at the top margin (6 px), give or take the
      // rounding up of the height.
      expect(layout.top, at).toBeLessThan(8);
      // Every row at its largest: the same rows in a frame twice as tall keep their size and
      // float in its middle.
      const tall = layoutBars(data, params(), zoomedSize({ width, height: 2 * natural }, zoom), notes);
      expect(tall.bars[0]!.barHeight, at).toBe(layout.bars[0]!.barHeight);
      expect(tall.top - layout.top, at).toBeGreaterThan(natural / zoom / 3);
    }
  });

  it('a lower bound ("more than") is a floor: room for its arrowhead between the bar and its value', () => {
    const survey = [...rows([80, 15]).map((r, i) => (i ? { ...r, qualifier: 'more than' } : r))];
    for (const size of [{ width: 288, height: 300 }, { width: 672, height: 450 }]) {
      const layout = layoutBars(survey, params(), size);
      const [plain, floor] = layout.bars;
      expect([plain!.floor, floor!.floor]).toEqual([false, true]);
      expect(floor!.valueText).toBe('more than 15');
      expect(floor!.valueX - (layout.zeroX + floor!.width)).toBeGreaterThanOrEqual(plain!.valueX - (layout.zeroX + plain!.width) + 12);
    }
  });

  // "850bn roubles" touched the end of its dashed target: the outline (1.25 px past the end when
  // highlighted) left it under 2 px of air.
  it("a value keeps clear of its bar's outline: 4 px of air or more past the end", () => {
    const targets = rows([850, 90.3]).map((r, i) => (i ? r : { ...r, role: 'target' }));
    for (const size of [{ width: 288, height: 300 }, { width: 672, height: 450 }]) {
      const layout = layoutBars(targets, params({ highlight: ['r0'] }), size);
      for (const bar of layout.bars) expect(bar.valueX - (layout.zeroX + bar.width + 1.25)).toBeGreaterThanOrEqual(4);
    }
  });

  it('the zero line never strikes through a label: labels above the bars start right of it', () => {
    for (let width = 280; width < 520; width += 20) {
      const layout = layoutBars(rows([10, 13.2, 80]), params(), { width, height: 360 });
      expect(layout.mode).toBe('above');
      for (const b of layout.bars) expect(b.labelX - layout.zeroX, `${width}`).toBeGreaterThanOrEqual(4);
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

  it('refuses a negative value in the content (bars grow from a zero line at the left)', () => {
    expect(barsRow.safeParse({ id: 'r', label: 'Fell', value: -20, source: 's' }).success).toBe(false);
    expect(barsRow.safeParse({ id: 'r', label: 'Rose', value: 20, source: 's' }).success).toBe(true);
  });

  it('handles a single row, all zeros, and a row without a number', () => {
    const one = layoutBars(rows([0]), params(), { width: 280, height: 200 });
    expect(Number.isFinite(one.bars[0]!.width)).toBe(true);
    const bad = layoutBars([...rows([3]), { id: 'x', label: 'No value', value: 'n/a', source: 's' }], params(), { width: 280, height: 200 });
    expect(bad.bars.map((b) => b.id)).toEqual(['r0']);
    expect(layoutBars([], params(), { width: 280, height: 200 }).bars).toEqual([]);
  });

  // The strategy's money targets: sales of 12 and 60 bn roubles were 1-7 px specks beside 850bn of
  // spending on one scale. A state that shows only the sales fits its own scale and the frame.
  it.each([390, 1280])('with fit: shown, the shown rows fill the frame on their own scale (%i px)', (width) => {
    const data = rows([12, 60, 90.3, 850]);
    const size = { width, height: 400 };
    const shared = layoutBars(data, params({ sort: 'data', show: ['r0', 'r1'] }), size);
    const own = layoutBars(data, params({ sort: 'data', show: ['r0', 'r1'], fit: 'shown' }), size);
    const bar = (l: BarsLayout, id: string) => l.bars.find((b) => b.id === id)!;
    expect(bar(shared, 'r1').width).toBeLessThan(width / 12);
    expect(bar(own, 'r1').width).toBeGreaterThan(width / 3);
    expect(bar(own, 'r1').width / bar(own, 'r0').width).toBeCloseTo(5, 5);
    // The two shown rows share the frame between them, not with two hidden ones.
    expect(own.bars.find((b) => b.id === 'r1')!.barHeight).toBeGreaterThanOrEqual(bar(shared, 'r1').barHeight);
    // At the top of the frame, which a live chart keeps to its tallest state (barsNaturalHeight).
    expect(own.top).toBe(6);
    expect(own.bars.filter((b) => b.visible).map((b) => b.id)).toEqual(['r0', 'r1']);
  });
});
