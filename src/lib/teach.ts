/**
 * Lesson guides joined to the story: each guide's chapter, the steps its questions and
 * activity draw on, and its key terms must exist, or the build stops with the guide's file,
 * the line that names the missing id, and what is wrong. Pure: tests call it directly.
 */
import { ContentError } from './contentError';
import type { TeachGuide } from './schemas';
import type { RawEntry, Story, StoryChapter } from './story';

export interface GuideEntry extends RawEntry<TeachGuide> {
  /** The file's text, to report the line of a bad id (optional). */
  raw?: string | undefined;
}

export interface Guide {
  /** The chapter slug (the guide's URL is /teach/<slug>/). */
  slug: string;
  chapter: StoryChapter;
  data: TeachGuide;
  /** The content entry id, for rendering the notes body. */
  entryId: string;
}

export function buildGuides(entries: GuideEntry[], story: Story): Guide[] {
  const guides = new Map<string, Guide>();
  for (const entry of entries) {
    const file = entry.filePath ?? `content/teach/${entry.id}.md`;
    const lineOf = (needle: string) => {
      if (!entry.raw) return undefined;
      const at = entry.raw.split('\n').findIndex((l) => new RegExp(`(^|[\\s"'\\[,:-])${escape(needle)}($|[\\s"'\\],])`).test(l));
      return at < 0 ? undefined : at + 1;
    };
    const chapter = story.chapters.find((c) => c.slug === entry.data.chapter);
    if (!chapter) {
      const known = story.chapters.map((c) => c.slug).join(', ');
      throw new ContentError(file, `unknown chapter "${entry.data.chapter}"; known chapters: ${known}`, lineOf(entry.data.chapter));
    }
    if (guides.has(chapter.slug)) throw new ContentError(file, `a second guide for chapter "${chapter.slug}"`);
    const checkStep = (id: string, what: string) => {
      if (!story.steps.has(id)) {
        const own = chapter.segments.flatMap((s) => (s.type === 'scrolly' ? s.steps.map((st) => st.id) : []));
        throw new ContentError(file, `${what} names unknown step "${id}"; steps of "${chapter.slug}": ${own.join(', ')}`, lineOf(id));
      }
    };
    entry.data.questions.forEach((q, i) => q.steps.forEach((id) => checkStep(id, `question ${i + 1}`)));
    entry.data.activity.steps.forEach((id) => checkStep(id, 'the activity'));
    for (const term of entry.data.terms) {
      if (!story.glossary.has(term)) {
        throw new ContentError(file, `unknown glossary term "${term}": add it to content/glossary.yaml or fix the id`, lineOf(term));
      }
    }
    guides.set(chapter.slug, { slug: chapter.slug, chapter, data: entry.data, entryId: entry.id });
  }
  return story.chapters.flatMap((c) => guides.get(c.slug) ?? []);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
