/** Preview images of chapters (and the site) from the chapter's first chart, at build time. */
import type { Story, StoryChapter } from '../lib/story';
import { chartDrawing, previewSvg, toPng } from './chartImage';
import { normaliseBase, SITE_NAME } from '../site';

export function chapterPreviewPng(story: Story, chapter: StoryChapter | undefined, title: string, text: string, base: string): Uint8Array<ArrayBuffer> {
  const segment = chapter?.segments.find((s) => s.type === 'scrolly');
  const spec = segment?.type === 'scrolly' ? story.charts.get(segment.chart) : undefined;
  const lastStep = segment?.type === 'scrolly' ? segment.steps.at(-1) : undefined;
  const drawing = spec
    ? chartDrawing(spec, lastStep?.state ?? Object.keys(spec.states)[0] ?? '', normaliseBase(base))
    : { svg: '<svg viewBox="0 0 400 300"></svg>', width: 400, height: 300 };
  return toPng(previewSvg({ title, text, footer: SITE_NAME }, drawing), 1200);
}
