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
import { compactChartHtml } from '../components/staticCharts';
import Chart from './Chart.svelte';
import type { ChartSpec } from './types';

const story = buildStory(readContent());

/** Where each row of the still copy `width` wide of a bars state starts, and where its bar ends below. */
function barRows(id: string, stateName: string, width: number): { y: number; barBottom: number }[] {
  const spec = story.charts.get(id)!;
  const { body } = render(Chart, { props: { spec, stateName, base: '/', idPrefix: 'still', widths: [width] } });
  const copy = body.slice(body.indexOf(`data-width="${width}"`));
  return [...copy.matchAll(/<g class="bar[^"]*"[^>]*transform="translate\(0,([-\d.]+)\)"[^>]*>[\s\S]*?<rect class="bar-rect[^"]*"[^>]*height="([\d.]+)"[^>]*transform="translate\([-\d.]+,([-\d.]+)\)/g)].map((m) => ({
    y: Number(m[1]),
    barBottom: Number(m[1]) + Number(m[3]) + Number(m[2]),
  }));
}

describe('still copies keep no room for other steps’ notes', () => {
  // The air from each bar to the next row is the same (a label over its bar may take two lines).
  it.each(EMBED_WIDTHS)('the chip-share overview at %i px: the same air under every bar', (width) => {
    const rows = barRows('china-chip-share', 'allEstimates', width);
    expect(rows.length).toBe(3);
    const gaps = rows.slice(1).map((row, i) => row.y - rows[i]!.barBottom);
    expect(Math.max(...gaps) - Math.min(...gaps), `${gaps}`).toBeLessThan(1);
  });
});

/** The viewBox height of the still copy `width` wide of a chart's state, and its svg markup. */
function still(id: string | ChartSpec, stateName: string, width: number): { height: number; svg: string } {
  const spec = typeof id === 'string' ? story.charts.get(id)! : id;
  // As pages serve it: without the marks the state hides.
  const body = compactChartHtml(render(Chart, { props: { spec, stateName, base: '/', idPrefix: 'still', widths: [width] } }).body);
  const svg = body.slice(body.indexOf('<svg'), body.indexOf('</svg>'));
  return { height: Number(/viewBox="0 [-\d.]+ [\d.]+ ([\d.]+)"/.exec(svg)![1]), svg };
}

/** The lowest y any text of a still copy starts at (its baseline less a line), in the copy's units. */
const lowestText = (svg: string): number => Math.max(...[...svg.matchAll(/<text[^>]*\sy="([-\d.]+)"/g)].map((m) => Number(m[1])));

describe('still copies are cut above what their state draws', () => {
  it('two bars of a state that fits its own rows start their copy, with no band of empty frame above them', () => {
    for (const width of [288, 328]) {
      const { svg } = still('chatbot-visits-2025', 'pollChoice', width);
      const box = /viewBox="[-\d.]+ ([-\d.]+) [\d.]+ ([\d.]+)"/.exec(svg)!;
      const top = Number(box[1]);
      const height = Number(box[2]);
      const firstRow = Math.min(...[...svg.matchAll(/<g class="bar[^"]*"[^>]*transform="translate\(0,([-\d.]+)\)"/g)].map((m) => Number(m[1])));
      // Nothing drawn is cut: the first row starts inside the copy, a margin under its top.
      expect(firstRow - top, `${width}`).toBeGreaterThanOrEqual(0);
      expect(firstRow - top, `${width}`).toBeLessThanOrEqual(12);
      expect(height, `${width}`).toBeGreaterThan(80);
    }
  });
});

describe('still copies are cut below what their state draws', () => {
  it('a step that shows two of five bars ends under them, not in the rows later steps fill', () => {
    // The returns chart's first step once showed its two claims alone (it now shows the survey's
    // rows beside them, unhighlighted): such a step, as a still copy.
    const spec = story.charts.get('returns-claimed-vs-surveyed')!;
    const first = spec.states['officialReturnClaims']!;
    const twoOfFive = { ...spec, states: { ...spec.states, claimsOnly: { ...first, params: { ...first.params, show: ['minister-sim-cards-may-2022', 'prime-minister-sim-cards-may-2022'] } } } } as ChartSpec;
    const claims = still(twoOfFive, 'claimsOnly', 400);
    const all = still('returns-claimed-vs-surveyed', 'surveyReturns', 400);
    const ys = [...claims.svg.matchAll(/<g class="bar[^"]*"[^>]*transform="translate\(0,([-\d.]+)\)"/g)].map((m) => Number(m[1]));
    expect(ys.length).toBe(2);
    expect(claims.height).toBeLessThan(all.height * 0.6);
    expect(claims.height).toBeGreaterThan(Math.max(...ys));
  });

  it.each(EMBED_WIDTHS)('a timeline at its first event is cut under it; at its last, nothing drawn is cut (%i px)', (width) => {
    const spec = story.charts.get('ambition-milestones')!;
    const [first, last] = [Object.keys(spec.states)[0]!, Object.keys(spec.states).at(-1)!];
    const early = still('ambition-milestones', first, width);
    const late = still('ambition-milestones', last, width);
    expect(early.height).toBeLessThan(late.height * 0.6);
    // Each event's label is a group translated to its place: every one of them inside the copy.
    const places = (svg: string) => [...svg.matchAll(/<g class="event[^"]*"[^>]*>[\s\S]*?translate\([-\d.]+,([-\d.]+)\)/g)].map((m) => Number(m[1]));
    for (const copy of [early, late]) expect(Math.max(...places(copy.svg), lowestText(copy.svg))).toBeLessThan(copy.height);
  });

  // At 560 px (the cover) the blocks now fill the frame: with the names measured as the font
  // draws them, the panel fits beside two columns of blocks at a larger pitch, where three
  // columns had left the frame's foot empty. A tablet's embed (400 px) still leaves it empty.
  it('the squares at 400 px (an embed) end under the panel, not at two thirds of the width; at 560 px (the cover) nothing drawn is cut', () => {
    const spec = story.charts.get('top500-squares-nov-2025')!;
    const state = Object.keys(spec.states).at(-1)!;
    const embed = still('top500-squares-nov-2025', state, 400);
    expect(embed.height).toBeLessThan(Math.round((400 * 2) / 3) - 32);
    // The copy ends a line under its lowest text (the panel's last line).
    expect(embed.height - lowestText(embed.svg)).toBeGreaterThan(0);
    expect(embed.height - lowestText(embed.svg)).toBeLessThan(32);
    const cover = still('top500-squares-nov-2025', state, 560);
    expect(cover.height).toBeLessThanOrEqual(Math.round((560 * 2) / 3));
    expect(lowestText(cover.svg)).toBeLessThan(cover.height);
  });
});
