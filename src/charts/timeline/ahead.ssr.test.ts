/**
 * A timeline's first steps show only their own events; the rest of the ruler is drawn faint
 * down to the last date, so the reader sees the story goes on. No tick marks the dates to come:
 * undated, a reviewer read a dozen of them as meaningless marks.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../tests/content/support/readContent';
import { buildStory } from '../../lib/story';
import Marks from './Marks.svelte';
import type { TimelineParams, TimelineRow } from './schema';

const story = buildStory(readContent());
const size = { width: 358, height: 560 };
const drawOf = (chart: string) => (state: string) => {
  const spec = story.charts.get(chart)!;
  const { params, notes } = spec.states[state]!;
  return render(Marks, { props: { rows: spec.rows as TimelineRow[], params: params as TimelineParams, size, notes } }).body;
};
const spec = story.charts.get('ambition-milestones')!;
const draw = drawOf('ambition-milestones');
const ahead = (svg: string) => /<path class="ahead[^"]*" d="([^"]*)"/.exec(svg)?.[1] ?? '';
const hiddenEvents = (svg: string) => svg.match(/<g class="event[^"]*\bhidden\b/g)?.length ?? 0;

describe('timeline: the ruler still to come', () => {
  const states = Object.keys(spec.states);
  it('runs the faint ruler down to the last date, with no ticks, and draws none once every event is shown', () => {
    const first = draw(states[0]!);
    expect(hiddenEvents(first)).toBeGreaterThan(5);
    expect(ahead(first)).toMatch(/^M[\d.]+,-?[\d.]+V-?[\d.]+$/);
    const [, end, last] = /^M[\d.]+,(-?[\d.]+)V(-?[\d.]+)/.exec(ahead(first))!.map(Number);
    expect(last! - end!).toBeGreaterThan(size.height / 2);
    const final = draw(states.at(-1)!);
    expect(hiddenEvents(final)).toBe(0);
    const [, endF, lastF] = /^M[\d.]+,(-?[\d.]+)V(-?[\d.]+)/.exec(ahead(final))!.map(Number);
    expect(lastF).toBe(endF);
  });
  // The watch list's story date: the ruler passed it had been computed but no longer drawn.
  it('writes "Now" on the ruler of a timeline that has a story date, and not on one without', () => {
    const watch = drawOf('outlook-watch');
    const state = Object.keys(story.charts.get('outlook-watch')!.states)[0]!;
    expect(watch(state)).toMatch(/<text class="now[^"]*"[^>]*>Now<\/text>/);
    expect(draw(states[0]!)).not.toContain('>Now<');
  });
});
