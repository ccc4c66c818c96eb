/**
 * How each kind of source is named and explained to readers, and the credit line of a source
 * ("Reuters, via The Straits Times"). Shared by /sources/, the chapter source lists and the
 * citation popovers.
 */
import type { Source, SourceKind } from './schemas';
import { isEnglish } from './sourceRules';

export const kindInfo: Record<SourceKind, { label: string; plural: string; about: string }> = {
  primary: {
    label: 'Primary source',
    plural: 'Primary sources',
    about: 'The official text, transcript, dataset or report itself, or a company’s own announcement.',
  },
  reporting: {
    label: 'Original reporting',
    plural: 'Original reporting',
    about: 'The publisher’s own journalism.',
  },
  'wire-copy': {
    label: 'Wire copy',
    plural: 'Wire copies',
    about: 'A news agency’s story, read word for word on another site; both are named.',
  },
  analysis: {
    label: 'Analysis',
    plural: 'Analysis',
    about: 'Think tanks, academics, law firms and consultancies: their own view.',
  },
  'state-media': {
    label: 'State media',
    plural: 'State and state-aligned media',
    about: 'A record of what an official said. We present such figures as claims, never as facts on their own.',
  },
};

/** Display order of the kinds, strongest first. */
export const kindOrder: SourceKind[] = ['primary', 'reporting', 'wire-copy', 'analysis', 'state-media'];

/** "Reuters, via The Straits Times" for a wire copy; the publisher otherwise. */
export const credit = (s: Pick<Source, 'publisher' | 'wire' | 'kind'>) => (s.kind === 'wire-copy' && s.wire ? `${s.wire}, via ${s.publisher}` : s.publisher);

/** `lang` for text in the source's language; undefined for English (the page's language). */
export const langOf = (s: Pick<Source, 'language'>) => (isEnglish(s.language) ? undefined : s.language);

/** The Wayback Machine's copy nearest the day we read the source. */
export const archiveUrl = (s: Pick<Source, 'url' | 'accessed'>) => `https://web.archive.org/web/${s.accessed.replaceAll('-', '')}/${s.url}`;
