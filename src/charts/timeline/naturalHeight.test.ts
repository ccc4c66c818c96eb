/**
 * A timeline's own height (ChartFrame's `fit`): where a short list needs less than a desktop's
 * panel, the frame keeps to it. On a desktop the Yandex timeline's events (four, then) had sat centred
 * in the panel, 130 px under their title. Laid out at that height, every state is drawn as in a
 * taller frame (no label shortened) and inside it.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../tests/content/support/readContent';
import { buildStory } from '../../lib/story';
import { notesOfEveryState } from '../shared/notes';
import { typeZoom, zoomedSize } from '../shared/text';
import { layoutTimeline, timelineNaturalHeight } from './layout';
import type { TimelineParams } from './schema';

const story = buildStory(readContent());
const timelines = [...story.charts.values()].filter((spec) => spec.kind === 'timeline');

describe('a timeline keeps to its own height', () => {
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: every state drawn whole and inside it', (_, spec) => {
    const states = spec.states as Record<string, { params: TimelineParams; notes?: { at: string; text: string }[] }>;
    const reserve = notesOfEveryState(states);
    for (const width of [343, 664, 750, 1100]) {
      const zoom = typeZoom(width);
      const frame = zoomedSize({ width, height: 1e4 }, zoom);
      const natural = timelineNaturalHeight(spec.rows, states, reserve, frame);
      const tops: number[] = [];
      for (const [name, state] of Object.entries(states)) {
        const at = `${width} px, ${name}`;
        const tall = layoutTimeline(spec.rows, state.params, frame, state.notes, reserve);
        const fitted = layoutTimeline(spec.rows, state.params, { width: frame.width, height: natural }, state.notes, reserve);
        expect(fitted.events.map((e) => e.lines), at).toEqual(tall.events.map((e) => e.lines));
        const labelled = fitted.events.filter((e) => e.lines.length);
        // Every gap as open as in a taller frame; no air above the first label in the tallest state.
        tops.push(labelled[0]!.labelY);
        expect(labelled[0]!.labelY, at).toBeGreaterThanOrEqual(16);
        const from = (l: typeof tall) => l.events.filter((e) => e.lines.length).map((e, _, [first]) => e.labelY - first!.labelY);
        const [gaps, tallGaps] = [from(fitted), from(tall)];
        expect(Math.max(...gaps.map((g, i) => Math.abs(g - tallGaps[i]!))), at).toBeLessThanOrEqual(1);
        for (const e of labelled) {
          expect(e.labelY + e.lines.length * 16, `${at}, ${e.id}`).toBeLessThanOrEqual(natural - 16 + 1);
          if (e.note) expect(e.note.y + e.note.height, `${at}, ${e.id}'s note`).toBeLessThanOrEqual(natural);
        }
        if (fitted.now !== undefined) expect(fitted.now, at).toBeLessThan(natural);
      }
      expect(Math.min(...tops), `${width} px`).toBe(16);
    }
  });

  it('the Yandex timeline, five events, needs well under a desktop panel', () => {
    const spec = story.charts.get('yandex-split')!;
    const states = spec.states as Record<string, { params: TimelineParams; notes?: { at: string; text: string }[] }>;
    const zoom = typeZoom(750);
    const natural = zoom * timelineNaturalHeight(spec.rows, states, notesOfEveryState(states), zoomedSize({ width: 750, height: 1e4 }, zoom));
    expect(natural).toBeLessThan(480);
  });
});

