/**
 * The island's squares: one path per colour whose `d` the browser transitions between states,
 * which it can only do when both paths have the same commands (only numbers differ), and where
 * the n-th square of a colour is the same unit in every state (object constancy).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { layoutSquares } from './layout';
import { squarePaths } from './liveSquares';
import { squaresParams } from './params';

const rows: Row[] = [
  { id: 'all', role: 'total', label: 'All systems in the list', count: 500, source: 's' },
  { id: 'united-states', role: 'country', label: 'United States', count: 171, source: 's' },
  { id: 'china', role: 'country', label: 'China', count: 40, source: 's' },
  { id: 'russia', role: 'country', label: 'Russia', count: 5, source: 's' },
  { id: 'chervonenkis', role: 'system', group: 'russia', label: 'Chervonenkis (Yandex)', rank: 84, source: 's' },
];
const size = { width: 390, height: 400 };
const leaders = layoutSquares(rows, squaresParams.parse({ split: ['united-states', 'china', 'russia'] }), size);
const callout = layoutSquares(rows, squaresParams.parse({ split: ['united-states', 'china', 'russia'], callout: 'russia' }), size);

const squaresIn = (d: string) => [...d.matchAll(/M([\d.-]+),([\d.-]+)h([\d.-]+)v[\d.-]+h-?[\d.-]+z/g)].map(([, x, y, s]) => ({ x: Number(x), y: Number(y), size: Number(s) }));
const commands = (d: string) => d.replace(/[\d.,-]+/g, '');

describe('live squares', () => {
  it('one path per colour, a square per unit, Russia drawn last', () => {
    const paths = squarePaths(leaders.squares);
    expect(paths.map((p) => p.kind)).toEqual(['other', 'us', 'china', 'russia']);
    const count = Object.fromEntries(paths.map((p) => [p.kind, squaresIn(p.d).length]));
    // Russia's five, and the panel's copy of its one named system, waiting unseen on its square.
    expect(count).toEqual({ other: 284, us: 171, china: 40, russia: 6 });
  });

  it('two states give paths of the same commands, so the browser can move one into the other', () => {
    const [before, after] = [squarePaths(leaders.squares), squarePaths(callout.squares)];
    expect(after.map((p) => p.kind)).toEqual(before.map((p) => p.kind));
    after.forEach((p, i) => expect(commands(p.d)).toBe(commands(before[i]!.d)));
    expect(after.find((p) => p.kind === 'russia')!.d).not.toBe(before.find((p) => p.kind === 'russia')!.d);
  });

  it('the n-th square of a colour is the same unit in every state, at its layout place', () => {
    const russia = (layout: typeof leaders) => squaresIn(squarePaths(layout.squares).find((p) => p.kind === 'russia')!.d);
    for (const layout of [leaders, callout]) {
      const units = layout.squares.filter((sq) => sq.group === 'russia');
      expect(units.map((sq) => sq.key)).toEqual(['russia-0', 'russia-0~', 'russia-1', 'russia-2', 'russia-3', 'russia-4']);
      russia(layout).forEach((drawn, i) => {
        expect(drawn.x).toBeCloseTo(units[i]!.x, 2);
        expect(drawn.y).toBeCloseTo(units[i]!.y, 2);
        expect(drawn.size).toBeCloseTo(units[i]!.size, 2);
      });
    }
  });
});
