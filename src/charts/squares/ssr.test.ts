/**
 * Server render of the squares marks: 500 keyed squares in the static HTML for each state,
 * Russia's in their own class, labels and the named systems as text, no inline styles.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import Marks from './Marks.svelte';
import { SQUARE_KINDS } from './liveSquares';
import { squaresParams, squaresRow } from './params';
import ServerMarks from './ServerMarks.svelte';

const rows: Row[] = [
  { id: 'all', role: 'total', label: 'All systems in the list', count: 500, source: 's' },
  { id: 'united-states', role: 'country', label: 'United States', count: 171, source: 's' },
  { id: 'russia', role: 'country', label: 'Russia', count: 5, source: 's' },
  { id: 'chervonenkis', role: 'system', group: 'russia', label: 'Chervonenkis (Yandex)', rank: 84, source: 's' },
  { id: 'sberbank', role: 'system', group: 'russia', label: 'Two Sberbank machines', count: 2, source: 's' },
];
const size = { width: 390, height: 400 };

describe('squares marks on the server', () => {
  const full = [...rows, { id: 'lyapunov', role: 'system', group: 'russia', label: 'Lyapunov (Yandex)', rank: 141, source: 's' }, { id: 'galushkin', role: 'system', group: 'russia', label: 'Galushkin (Yandex)', rank: 116, source: 's' }] as Row[];
  it.each([
    ['blocks', { split: ['united-states'], highlight: ['united-states'] }],
    ['callout', { split: ['united-states'], callout: 'russia' }],
  ])('%s: 500 squares, Russia’s five in their class, no style attributes', (_, p) => {
    const { body } = render(Marks, { props: { rows: squaresRow.array().parse(full), params: squaresParams.parse(p), size, interactive: true } });
    expect(body).not.toMatch(/\sstyle="/);
    const squaresOf = (kind: string) => body.match(new RegExp(`<path class="unit ${kind}[^"]*" d="([^"]*)"`))?.[1]?.match(/M/g)?.length ?? 0;
    // Every unit once, and the panel's copies of Russia's five (unseen, on their squares, until the callout).
    expect(SQUARE_KINDS.reduce((n, kind) => n + squaresOf(kind), 0)).toBe(505);
    expect(squaresOf('russia')).toBe(10);
    // The United States keeps its colour here as in every chart.
    expect(squaresOf('us')).toBe(171);
  });

  it('the callout names each system with its rank, as text', () => {
    const { body } = render(Marks, { props: { rows: squaresRow.array().parse(rows), params: squaresParams.parse({ split: ['united-states'], callout: 'russia' }), size } });
    expect(body).toContain('Chervonenkis (Yandex): 84th');
    expect(body).toContain('Two Sberbank machines');
    expect(body).toContain('Russia: 5 systems');
  });

  it('interactive blocks take focus and carry their count; static copies do not', () => {
    const params = squaresParams.parse({ split: ['united-states'] });
    const live = render(Marks, { props: { rows: squaresRow.array().parse(rows), params, size, interactive: true } }).body;
    expect(live).toContain('aria-label="United States: 171 systems"');
    expect(live).toContain('data-tip="Other countries: 329 systems"');
    // The kind's marks on the server (static copies); the island renders Marks alone, always interactive.
    const still = render(ServerMarks, { props: { rows: squaresRow.array().parse(rows), params, size } }).body;
    expect(still).not.toContain('tabindex');
    // Static copies never move, so they draw one path per colour instead of 500 nodes.
    expect(still).not.toContain('data-key=');
    // One per colour drawn (the United States', Russia's, the rest's), each in its place's colour class.
    expect(still.match(/<path class="unit [a-z]+ sv-/g)?.map((m) => m.split(' ')[2]).sort()).toEqual(['other', 'russia', 'us']);
  });
});
