/**
 * /chapters/<slug>/citations.json: the citation popovers' contents for one chapter
 * (src/lib/citeCards.ts), fetched by the page once it has painted.
 */
import type { APIRoute } from 'astro';
import { chapterPaths, loadChapter } from '../../../lib/chapterRoutes';
import { citeCards } from '../../../lib/citeCards';

export const getStaticPaths = chapterPaths;

export const GET: APIRoute = async ({ params }) => {
  const { story, chapter } = await loadChapter(params['slug']);
  return new Response(JSON.stringify(citeCards(chapter.citations, story.sources)), { headers: { 'Content-Type': 'application/json' } });
};
