import { describe, expect, it, test } from 'vitest';
import { scaleLinear } from '../shared/linearScale';
import type { Row } from '../../lib/schemas';
import { textWidth } from '../shared/text';
import { FONT_SIZE, LINE_HEIGHT, TEXT_ABOVE, TEXT_BELOW, TICK_FONT_SIZE, WIDE_FROM, axisTicks, layoutRange, placeValue, rangeNaturalHeight, rangeDomain, withGroup, withTail, type RangeLayout } from './layout';

const claims: Row[] = [
  { id: 'raec', label: 'RAEC, industry body (March 2022)', low: 50000, high: 70000, group: 'industry', source: 's' },
  { id: 'bell', label: 'Source close to the ministry, via The Bell', low: 105000, high: 115000, group: 'anonymous', source: 's' },
  { id: 'shadayev', label: 'Digital ministry (December 2022)', low: 100000, high: 100000, group: 'official', source: 's' },
  { id: 'zubov', label: 'Deputy interior minister: shortfall', low: 170000, high: 170000, group: 'official', source: 's' },
];
const defaults = { highlight: [], prefix: '', suffix: '' };

interface B { what: string; left: number; right: number; top: number; bottom: number }

/** Boxes as the browser draws them: text reaches TEXT_ABOVE/TEXT_BELOW around a line's centre. */
function textBoxes(layout: RangeLayout): B[] {
  const out: B[] = [];
  for (const r of layout.rows) {
    const w = Math.max(...r.lines.map((l) => textWidth(l, FONT_SIZE)));
    out.push({ what: `label ${r.id}`, left: r.labelX, right: r.labelX + w, top: r.labelY + LINE_HEIGHT / 2 - TEXT_ABOVE, bottom: r.labelY + (r.lines.length - 0.5) * LINE_HEIGHT + TEXT_BELOW });
    if (r.value) {
      const vw = textWidth(r.value.text, FONT_SIZE);
      const left = r.value.anchor === 'start' ? r.value.x : r.value.anchor === 'middle' ? r.value.x - vw / 2 : r.value.x - vw;
      out.push({ what: `value ${r.id}`, left, right: left + vw, top: r.value.y - TEXT_ABOVE, bottom: r.value.y + TEXT_BELOW });
    }
    out.push({ what: `line ${r.id}`, left: r.xLow - 6, right: r.xHigh + 6, top: r.y - 6, bottom: r.y + 6 });
  }
  for (const t of layout.ticks) {
    const w = textWidth(t.label, TICK_FONT_SIZE);
    const left = t.anchor === 'start' ? t.labelX : t.anchor === 'end' ? t.labelX - w : t.labelX - w / 2;
    out.push({ what: `tick ${t.label}`, left, right: left + w, top: layout.axisY + 3, bottom: layout.axisY + 22 });
  }
  return out;
}

const overlaps = (a: B, b: B) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function expectTidy(layout: RangeLayout, size: { width: number; height: number }) {
  const all = textBoxes(layout);
  for (const b of all) {
    expect(b.left, b.what).toBeGreaterThanOrEqual(0);
    expect(b.right, b.what).toBeLessThanOrEqual(size.width);
    expect(b.top, b.what).toBeGreaterThanOrEqual(0);
    expect(b.bottom, b.what).toBeLessThanOrEqual(size.height);
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      expect(overlaps(all[i]!, all[j]!), `${all[i]!.what} overlaps ${all[j]!.what}`).toBe(false);
    }
  }
}

describe('layoutRange', () => {
  // Two estimates on a desktop had sat over an empty band half the panel high, the axis at its foot.
  it('a few rows have a height of their own (ChartFrame fit): laid out at it, they keep their pitch and the axis ends the frame', () => {
    for (const [width, n] of [[750, 2], [750, 3], [1035, 5], [358, 2]] as const) {
      const some = claims.slice(0, n);
      const states = { one: { params: defaults } };
      const natural = rangeNaturalHeight(some, states, [], { width, height: 1e4 });
      const at = `${n} rows at ${width} px`;
      const tall = layoutRange(some, defaults, { width, height: 1e4 });
      const fitted = layoutRange(some, defaults, { width, height: natural });
      expect(fitted.rows.map((r) => r.labelY), at).toEqual(tall.rows.map((r) => r.labelY));
      // The axis and its ticks end the frame: nothing below them but the margin they take.
      expect(natural - fitted.axisY, at).toBe(22);
      if (n <= 3) expect(natural, at).toBeLessThan(n * 100 + 40);
    }
  });

  it('in a tall frame, spaces the rows evenly, no more than 100 apart, and puts the axis just under the last', () => {
    const layout = layoutRange(claims, defaults, { width: 700, height: 900 });
    const rows = layout.rows;
    const pitches = rows.slice(1).map((r, i) => r.labelY - rows[i]!.labelY);
    for (const p of pitches) expect(p).toBeCloseTo(pitches[0]!, 6);
    expect(pitches[0]).toBeLessThanOrEqual(100);
    expect(rows[0]!.labelY).toBeLessThan(10);
    expect(layout.axisY - rows.at(-1)!.y).toBeLessThan(40);
  });

  it('shares a spare frame between rows of unequal height (a three-line label, notes kept for other steps), not all under the last', () => {
    const size = { width: 770, height: 480 };
    const five: Row[] = [
      ...claims.slice(0, 2),
      { id: 'forecast', label: 'RAEC: more expected to leave in April (industry forecast)', low: 70000, high: 100000, group: 'industry', source: 's' },
      ...claims.slice(2, 4),
    ];
    const reserve = [
      { at: 'forecast', text: 'A second wave, on top of the first' },
      { at: 'bell', text: "On top of the spring's 35,000" },
    ];
    const layout = layoutRange(five, defaults, size, reserve);
    expectTidy(layout, size);
    const rows = layout.rows;
    // Before, the rows stacked at their least height and the axis rose to 60% of the frame.
    expect(layout.axisY).toBeGreaterThan(size.height * 0.85);
    const gaps = rows.slice(1).map((r, i) => r.labelY - (rows[i]!.note ? rows[i]!.note!.y + rows[i]!.note!.height : rows[i]!.labelY + rows[i]!.lines.length * LINE_HEIGHT));
    for (const g of gaps) expect(g).toBeGreaterThan(14);
  });

  it("spaces a desktop frame's rows evenly, a note's room under its row taken from that spacing (no gap of its own)", () => {
    const size = { width: 673, height: 452 };
    const three = claims.slice(0, 3);
    const layout = layoutRange(three, defaults, size, [{ at: 'bell', text: 'In dollars: $74m from China (2021), $179m (2022)' }]);
    const [a, b, c] = layout.rows;
    expect(b!.labelY - a!.labelY).toBeCloseTo(c!.labelY - b!.labelY, 6);
    // The note's room sits between its row and the next.
    expect(b!.note!.y).toBeGreaterThan(b!.y);
    expect(b!.note!.y + b!.note!.height).toBeLessThan(c!.labelY);
    // Rows at the widest pitch (a live frame keeps to that height, rangeNaturalHeight), not bunched at the top.
    expect(c!.labelY - b!.labelY).toBe(100);
    expectTidy(layout, size);
  });

  it('sweep: tidy at every width from 280 to 1400 and every frame height from 200 to 600', () => {
    for (let width = 280; width <= 1400; width += 37) {
      for (let height = 200; height <= 600; height += 50) {
        const size = { width, height };
        expectTidy(layoutRange(claims, defaults, size), size);
      }
    }
  });

  it.each([
    { width: 280, height: 300 },
    { width: 320, height: 360 },
    { width: 390, height: 420 },
    { width: 519, height: 400 },
    { width: 520, height: 364 },
    { width: 768, height: 500 },
    { width: 1400, height: 520 },
  ])('labels, figures, lines and ticks never overlap and stay inside $width x $height', (size) => {
    const layout = layoutRange(claims, defaults, size);
    expect(layout.wide).toBe(size.width >= WIDE_FROM);
    expectTidy(layout, size);
  });

  it('puts the claimant above its line on a phone and beside it on a desktop', () => {
    const phone = layoutRange(claims, defaults, { width: 390, height: 420 });
    const desk = layoutRange(claims, defaults, { width: 1280, height: 500 });
    for (const r of phone.rows) expect(r.y).toBeGreaterThan(r.labelY + r.lines.length * LINE_HEIGHT);
    for (const r of desk.rows) {
      expect(r.y).toBeLessThan(r.labelY + r.lines.length * LINE_HEIGHT);
      expect(r.xLow).toBeGreaterThan(r.labelX + Math.max(...r.lines.map((l) => textWidth(l, FONT_SIZE))));
    }
  });

  it('names the group in the label and gives each group its own marker shape', () => {
    const layout = layoutRange(claims, defaults, { width: 800, height: 400 });
    const byId = new Map(layout.rows.map((r) => [r.id, r]));
    expect(byId.get('raec')!.lines.join(' ')).toContain('(March 2022, industry)');
    expect(byId.get('shadayev')!.marker).toBe(byId.get('zubov')!.marker);
    expect(new Set(layout.rows.map((r) => r.marker)).size).toBe(3);
  });

  it('draws a single figure as one marker and a span as two', () => {
    const layout = layoutRange(claims, defaults, { width: 800, height: 400 });
    expect(layout.rows.find((r) => r.id === 'shadayev')!.single).toBe(true);
    expect(layout.rows.find((r) => r.id === 'raec')!.single).toBe(false);
    expect(layout.rows.find((r) => r.id === 'raec')!.value!.text).toBe('50,000–70,000');
  });

  it('prints prefix and suffix on figures and ticks', () => {
    const rows: Row[] = [{ id: 'a', label: 'A', low: 20, high: 35, source: 's' }];
    const layout = layoutRange(rows, { ...defaults, suffix: '%', domain: [0, 100] }, { width: 390, height: 300 });
    expect(layout.rows[0]!.value!.text).toBe('20%–35%');
    expect(layout.ticks.at(-1)!.label).toBe('100%');
    expect(layout.rows[0]!.full).toBe('A: 20% to 35%');
  });

  it('keeps a figure outside a fixed domain inside the frame', () => {
    const size = { width: 390, height: 300 };
    const layout = layoutRange(claims, { ...defaults, domain: [0, 60000] }, size);
    expectTidy(layout, size);
    expect(layout.rows.find((r) => r.id === 'zubov')!.xHigh).toBe(layout.plotRight);
  });

  it('hides rows not in `show` (empty hides all) and keeps their places', () => {
    const all = layoutRange(claims, defaults, { width: 390, height: 420 });
    const none = layoutRange(claims, { ...defaults, show: [] }, { width: 390, height: 420 });
    const some = layoutRange(claims, { ...defaults, show: ['bell'], highlight: ['bell'] }, { width: 390, height: 420 });
    expect(none.rows.every((r) => !r.visible)).toBe(true);
    expect(some.rows.map((r) => r.visible)).toEqual([false, true, false, false]);
    expect(some.rows.map((r) => r.y)).toEqual(all.rows.map((r) => r.y));
    expect(some.rows[1]!.highlighted).toBe(true);
  });

  it('handles one row, no rows and huge figures', () => {
    const size = { width: 280, height: 300 };
    const one = layoutRange([claims[0]!], defaults, size);
    expectTidy(one, size);
    expect(layoutRange([], defaults, size).rows).toEqual([]);
    const huge: Row[] = [
      { id: 'a', label: 'Shortage, bank chief', low: 1_000_000, high: 1_000_000, source: 's' },
      { id: 'b', label: 'Shortage, minister', low: 500_000, high: 700_000, source: 's' },
    ];
    expectTidy(layoutRange(huge, defaults, size), size);
  });

  it('a crowded phone frame shortens labels to one line and still fits', () => {
    const size = { width: 280, height: 300 };
    const many = Array.from({ length: 6 }, (_, i) => ({ ...claims[i % 4]!, id: `c${i}`, label: 'A claimant with a long name that would wrap twice on a phone' }));
    const layout = layoutRange(many, defaults, size);
    expectTidy(layout, size);
    for (const r of layout.rows) expect(r.lines).toHaveLength(1);
  });

  it('a phone frame too short for separate figures prints them in the label, never cut', () => {
    const size = { width: 280, height: 200 };
    const layout = layoutRange(claims, defaults, size);
    expectTidy(layout, size);
    expect(layout.rows.every((r) => r.value === null)).toBe(true);
    expect(layout.rows[0]!.lines[0]).toMatch(/…: 50,000–70,000$/);
  });

  it("a row's short words stand for its label where a phone frame has one line per claim, not a label cut mid-word", () => {
    const size = { width: 280, height: 200 };
    const layout = layoutRange(claims.map((c) => ({ ...c, short: `${String(c['id']).toUpperCase()} estimate` })), defaults, size);
    expectTidy(layout, size);
    expect(layout.rows[0]!.lines).toEqual(['RAEC estimate: 50,000–70,000']);
    expect(layout.rows.flatMap((r) => r.lines).join()).not.toContain('…');
    // With room for whole labels the short words are not used.
    const roomy = layoutRange(claims.map((c) => ({ ...c, short: 'short' })), defaults, { width: 900, height: 600 });
    expect(roomy.rows[0]!.lines.join(' ')).toBe('RAEC, industry body (March 2022, industry)');
  });
});

describe('range helpers', () => {
  it.each([
    [[], undefined, [0, 1]],
    [[{ low: 5, high: 9 }], undefined, [0, 9]],
    [[{ low: -3, high: 4 }], undefined, [-3, 4]],
    [[{ low: 5, high: 9 }], [2, 20], [2, 20]],
    [[{ low: 0, high: 0 }], undefined, [0, 1]],
  ] as const)('domain of %j (fixed %j) is %j', (values, fixed, expected) => {
    const rows = values.map((v, i) => ({ id: `r${i}`, label: 'x', source: 's', ...v }));
    expect(rangeDomain(rows, fixed as [number, number] | undefined)).toEqual(expected);
  });

  it('shortens a label but keeps its figures whole', () => {
    expect(withTail('Short', ': 5', 200)).toBe('Short: 5');
    const cut = withTail('A claimant with a very long name indeed', ': 50,000–70,000', 220);
    expect(cut).toMatch(/^A claimant.*…: 50,000–70,000$/);
    expect(textWidth(cut, FONT_SIZE)).toBeLessThanOrEqual(220);
  });

  it('figures with no room beside their line go right over it, not at the margin under the label', () => {
    // Brain-drain's shortage chart at 390 px: "about 500,000–700,000" sat at the left margin, 150 px
    // from its markers. Measured in the real font it now fits left of its line there; on a 320 px
    // phone (288 px frame) it fits on neither side.
    const rows: Row[] = [
      { id: 'zubov', label: 'Deputy interior minister Zubov (June 2022, official)', low: 170000, high: 170000, qualifier: 'about', source: 's' },
      { id: 'shadayev', label: 'Digital minister Shadayev (Aug 2023, official)', low: 500000, high: 700000, qualifier: 'about', source: 's' },
      { id: 'gref', label: "Sberbank's Gref (Sept 2023, state-owned bank)", low: 1000000, high: 1000000, qualifier: 'more than', source: 's' },
    ];
    const size = { width: 288, height: 420 };
    const layout = layoutRange(rows, { ...defaults, domain: [0, 1100000] }, size);
    const row = layout.rows.find((r) => r.id === 'shadayev')!;
    expect(row.value?.anchor).toBe('middle');
    const half = textWidth(row.value!.text, FONT_SIZE) / 2;
    expect(row.value!.x - half).toBeLessThan(row.xHigh);
    expect(row.value!.x + half).toBeGreaterThan(row.xLow);
    expectTidy(layout, size);
    // At 390 px (a 358 px frame) they go beside the line, right by its low marker, not at the margin.
    const roomy = layoutRange(rows, { ...defaults, domain: [0, 1100000] }, { width: 358, height: 420 });
    const beside = roomy.rows.find((r) => r.id === 'shadayev')!;
    expect(beside.value?.anchor).toBe('end');
    expect(beside.xLow - beside.value!.x).toBeLessThanOrEqual(12);
    expectTidy(roomy, { width: 358, height: 420 });
  });

  it("marks a forecast (`figure: forecast`) so it is drawn unlike the counts beside it", () => {
    const rows: Row[] = [
      { id: 'count', label: 'RAEC: had left', low: 50000, high: 70000, source: 's' },
      { id: 'forecast', label: 'RAEC: expected to leave', low: 70000, high: 100000, figure: 'forecast', source: 's' },
    ];
    const layout = layoutRange(rows, defaults, { width: 600, height: 300 });
    expect(layout.rows.map((r) => [r.id, r.forecast])).toEqual([['count', false], ['forecast', true]]);
  });

  it('places figures right of the span, else left, else nowhere', () => {
    expect(placeValue(100, 200, 50, 0, 400)).toEqual({ x: 212, anchor: 'start' });
    expect(placeValue(100, 380, 50, 0, 400)).toEqual({ x: 88, anchor: 'end' });
    expect(placeValue(20, 380, 50, 0, 400)).toBeNull();
  });

  it('thins ticks until their labels are apart, and pulls edge labels inside', () => {
    const x = scaleLinear().domain([0, 1_000_000]).range([6, 274]);
    const ticks = axisTicks(x, (v) => v.toLocaleString('en-GB'), 280);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    // "0" fits centred on its tick; "1,000,000" would cross the right edge, so it hangs from it.
    expect(ticks[0]).toMatchObject({ anchor: 'middle', labelX: 6 });
    expect(ticks.at(-1)).toMatchObject({ anchor: 'end', labelX: 280 });
  });

  it('keeps tick labels 12 px apart, so "90%" and "100%" never read as one on a phone', () => {
    const x = scaleLinear().domain([0, 100]).range([10, 348]);
    const ticks = axisTicks(x, (v) => `${v}%`, 358);
    const edges = ticks.map((t) => {
      const w = textWidth(t.label, TICK_FONT_SIZE);
      const left = t.anchor === 'start' ? t.labelX : t.anchor === 'end' ? t.labelX - w : t.labelX - w / 2;
      return [left, left + w] as const;
    });
    for (let i = 1; i < edges.length; i++) expect(edges[i]![0] - edges[i - 1]![1]).toBeGreaterThanOrEqual(12);
  });
});

describe('withGroup', () => {
  test('puts the group inside a label’s own bracket, never a second bracket after it', () => {
    expect(withGroup('Digital minister Shadayev (Aug 2023)', 'official')).toBe('Digital minister Shadayev (Aug 2023, official)');
    expect(withGroup('Sberbank', 'bank')).toBe('Sberbank (bank)');
    expect(withGroup('Sberbank', '')).toBe('Sberbank');
  });
});
