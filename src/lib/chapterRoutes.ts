/**
 * Shared by the routes built once per chapter (/chapters/<slug>/citations.json,
 * /og/chapters/<slug>.png): the paths to build and, for one of them, its chapter.
 */
import type { GetStaticPaths } from 'astro';
import { loadStory } from './loadStory';
import type { Story, StoryChapter } from './story';

/** One path per chapter, `{ slug }`, in story order. */
export const chapterPaths = (async () => {
  const story = await loadStory();
  return story.chapters.map((chapter) => ({ params: { slug: chapter.slug } }));
}) satisfies GetStaticPaths;

/** The story and the chapter a path from chapterPaths was built for. */
export async function loadChapter(slug: string | undefined): Promise<{ story: Story; chapter: StoryChapter }> {
  const story = await loadStory();
  const chapter = story.chapters.find((c) => c.slug === slug);
  if (!chapter) throw new Error(`no chapter "${slug}"`);
  return { story, chapter };
}
