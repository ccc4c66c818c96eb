/** /og/chapters/<slug>.png: 1200x630 preview of a chapter with its first chart. */
import type { APIRoute } from 'astro';
import { chapterPaths, loadChapter } from '../../../lib/chapterRoutes';
import { chapterPreviewPng } from '../../../images/previews';
import { basePath } from '../../../site';

export const getStaticPaths = chapterPaths;

export const GET: APIRoute = async ({ params }) => {
  const { story, chapter } = await loadChapter(params['slug']);
  const png = chapterPreviewPng(story, chapter, chapter.data.title, chapter.data.dek, basePath());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
