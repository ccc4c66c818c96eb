/** What both printable versions of a guide need: step labels and links, and part names. */
import type { Story, StoryChapter } from './story';

export interface StepInfo {
  chapter: StoryChapter;
  n: number;
  text: string;
}

/** Step id -> its chapter, its number in its scrolly section and its text. */
export function stepIndex(story: Story): Map<string, StepInfo> {
  return new Map(
    story.chapters.flatMap((c) =>
      c.segments.flatMap((s) => (s.type === 'scrolly' ? s.steps.map((st, i) => [st.id, { chapter: c, n: i + 1, text: st.text }] as const) : [])),
    ),
  );
}

/** The first ten words of a step, for a link's text. */
export function stepLabel(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : text;
}

export const partLabel = {
  before: 'Before reading',
  during: 'During reading',
  after: 'After reading: discussion',
  activity: 'Activity',
  exit: 'Exit ticket',
} as const;

export const kindLabel = { recall: 'Recall', analysis: 'Analysis' } as const;
