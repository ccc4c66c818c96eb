/**
 * A flow chart's step shows what its text says: every model the text names (the first word of a
 * link's `to` node, e.g. "YandexGPT" of "YandexGPT 5 Lite (Yandex)") has its link drawn in that
 * step's state. A step about YandexGPT once drew only T-Bank's link (review of 1 Dec 2026).
 */
import { describe, expect, it } from 'vitest';
import { readContent } from './support/readContent';
import { buildStory } from '../../src/lib/story';

const story = buildStory(readContent());

describe('flow chart steps', () => {
  const steps = story.chapters.flatMap((chapter) =>
    chapter.segments.flatMap((s) => (s.type === 'scrolly' && story.charts.get(s.chart)?.kind === 'flow' ? s.steps.map((step) => ({ chart: s.chart, step })) : [])),
  );

  it('are found', () => expect(steps.length).toBeGreaterThan(0));

  it.each(steps.map(({ chart, step }) => [step.id, chart, step] as const))('%s draws the link of every model its text names', (_, chart, step) => {
    const spec = story.charts.get(chart)!;
    const params = spec.states[step.state]!.params as { show?: string[] };
    const named = spec.rows.filter((row) => step.text.includes(String(row['to']).split(' ')[0]!));
    const hidden = named.filter((row) => params.show !== undefined && !params.show.includes(String(row['id'])));
    expect(hidden.map((row) => row['to'])).toEqual([]);
    // Nothing to compare would pass by accident: the Yandex step must name a drawn link.
    if (step.text.includes('YandexGPT')) expect(named.map((row) => String(row['to']))).toContainEqual(expect.stringContaining('YandexGPT'));
  });
});
