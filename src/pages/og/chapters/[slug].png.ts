/** /og/chapters/<slug>.png: 1200x630 preview of a chapter with its first chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../../lib/loadStory';
import { chapterPreviewPng } from '../../../images/previews';
import { basePath } from '../../../site';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return story.chapters.map((chapter) => ({ params: { slug: chapter.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await loadStory();
  const chapter = story.chapters.find((c) => c.slug === params['slug'])!;
  const png = chapterPreviewPng(story, chapter, chapter.data.title, chapter.data.dek, basePath());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
