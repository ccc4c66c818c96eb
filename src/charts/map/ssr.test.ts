/**
 * Server render of the map marks: the land and countries arrive as path strings (no geometry
 * code needed to draw them), routes carry their status for the line style, Russia its own
 * class, place names and the key are text; no inline styles.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { basemap } from './basemap';
import Marks from './Marks.svelte';
import { mapParams, mapRow } from './params';

const rows: Row[] = [
  { id: 'a', from: 'US chipmakers', fromPlace: 'united-states', to: 'Russia', toPlace: 'russia', status: 'cut', label: 'Sales stopped, March 2022', source: 's' },
  { id: 'b', from: 'China', fromPlace: 'china', to: 'Russia', toPlace: 'russia', status: 'active', label: '$750 million', source: 's' },
];
const geo = basemap();

describe('map marks on the server', () => {
  it('draws the projected land, the routes with their status, Russia in its class, and the key', () => {
    const { body } = render(Marks, { props: { rows: mapRow.array().parse(rows), params: mapParams.parse({ show: ['a'], highlight: ['a'] }), size: { width: 390, height: 420 }, geo } });
    expect(body).not.toMatch(/\sstyle="/);
    expect(body).toContain(`d="${geo.narrow.land}"`);
    expect(body).toMatch(/class="route cut[^"]*highlighted/);
    expect(body).toMatch(/class="route active/);
    expect(body).toMatch(/class="place[^"]*russia/);
    // Countries are classed by name, so Russia and China keep their colours (Marks' CSS).
    expect(body).toMatch(/class="country russia[ "]/);
    expect(body).toMatch(/class="country china[ "]/);
    expect(body).toContain('United States to Russia: Sales stopped, March 2022');
    expect(body).toContain("one newsroom's report");
  });

  it('interactive: shown routes take focus with their words; hidden ones leave the accessibility tree', () => {
    const { body } = render(Marks, { props: { rows: mapRow.array().parse(rows), params: mapParams.parse({ show: ['a'] }), size: { width: 1000, height: 320 }, geo, interactive: true } });
    expect(body.match(/tabindex="0"/g)).toHaveLength(1);
    expect(body).toContain('aria-label="United States to Russia (cut): Sales stopped, March 2022"');
    expect(body).toContain('aria-hidden="true"');
    expect(body).toContain('data-crop="wide"');
  });
});
