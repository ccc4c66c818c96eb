/**
 * What a citation number's popover shows, as data: who published the source, its kind, its
 * title and the exact words we took the figures from. A chapter's cards are one small JSON file
 * (/chapters/<slug>/citations.json) that the page fetches after it has painted, so the quotes
 * are not part of the HTML a reader waits for; src/client/citePopovers.ts draws them.
 */
import type { Source } from './schemas';
import { nestedQuotes } from './nestedQuotes';
import { credit, kindInfo, langOf } from './sourceKinds';

export interface CiteCard {
  /** "Reuters, via The Straits Times". */
  credit: string;
  /** The kind's label, e.g. "Wire copy". */
  kind: string;
  title: string;
  /** The source's language (BCP 47) when it is not English. */
  lang?: string;
  /** Exact words, with our English translation when the source is not in English. */
  quotes: { text: string; translation?: string }[];
}

/** The cards of the sources `ids`, by id. */
export function citeCards(ids: string[], sources: ReadonlyMap<string, Source>): Record<string, CiteCard> {
  return Object.fromEntries(
    ids.map((id) => {
      const s = sources.get(id)!;
      const lang = langOf(s);
      const card: CiteCard = {
        credit: credit(s),
        kind: kindInfo[s.kind].label,
        title: s.title,
        ...(lang ? { lang } : {}),
        quotes: s.quotes.map((q) => ({ text: nestedQuotes(q.text), ...(q.translation ? { translation: nestedQuotes(q.translation) } : {}) })),
      };
      return [id, card];
    }),
  );
}
