/**
 * A timeline's spine ends at the last event a step has reached (a faint ruler on to the last
 * date, and before it undated ticks, read to reviewers as an empty frame or meaningless marks);
 * the events still to come are listed off it, paler (Marks.svelte's CSS), and so are the dates
 * after a watch list's "Now".
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
const spineEnd = (svg: string) => Number(/<line class="axis[^"]*"[^>]*\by2="(-?[\d.]+)"/.exec(svg)?.[1]);
const lowestShown = (svg: string) => Math.max(...[...svg.matchAll(/<g class="event(?![^"]*\bhidden\b)[^"]*"[^>]*>[\s\S]*?<circle[^>]*\bcy="(-?[\d.]+)"/g)].map((m) => Number(m[1])));
const hiddenEvents = (svg: string) => svg.match(/<g class="event[^"]*\bhidden\b/g)?.length ?? 0;

describe('timeline: the spine', () => {
  const states = Object.keys(spec.states);
  it('ends at the last event shown: nothing is drawn below the first step\'s event, and the last step reaches its last event', () => {
    const first = draw(states[0]!);
    expect(hiddenEvents(first)).toBeGreaterThan(5);
    expect(first).not.toContain('class="ahead');
    expect(Number.isFinite(spineEnd(first)) && Number.isFinite(lowestShown(first))).toBe(true);
    expect(spineEnd(first)).toBe(lowestShown(first));
    const final = draw(states.at(-1)!);
    expect(hiddenEvents(final)).toBe(0);
    expect(spineEnd(final)).toBe(lowestShown(final));
    expect(spineEnd(final) - spineEnd(first)).toBeGreaterThan(size.height / 2);
  });
  // The watch list's story date: the ruler passed it had been computed but no longer drawn.
  it('writes "Now" on the ruler of a timeline that has a story date, and not on one without', () => {
    const watch = drawOf('outlook-watch');
    const state = Object.keys(story.charts.get('outlook-watch')!.states)[0]!;
    expect(watch(state)).toMatch(/<text class="now[^"]*"[^>]*>Now<\/text>/);
    expect(draw(states[0]!)).not.toContain('>Now<');
  });
  // "Now" as a tick on the spine alone was missed (review of 5 Dec): a rule runs on across the labels.
  it('runs a rule from "Now" across the label column', () => {
    const state = Object.keys(story.charts.get('outlook-watch')!.states)[0]!;
    const rule = /<line class="now-rule[^"]*"[^>]*\bx1="([\d.]+)"[^>]*\bx2="([\d.]+)"/.exec(drawOf('outlook-watch')(state));
    expect(rule).not.toBeNull();
    expect(Number(rule![2]) - Number(rule![1])).toBeGreaterThan(size.width * 0.6);
    expect(draw(states[0]!)).not.toContain('now-rule');
  });
  // A reviewer read the watch list's past and future dates as drawn alike, "Now" a tiny tick between.
  it('marks the dates after "Now" as still to come, and none before it', () => {
    const spec = story.charts.get('outlook-watch')!;
    const [state, { params }] = Object.entries(spec.states)[0]!;
    const today = String((params as TimelineParams).today);
    const svg = drawOf('outlook-watch')(state);
    const events = [...svg.matchAll(/<g class="event([^"]*)"[^>]*data-id="([^"]+)"/g)].map((m) => ({ ahead: /\bahead\b/.test(m[1]!), date: String(spec.rows.find((r) => r['id'] === m[2])!['date']) }));
    expect(events.filter((e) => e.ahead).length).toBeGreaterThan(0);
    for (const e of events) expect(e.ahead, e.date).toBe(e.date > today);
  });
});
