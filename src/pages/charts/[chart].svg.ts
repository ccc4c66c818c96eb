/** /charts/<chart-id>.svg: the chart as a standalone SVG figure (title, drawing, sources). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../lib/loadStory';
import { chartDrawing, figureSvg } from '../../images/chartImage';

import { chartShare, sourceLine } from '../../share/storyShare';
import { basePath } from '../../site';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return [...story.charts.keys()].map((chart) => ({ params: { chart } }));
}) satisfies GetStaticPaths;

/** The figure for a chart id, shared with the PNG endpoint. */
export async function chartFigure(chartId: string): Promise<string> {
  const story = await loadStory();
  const spec = story.charts.get(chartId)!;
  const base = basePath();
  const share = chartShare(story, spec, base);
  return figureSvg({ title: spec.title, text: share.summary, footer: sourceLine(spec) }, chartDrawing(spec, share.stateName, base, 752));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await chartFigure(params['chart']!), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
