/** /data/<dataset>.csv: one dataset as a spreadsheet, each row with its source URL (src/lib/csv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../lib/csv';
import { loadStory } from '../../lib/loadStory';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return [...story.datasets.keys()].map((dataset) => ({ params: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await loadStory();
  const dataset = story.datasets.get(params['dataset']!)!;
  return new Response(datasetCsv(dataset, story.sources), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
