/**
 * The cover: its hero chart and each chapter's thumbnail. Shared by the cover page and the
 * thumbnails' image files (src/pages/charts/thumbs/), so both name the same chart and state.
 */
import type { ChartSpec } from '../charts/types';
import type { Story } from './story';

/**
 * The hero chart and the state it shows. One constant, so another chart can take its place;
 * a state the chart lacks falls back to its last state.
 */
export const HERO = { chart: 'top500-squares-nov-2025', state: 'top500Russia' } as const;

export interface CoverThumb {
  chapter: string;
  spec: ChartSpec;
  state: string;
}

/**
 * Each chapter's small visual: its first chart that reads as a shape at thumbnail size (not a
 * timeline or a range chart, whose marks shrink to specks, and not the hero), in the state of
 * that section's last step.
 */
const SPECKS = new Set(['timeline', 'range']);

export function coverThumbs(story: Story): CoverThumb[] {
  return story.chapters.flatMap((chapter) => {
    const sections = chapter.segments.flatMap((s) => (s.type === 'scrolly' ? [s] : []));
    const section = sections.find((s) => s.chart !== HERO.chart && !SPECKS.has(story.charts.get(s.chart)?.kind ?? '')) ?? sections[0];
    const spec = section && story.charts.get(section.chart);
    return spec && section ? [{ chapter: chapter.slug, spec, state: section.steps.at(-1)!.state }] : [];
  });
}
