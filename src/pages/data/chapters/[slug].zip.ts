/** /data/chapters/<slug>.zip: one download with a chapter's datasets and sources (src/lib/chapterData.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { strToU8, zipSync } from 'fflate';
import { chapterDataFiles } from '../../../lib/chapterData';
import { loadStory } from '../../../lib/loadStory';
import { basePath } from '../../../site';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return story.chapters.map((chapter) => ({ params: { slug: chapter.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const [story, charts] = await Promise.all([loadStory(), getCollection('charts')]);
  const chapter = story.chapters.find((c) => c.slug === params['slug'])!;
  const datasetOf = new Map(charts.map((c) => [c.id, c.data.dataset]));
  const ids = [...new Set(chapter.segments.flatMap((s) => (s.type === 'scrolly' ? [datasetOf.get(s.chart)!] : [])))];
  const files = chapterDataFiles({
    chapterTitle: chapter.data.title,
    chapterUrl: new URL(`${basePath()}chapters/${chapter.slug}/`, site).href,
    datasets: ids.map((id) => [id, story.datasets.get(id)!]),
    sources: story.sources,
    cited: chapter.citations,
  });
  // A fixed timestamp keeps the ZIP byte-identical between builds of the same content.
  const mtime = new Date(`${chapter.data.updated}T00:00:00Z`);
  const zip = zipSync(Object.fromEntries([...files].map(([name, text]) => [`${chapter.slug}-data/${name}`, [strToU8(text), { mtime }]])));
  return new Response(zip, { headers: { 'Content-Type': 'application/zip' } });
};
