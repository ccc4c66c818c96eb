/** /og/charts/<chart-id>.png: 1200x630 preview of a chart in its default state. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../../lib/loadStory';
import { chartDrawing, previewSvg, previewWideSvg, toPng, WIDE_PREVIEW_WIDTH } from '../../../images/chartImage';

import { chartShare, sourceLine } from '../../../share/storyShare';
import { basePath } from '../../../site';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return [...story.charts.keys()].map((chart) => ({ params: { chart } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await loadStory();
  const spec = story.charts.get(params['chart']!)!;
  const base = basePath();
  const share = chartShare(story, spec, base);
  const card = { title: spec.title, text: share.summary, footer: sourceLine(spec) };
  const wide = WIDE_PREVIEW_WIDTH[spec.kind];
  const svg = wide ? previewWideSvg(card, chartDrawing(spec, share.stateName, base, wide)) : previewSvg(card, chartDrawing(spec, share.stateName, base));
  return new Response(toPng(svg, 1200), { headers: { 'Content-Type': 'image/png' } });
};
