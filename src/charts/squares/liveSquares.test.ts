/**
 * The island's squares: markup the server writes and the island adopts, then moves square by
 * square. A step writes only the transforms of the squares that move (DOM writes are what a
 * phone pays for in style and layout), and reads none (the n-th rect is the n-th square).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { layoutSquares } from './layout';
import { placeSquares, squaresMarkup } from './liveSquares';
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

/** The markup's rects as stand-ins for DOM elements that count their writes. */
function drawn(markup: string) {
  let writes = 0;
  const rects = [...markup.matchAll(/<rect ([^>]*)\/>/g)].map(([, attrs]) => {
    const a = new Map([...attrs!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!]));
    return { getAttribute: (k: string) => a.get(k) ?? null, setAttribute: (k: string, v: string) => (writes++, a.set(k, v)) };
  });
  return { g: { children: rects } as unknown as Element, rects, writes: () => writes };
}

describe('live squares', () => {
  it('one rect per unit, keyed, in its place’s colour class', () => {
    const markup = squaresMarkup(leaders.squares);
    expect(markup.match(/<rect /g)).toHaveLength(500);
    expect(markup.match(/class="unit moving russia"[^>]*data-key="russia-/g)).toHaveLength(5);
    expect(markup.match(/class="unit moving us"[^>]*data-key="united-states-/g)).toHaveLength(171);
    expect(markup.match(/class="unit moving other"/g)).toHaveLength(284);
    expect(markup).not.toMatch(/\sstyle="/);
  });

  it('placing the state drawn writes nothing; the next state moves only the squares that move, to the layout’s places', () => {
    const { g, rects, writes } = drawn(squaresMarkup(leaders.squares));
    placeSquares(g, leaders.squares, leaders.squares);
    expect(writes()).toBe(0);
    placeSquares(g, callout.squares, leaders.squares);
    const moved = callout.squares.filter((sq, i) => sq.x !== leaders.squares[i]!.x || sq.y !== leaders.squares[i]!.y || sq.size !== leaders.squares[i]!.size);
    expect(moved.length).toBeGreaterThan(0);
    expect(writes()).toBe(moved.length);
    const chervonenkis = rects.find((r) => r.getAttribute('data-key') === 'russia-0')!;
    const placed = callout.squares.find((sq) => sq.key === 'russia-0')!;
    expect(chervonenkis.getAttribute('transform')).toBe(`translate(${placed.x},${placed.y}) scale(${placed.size})`);
  });
});
