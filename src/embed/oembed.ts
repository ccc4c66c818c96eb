/**
 * The oEmbed responses a static host can serve: one JSON file per chart (its default step), per
 * chart step and per chapter (its lead chart), each at the snippet's default width and at the
 * narrower widths a consumer may ask for with `maxwidth`. `oembedFileFor` maps a consumer's
 * request to the file (src/embed/oembedRequest.ts).
 */
import type { Story } from '../lib/story';
import { absolute, EMBED_HEIGHT, EMBED_WIDTH, embedPath, embedSnippet, oembedDocument } from '../share/links';
import { normaliseBase } from '../site';
import { chartShare } from '../share/storyShare';
import { RESERVED_WIDTHS, reservedHeight, type ReservedWidth } from './heights';

import { type OEmbedTarget } from './oembedRequest';

export { oembedFileFor, oembedFilePath, oembedName, type OEmbedTarget } from './oembedRequest';

/** Every file to build: each target at each measured width. */
export function oembedTargets(story: Story): OEmbedTarget[] {
  const targets: OEmbedTarget[] = [];
  for (const chart of story.charts.keys()) {
    targets.push({ kind: 'chart', chart });
    for (const step of story.steps.values()) if (step.chart === chart) targets.push({ kind: 'step', chart, step: step.id });
  }
  for (const chapter of story.chapters) targets.push({ kind: 'chapter', slug: chapter.slug });
  return targets;
}

/** The chart and step a chapter leads with: its first scrolly section, at that section's last step. */
export function leadChart(story: Story, slug: string): { chart: string; step: string } | undefined {
  const chapter = story.chapters.find((c) => c.slug === slug);
  const section = chapter?.segments.find((s) => s.type === 'scrolly');
  if (section?.type !== 'scrolly') return undefined;
  const step = section.steps.at(-1);
  return step ? { chart: section.chart, step: step.id } : undefined;
}

/** The oEmbed document of a target at a width. */
export function oembedFor(story: Story, site: URL, base: string, target: OEmbedTarget, width: ReservedWidth = EMBED_WIDTH as ReservedWidth) {
  const b = normaliseBase(base);
  const providerUrl = absolute(site, b);
  const script = absolute(site, `${b}embed.js`);
  const frame = (chart: string, step: string | undefined) => {
    const spec = story.charts.get(chart)!;
    const share = chartShare(story, spec, b);
    const shown = step ?? share.step?.id;
    const src = absolute(site, embedPath(b, chart)) + (step ? `?step=${encodeURIComponent(step)}` : '');
    const height = reservedHeight(chart, shown ?? '', width, EMBED_HEIGHT);
    return { spec, height, html: embedSnippet({ src, script, title: spec.title, height }) };
  };
  if (target.kind === 'chapter') {
    const chapter = story.chapters.find((c) => c.slug === target.slug)!;
    const lead = leadChart(story, target.slug);
    const thumbnail = absolute(site, `${b}og/chapters/${target.slug}.png`);
    if (!lead) {
      // No chart to embed: a plain link, which consumers show as a card.
      return { version: '1.0', type: 'link', title: chapter.data.title, provider_name: oembedDocument({ title: '', html: '', providerUrl }).provider_name, provider_url: providerUrl, thumbnail_url: thumbnail, thumbnail_width: 1200, thumbnail_height: 630 };
    }
    const { html, height } = frame(lead.chart, lead.step);
    return oembedDocument({ title: chapter.data.title, html, providerUrl, thumbnail, width, height });
  }
  const { spec, html, height } = frame(target.chart, target.kind === 'step' ? target.step : undefined);
  return oembedDocument({ title: spec.title, html, providerUrl, thumbnail: absolute(site, `${b}og/charts/${spec.id}.png`), width, height });
}

export { RESERVED_WIDTHS };
