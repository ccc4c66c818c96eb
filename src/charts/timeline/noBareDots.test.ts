/**
 * A still copy (the flat view's step charts at 328 px, embeds from 288 px) labels every event it
 * shows: with its words, its date, or a count of the run it belongs to. The step's own label
 * once took three lines on a phone-width copy and left three later events as bare dots.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../tests/content/support/readContent';
import { buildStory } from '../../lib/story';
import { EMBED_WIDTHS } from '../../share/links';
import { heightForWidth } from '../types';
import { layoutTimeline } from './layout';
import type { TimelineParams } from './schema';

const story = buildStory(readContent());
const timelines = [...story.charts.values()].filter((spec) => spec.kind === 'timeline');

describe('every event a still copy shows is labelled or counted', () => {
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s', (_, spec) => {
    const bare: string[] = [];
    for (const width of [328, ...EMBED_WIDTHS]) {
      for (const [name, state] of Object.entries(spec.states)) {
        const layout = layoutTimeline(spec.rows, state.params as TimelineParams, { width, height: heightForWidth(width) }, state.notes ?? []);
        for (const e of layout.events) if (e.visible && !e.lines.length && !e.in) bare.push(`${width} ${name} ${e.id}`);
      }
    }
    expect(bare).toEqual([]);
  });
});
