/**
 * /chapters/<slug>/citations.json: the citation popovers' contents for one chapter
 * (src/lib/citeCards.ts), fetched by the page once it has painted.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citeCards } from '../../../lib/citeCards';
import { loadStory } from '../../../lib/loadStory';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return story.chapters.map((chapter) => ({ params: { slug: chapter.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await loadStory();
  const chapter = story.chapters.find((c) => c.slug === params['slug'])!;
  return new Response(JSON.stringify(citeCards(chapter.citations, story.sources)), { headers: { 'Content-Type': 'application/json' } });
};
