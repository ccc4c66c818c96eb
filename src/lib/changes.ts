/** A chapter's change log, newest first, and how much of it the chapter page itself lists. */
import type { StoryChapter } from './story';

/** The chapter page lists this many of the latest changes and links to the rest (/chapters/<slug>/changes/). */
export const CHANGES_ON_PAGE = 4;

export const sortedChanges = (chapter: StoryChapter) => [...(chapter.data.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date));
