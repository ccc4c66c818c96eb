import { describe, expect, it } from 'vitest';
import { squaresPath } from './squaresPath';

/** Where each square of a path starts, following its moves as a browser would. */
function corners(d: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, dx, dy] of d.matchAll(/([Mm])(-?[\d.]+),(-?[\d.]+)/g)) {
    x = cmd === 'M' ? Number(dx) : x + Number(dx);
    y = cmd === 'M' ? Number(dy) : y + Number(dy);
    out.push({ x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 });
  }
  return out;
}

describe('squaresPath', () => {
  it('draws every square where it is, in any order and at fractional positions', () => {
    const squares = Array.from({ length: 500 }, (_, i) => ({ x: 10.333 + (i % 37) * 6.1, y: 3.7 + Math.floor(i / 37) * 6.1, size: 5 })).reverse();
    const d = squaresPath(squares);
    const want = squares.map(({ x, y }) => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`).sort();
    expect(corners(d).map(({ x, y }) => `${x},${y}`).sort()).toEqual(want);
    expect(d.match(/h5v5h-5z/g)).toHaveLength(500);
  });

  it('is empty for no squares', () => {
    expect(squaresPath([])).toBe('');
  });
});
