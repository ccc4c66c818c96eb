/** /oembed/<chart-id>.json: a static oEmbed "rich" response for each chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../lib/loadStory';
import { absolute, oembedDocument } from '../../share/links';
import { chartSnippet } from '../../share/storyShare';
import { basePath } from '../../site';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return [...story.charts.keys()].map((chart) => ({ params: { chart } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const story = await loadStory();
  const spec = story.charts.get(params['chart']!)!;
  const base = basePath();
  const doc = oembedDocument({
    title: spec.title,
    html: chartSnippet(site!, base, spec),
    providerUrl: absolute(site!, base),
    thumbnail: absolute(site!, `${base}og/charts/${spec.id}.png`),
  });
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
