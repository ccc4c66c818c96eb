/**
 * Server render of the tracker: one card per promise in every state, filled in only as far as
 * the state says, "No measure published" where there is none, no inline styles; and the
 * island's marks draw a server-made layout scaled to their frame.
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TRACKER_CONTEXT, trackerLayouts } from './context';
import Marks from './Marks.svelte';
import { trackerParams, trackerRow } from './params';
import ServerMarks from './ServerMarks.svelte';

const rows = trackerRow.array().parse((parse(readFileSync('content/data/promise-tracker.yaml', 'utf8')) as { rows: unknown[] }).rows);
const size = { width: 390, height: 420 };

describe('tracker marks on the server', () => {
  it.each([
    [['compute'], 1],
    [['compute', 'skills', 'sectors'], 3],
    [undefined, 7],
  ] as const)('filled %j: %i of 7 cards filled in', (filled, n) => {
    const params = trackerParams.parse(filled ? { filled: [...filled], highlight: [filled.at(-1)] } : {});
    const { body } = render(ServerMarks, { props: { rows, params, size } });
    expect(body).not.toMatch(/\sstyle="/);
    expect(body.match(/class="card[^"]*"/g)).toHaveLength(7);
    expect(body.match(/class="card[^"]*\bfilled\b/g)).toHaveLength(n);
    expect(body).toContain('No measure published');
    // A narrow frame's list: the key heads the columns and says the date most targets share
    // once; the one target given with no year says so on its card.
    expect(body).toContain('>tenfold (no year given)<');
    expect(body).toContain('>80%<');
    expect(body).toContain('>Promised by 2030<');
    expect(body).toContain('>Latest<');
  });

  it('the island draws the nearest server-made layout, scaled to its frame', () => {
    const layouts = trackerLayouts(rows);
    const { body } = render(Marks, { props: { rows, params: trackerParams.parse({}), size: { width: 700, height: 500 } }, context: new Map([[TRACKER_CONTEXT, layouts]]) });
    expect(body).toContain('transform="translate(0,0) scale(1.25)"'); // the 560 by 392 layout, 1.25 times
    expect(body.match(/class="card[^"]*\bfilled\b/g)).toHaveLength(7);
  });
});
