/** /og/site.png: the preview for pages that are not a chapter or a chart. */
import type { APIRoute } from 'astro';
import { loadStory } from '../../lib/loadStory';

import { chapterPreviewPng } from '../../images/previews';
import { basePath, SITE_NAME } from '../../site';

export const GET: APIRoute = async () => {
  const story = await loadStory();
  const first = story.chapters[0];
  const text = `An illustrated explainer in ${story.chapters.length} chapters on Russia's push to lead in artificial intelligence, and what is holding it back.`;
  return new Response(chapterPreviewPng(story, first, SITE_NAME, text, basePath()), { headers: { 'Content-Type': 'image/png' } });
};
