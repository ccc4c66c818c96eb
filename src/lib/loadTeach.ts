/** Loads the lesson guides once per build and checks them against the story (src/lib/teach.ts). */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { loadStory } from './loadStory';
import { buildGuides, type Guide } from './teach';

let cached: Promise<Guide[]> | undefined;

export function loadGuides(): Promise<Guide[]> {
  cached ??= (async () => {
    const [story, entries] = await Promise.all([loadStory(), getCollection('teach')]);
    return buildGuides(
      entries.map((e) => ({ ...e, raw: e.filePath ? readFileSync(e.filePath, 'utf8') : undefined })),
      story,
    );
  })();
  return cached;
}
