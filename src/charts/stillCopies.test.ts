/**
 * A still copy (an embed, the cover's chart) shows one state: it keeps no room under its rows
 * for other steps' notes, which a live chart keeps so its rows stay put between steps (the chip
 * share's overview embed had a gap where the WSJ step writes its note). Rendered on the server.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../tests/content/support/readContent';
import { buildStory } from '../lib/story';
import { EMBED_WIDTHS } from '../share/links';
import Chart from './Chart.svelte';

const story = buildStory(readContent());

/** The y of each bar in the still copy `width` wide of a chart's state. */
function barYs(id: string, stateName: string, width: number): number[] {
  const spec = story.charts.get(id)!;
  const { body } = render(Chart, { props: { spec, stateName, base: '/', idPrefix: 'still', widths: [width] } });
  const copy = body.slice(body.indexOf(`data-width="${width}"`));
  return [...copy.matchAll(/<g class="bar[^"]*"[^>]*transform="translate\(0,([-\d.]+)\)"/g)].map((m) => Number(m[1]));
}

describe('still copies keep no room for other steps’ notes', () => {
  it.each(EMBED_WIDTHS)('the chip-share overview at %i px: its bars evenly spaced', (width) => {
    const ys = barYs('china-chip-share', 'allEstimates', width);
    expect(ys.length).toBe(3);
    const gaps = ys.slice(1).map((y, i) => y - ys[i]!);
    expect(Math.max(...gaps) - Math.min(...gaps), `${gaps}`).toBeLessThan(1);
  });
});
