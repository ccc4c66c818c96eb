import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { textWidth } from '../shared/text';
import { FONT_SIZE, LINE_HEIGHT, MAX_SQUARES, MIN_CELL, columnChoices, layoutUnits, perUnitSteps, scaleNote, squaresFor, type UnitsLayout } from './layout';

const rows = (counts: number[], label = 'IT specialists who left Russia, by one estimate'): Row[] =>
  counts.map((count, i) => ({ id: `g${i}`, label: `${label} ${i}`, count, source: 's' }));
const defaults = { highlight: [], perUnit: 1 };

/** Every label block and every grid, as boxes, for the overlap and bounds checks. */
function boxes(layout: UnitsLayout) {
  const out: { kind: string; top: number; bottom: number; left: number; right: number }[] = [];
  const note = layout.note;
  out.push({ kind: 'note', top: note.y, bottom: note.y + note.lines.length * LINE_HEIGHT, left: note.x, right: note.x + Math.max(...note.lines.map((l) => textWidth(l, FONT_SIZE))) });
  for (const g of layout.groups) {
    if (g.lines.length) out.push({ kind: `label ${g.id}`, top: g.labelY, bottom: g.labelY + g.lines.length * LINE_HEIGHT, left: g.labelX, right: g.labelX + Math.max(...g.lines.map((l) => textWidth(l, FONT_SIZE))) });
    if (g.squares.length) {
      const ys = g.squares.map((s) => s.y);
      const xs = g.squares.map((s) => s.x);
      out.push({ kind: `grid ${g.id}`, top: Math.min(...ys), bottom: Math.max(...ys) + layout.square, left: Math.min(...xs), right: Math.max(...xs) + layout.square });
    }
  }
  return out;
}

type Box = ReturnType<typeof boxes>[number];
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function expectTidy(layout: UnitsLayout, size: { width: number; height: number }) {
  const all = boxes(layout);
  for (const b of all) {
    expect(b.top, b.kind).toBeGreaterThanOrEqual(0);
    expect(b.left, b.kind).toBeGreaterThanOrEqual(0);
    expect(b.bottom, b.kind).toBeLessThanOrEqual(size.height);
    expect(b.right, b.kind).toBeLessThanOrEqual(size.width);
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]!, all[j]!), `${all[i]!.kind} overlaps ${all[j]!.kind}`).toBe(false);
  }
  // Each label sits right above its own grid.
  for (const g of layout.groups) {
    if (g.squares.length) expect(g.squares[0]!.y).toBeGreaterThan(g.labelY + g.lines.length * LINE_HEIGHT - 1);
    if (g.squares.length) expect(g.squares[0]!.x).toBe(g.labelX);
  }
}

describe('layoutUnits', () => {
  it('names a place without a figure "not reported" in its label and its words, never "0"', () => {
    const layout = layoutUnits([...rows([40]), { id: 'russia', label: 'Russia, 2024', count: null, source: 's' }], defaults, { width: 358, height: 300 }, 'models');
    const russia = layout.groups.find((g) => g.id === 'russia')!;
    expect(russia.squares).toEqual([]);
    expect(russia.lines.join(' ')).toBe('Russia, 2024: not reported');
    expect(russia.full).toBe('Russia, 2024: not reported');
  });

  it('sweep: tidy at every width from 280 to 1400 and every frame height from 200 to 600', () => {
    for (let width = 280; width <= 1400; width += 37) {
      for (let height = 200; height <= 600; height += 50) {
        const size = { width, height };
        expectTidy(layoutUnits(rows([100, 80, 20]), defaults, size, 'people'), size);
      }
    }
  });

  const sizes = [
    { width: 280, height: 300 },
    { width: 320, height: 420 },
    { width: 390, height: 460 },
    { width: 768, height: 500 },
    { width: 1400, height: 520 },
  ];

  it.each(sizes)('three groups of up to 100 squares fit, apart, inside $width x $height', (size) => {
    const layout = layoutUnits(rows([100, 80, 20]), defaults, size, 'people');
    expectTidy(layout, size);
    expect(layout.perUnit).toBe(1);
    expect(layout.groups.map((g) => g.squares.length)).toEqual([100, 80, 20]);
    expect(layout.cell).toBeGreaterThanOrEqual(MIN_CELL);
  });

  it.each(sizes)('huge counts raise the scale to 1, 2 or 5 times a power of ten at $width x $height', (size) => {
    const layout = layoutUnits(rows([170_000, 100_000, 35_000]), { ...defaults, perUnit: 1000 }, size, 'people');
    expectTidy(layout, size);
    expect(String(layout.perUnit)).toMatch(/^[125]0*$/);
    expect(layout.groups.reduce((n, g) => n + g.squares.length, 0)).toBeLessThanOrEqual(MAX_SQUARES);
    expect(layout.note.text).toBe(`Each square = ${layout.perUnit.toLocaleString('en-GB')} people`);
  });

  it('keeps the author’s scale when it fits, and squares get smaller on a phone, not fewer', () => {
    const wide = layoutUnits(rows([300]), defaults, { width: 1280, height: 500 });
    const phone = layoutUnits(rows([300]), defaults, { width: 280, height: 300 });
    expect(wide.perUnit).toBe(1);
    expect(phone.perUnit).toBe(1);
    expect(phone.square).toBeLessThan(wide.square);
    expect(phone.cols * phone.cell).toBeLessThanOrEqual(280);
  });

  it('counts in whole tens: columns are a multiple of 10 wherever ten squares fit', () => {
    for (const width of [280, 390, 768, 1400]) {
      expect(layoutUnits(rows([100, 80, 20]), defaults, { width, height: 400 }).cols % 10).toBe(0);
    }
    expect(columnChoices(60, 7)).toEqual([5]);
    expect(columnChoices(300, 14)).toEqual([10, 20]);
  });

  it('puts small groups side by side on a wide frame, in data order, and stacks them on a phone', () => {
    const wide = layoutUnits(rows([80, 20]), defaults, { width: 1280, height: 500 });
    expect(wide.groups[1]!.labelY).toBe(wide.groups[0]!.labelY);
    expect(wide.groups[1]!.labelX).toBeGreaterThan(wide.groups[0]!.labelX);
    const phone = layoutUnits(rows([80, 20]), defaults, { width: 320, height: 500 });
    expect(phone.groups[1]!.labelY).toBeGreaterThan(phone.groups[0]!.labelY);
  });

  // A 400 px embed had set "Russia, 2024" beside "United States, 2025".
  it('starts a new line of blocks where a new set (a year) begins, however wide the frame', () => {
    const sets = rows([40, 15, 3, 50]).map((r, i) => ({ ...r, set: i < 3 ? 2024 : 2025 }));
    for (const width of [400, 1280]) {
      const layout = layoutUnits(sets, defaults, { width, height: 600 });
      const [us, , europe, next] = layout.groups;
      expect(next!.labelX, `${width}`).toBe(us!.labelX);
      expect(next!.labelY, `${width}`).toBeGreaterThan(Math.max(...layout.groups.slice(0, 3).map((g) => g.labelY)));
      expect(europe!.labelY, `${width}`).toBeLessThan(next!.labelY);
    }
  });

  it('a million with perUnit 1 does not make a million squares', () => {
    const layout = layoutUnits(rows([1_000_000]), defaults, { width: 390, height: 400 });
    expect(layout.perUnit).toBeGreaterThanOrEqual(1000);
    expect(layout.groups[0]!.squares.length).toBeLessThanOrEqual(MAX_SQUARES);
  });

  it('hides groups not in `show` but keeps every position', () => {
    const all = layoutUnits(rows([60, 40]), defaults, { width: 390, height: 400 });
    const one = layoutUnits(rows([60, 40]), { ...defaults, show: ['g1'], highlight: ['g1'] }, { width: 390, height: 400 });
    expect(one.groups.map((g) => g.visible)).toEqual([false, true]);
    expect(one.groups.map((g) => g.labelY)).toEqual(all.groups.map((g) => g.labelY));
    expect(one.groups[1]!.highlighted).toBe(true);
  });

  it('an empty `show` hides every group', () => {
    const layout = layoutUnits(rows([5, 5]), { ...defaults, show: [] }, { width: 300, height: 300 });
    expect(layout.groups.every((g) => !g.visible)).toBe(true);
  });

  it("the remainder of a whole (role: rest) is marked in every state, highlighted or not, so its grey never changes", () => {
    const parts: Row[] = [{ id: 'yes', label: 'Still work for Russian firms', count: 80, source: 's' }, { id: 'no', label: 'Do not', count: 20, role: 'rest', source: 's' }];
    for (const highlight of [[], ['yes'], ['no']]) {
      const layout = layoutUnits(parts, { ...defaults, highlight }, { width: 358, height: 391 });
      expect(layout.groups.map((g) => g.rest)).toEqual([false, true]);
    }
    // The tooltip keeps the unit's capitals ("IT", not "it").
    // One square each: the tooltip gives the count alone, the chart's header the scale.
    expect(layoutUnits(parts, defaults, { width: 358, height: 391 }, 'IT workers').groups[1]!.full).toBe('Do not: 20 IT workers');
  });

  it('handles one row, a zero count and no rows', () => {
    expect(layoutUnits(rows([7]), defaults, { width: 280, height: 300 }).groups[0]!.squares).toHaveLength(7);
    expect(layoutUnits(rows([0]), defaults, { width: 280, height: 300 }).groups[0]!.squares).toHaveLength(0);
    expect(layoutUnits([], defaults, { width: 280, height: 300 }).groups).toEqual([]);
  });

  it('many groups shorten their labels but keep the count', () => {
    const size = { width: 280, height: 300 };
    const layout = layoutUnits(rows([10, 10, 10, 10, 10, 10], 'A very long label that would wrap onto three lines on a narrow phone screen'), defaults, size);
    expectTidy(layout, size);
    for (const g of layout.groups) expect(g.lines.at(-1)).toMatch(/: 10$/);
  });

  it('tooltip text names the label, count, unit and scale', () => {
    const layout = layoutUnits(rows([2500]), { ...defaults, perUnit: 100 }, { width: 390, height: 400 }, 'people');
    expect(layout.groups[0]!.full).toBe('IT specialists who left Russia, by one estimate 0: 2,500 people (25 squares; each square = 100 people)');
  });
});

describe('squaresFor and perUnitSteps', () => {
  it.each([
    [0, 1, 0],
    [0.2, 1, 1],
    [149, 100, 1],
    [151, 100, 2],
    [100_000, 1000, 100],
  ])('%s at %s per square is %s squares', (value, per, expected) => {
    expect(squaresFor(value, per)).toBe(expected);
  });

  it('steps 1, 2, 5, 10, 20, 50 times the base', () => {
    const steps = perUnitSteps(3);
    expect(Array.from({ length: 6 }, () => steps.next().value)).toEqual([3, 6, 15, 30, 60, 150]);
  });
});

describe('scaleNote', () => {
  it.each([
    [1, 'models', 'Each square = 1 model'],
    [1, 'people', 'Each square = 1 person'],
    [1, 'supercomputers', 'Each square = 1 supercomputer'],
    [1, 'economies', 'Each square = 1 economy'],
    [1000, 'people', 'Each square = 1,000 people'],
  ])('%i %s -> %s', (perUnit, unit, expected) => {
    expect(scaleNote(perUnit, unit)).toBe(expected);
  });
});

// On a 1680 px desktop the minister's 80 and "the rest" 20 sat side by side: two counts, not one hundred.
describe('the rest of a whole', () => {
  const whole: Row[] = [
    { id: 'part', label: 'Still worked for Russian companies from abroad', count: 80, source: 's' },
    { id: 'rest', label: 'He gave no figure for the rest', count: 20, role: 'rest', source: 's' },
  ];
  it.each([328, 664, 785, 1100])('continues its whole under it, in the same columns, at %i px', (width) => {
    const layout = layoutUnits(whole, defaults, { width, height: 600 });
    const [part, rest] = layout.groups as [UnitsLayout['groups'][number], UnitsLayout['groups'][number]];
    expect(rest.squares[0]!.x).toBe(part.squares[0]!.x);
    expect(rest.labelY).toBeGreaterThan(Math.max(...part.squares.map((s) => s.y)));
  });
});
