import { describe, expect, it } from 'vitest';
import { readingOrder } from './roving';

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
