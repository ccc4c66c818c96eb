import { describe, expect, it } from 'vitest';
import { readingOrder, rovingMarks } from './roving';

describe('readingOrder', () => {
  const grid = [
    { x: 200, y: 10 },
    { x: 10, y: 40 },
    { x: 10, y: 11 },
    { x: 100, y: 40 },
  ];
  it.each([
    { order: 'rows' as const, expected: [2, 0, 1, 3], why: 'rows: top to bottom, a row (within 3 px) left to right' },
    { order: 'columns' as const, expected: [2, 1, 3, 0], why: 'columns: left to right, a column top to bottom' },
    { order: 'document' as const, expected: [0, 1, 2, 3], why: 'document: as drawn' },
  ])('$why', ({ order, expected }) => {
    expect(readingOrder(grid, order)).toEqual(expected);
  });
  it('keeps ties in drawing order', () => expect(readingOrder([{ x: 0, y: 0 }, { x: 0, y: 0 }], 'rows')).toEqual([0, 1]));
  it('handles no marks', () => expect(readingOrder([], 'rows')).toEqual([]));
});

describe('rovingMarks', () => {
  /** Just enough of an svg for roving.ts: marks with a place, a tab index and focus. */
  function fakeChart(places: { x: number; y: number }[]) {
    let focused: unknown;
    const marks = places.map((p, i) => ({
      name: `mark ${i}`,
      tabIndex: 0,
      getBoundingClientRect: () => ({ x: p.x, y: p.y }),
      focus() {
        focused = this;
      },
    }));
    const listeners: Record<string, (e: { target: unknown }) => void> = {};
    const svg = {
      querySelectorAll: (selector: string) => (selector.startsWith('text') ? [] : marks),
      addEventListener: () => undefined,
      parentNode: { addEventListener: (type: string, f: (e: { target: unknown }) => void) => (listeners[type] = f) },
    };
    const tabIn = (target: unknown) => {
      focused = target;
      listeners['focusin']!({ target });
    };
    return { marks, svg: svg as unknown as SVGSVGElement, tabIn, focused: () => focused };
  }

  it('leaves one tab stop, the first mark drawn, without measuring; tabbing in moves to the first mark in reading order', () => {
    // Drawn in data order: the second mark sits above the first.
    const chart = fakeChart([{ x: 0, y: 50 }, { x: 0, y: 10 }, { x: 0, y: 90 }]);
    const refresh = rovingMarks(chart.svg, 'rows');
    refresh();
    expect(chart.marks.map((m) => m.tabIndex)).toEqual([0, -1, -1]);
    chart.tabIn(chart.marks[0]);
    expect(chart.focused()).toBe(chart.marks[1]);
    expect(chart.marks.map((m) => m.tabIndex)).toEqual([-1, 0, -1]);
    // The stop stays where the reader left it through the next redraw.
    refresh();
    expect(chart.marks.map((m) => m.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('a mark focused otherwise (a click) keeps the focus', () => {
    const chart = fakeChart([{ x: 0, y: 50 }, { x: 0, y: 10 }]);
    rovingMarks(chart.svg, 'rows')();
    chart.tabIn(chart.marks[1]);
    expect(chart.focused()).toBe(chart.marks[1]);
    expect(chart.marks.map((m) => m.tabIndex)).toEqual([0, -1]);
  });
});
