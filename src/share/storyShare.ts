/**
 * What pages and endpoints need to link, embed and picture one chart or chapter, derived from
 * the story: the default step and state, the chapter it links back to, the snippet.
 */
import type { ChartSpec } from '../charts/types';
import type { Story } from '../lib/story';
import { reservedHeight } from '../embed/heights';
import { absolute, chapterPath, defaultStep, EMBED_HEIGHT, EMBED_WIDTH, embedPath, embedSnippet, stepsOfChart, type StepLink } from './links';
import { normaliseBase, SITE_NAME } from '../site';

export interface ChartShare {
  spec: ChartSpec;
  /** Steps that show this chart, in story order. */
  steps: StepLink[];
  /** The step the embed and images show by default: the chart's last, or none when it has an overview. */
  step: StepLink | undefined;
  stateName: string;
  summary: string;
  chapter: string;
  /** Site path of the chapter page (the embed's canonical), or the cover while it is unwritten. */
  chapterPagePath: string;
  /** Site path (with base) of the chapter step this chart links back to. */
  backPath: string;
}

export function chartShare(story: Story, spec: ChartSpec, base: string): ChartShare {
  const steps = stepsOfChart(story.steps.values(), spec.id);
  const step = spec.overview ? undefined : defaultStep(steps);
  const stateName = spec.overview ?? step?.state ?? Object.keys(spec.states)[0] ?? '';
  // An overview links back to where the chart begins; a step's view to that step.
  const back = step ?? steps[0];
  const chapter = back?.chapter ?? spec.chapter;
  const written = story.chapters.some((c) => c.slug === chapter);
  const chapterPagePath = written ? chapterPath(base, chapter) : normaliseBase(base);
  return {
    spec,
    steps,
    step,
    stateName,
    summary: spec.states[stateName]?.summary ?? '',
    chapter,
    chapterPagePath,
    backPath: back ? chapterPath(base, chapter, back.id) : chapterPagePath,
  };
}

/** The copy-paste snippet of a chart with absolute URLs, reserving its measured height. */
export function chartSnippet(site: URL, base: string, spec: ChartSpec): string {
  return embedSnippet({
    src: absolute(site, embedPath(base, spec.id)),
    script: absolute(site, `${normaliseBase(base)}embed.js`),
    title: spec.title,
    height: reservedHeight(spec.id, undefined, EMBED_WIDTH as 640, EMBED_HEIGHT),
  });
}

export function sourceLine(spec: ChartSpec): string {
  // Each publisher once: two Kommersant reports had read "Kommersant; Kommersant".
  const publishers = [...new Set(spec.sources.map((s) => s.publisher))];
  return `${SITE_NAME}${publishers.length ? ` · Source${publishers.length > 1 ? 's' : ''}: ${publishers.join('; ')}` : ''}`;
}
