/**
 * Fills the citation popovers (src/components/Popovers.astro) from the chapter's
 * citations.json (src/lib/citeCards.ts): the same words and markup SourceQuotes.astro writes on
 * /sources/. Fetched once, when the page is idle or when a reader first opens a citation,
 * whichever comes first; if it fails, the number still links to /sources/#id.
 */
import type { CiteCard } from '../lib/citeCards';

let cards: Promise<Record<string, CiteCard>> | undefined;

/** The chapter's cards, fetched once from `url`. */
function load(url: string): Promise<Record<string, CiteCard>> {
  cards ??= fetch(url).then((r) => (r.ok ? (r.json() as Promise<Record<string, CiteCard>>) : Promise.reject(new Error(`${url}: ${r.status}`))));
  cards.catch(() => (cards = undefined));
  return cards;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text: string | null, className?: string, lang?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== null) node.textContent = text;
  if (className) node.className = className;
  if (lang) node.lang = lang;
  return node;
}

/** Draws `card` into the empty popover `pop`. */
function draw(pop: HTMLElement, card: CiteCard): void {
  const head = el('p', null, 'cite-pop-head');
  head.append(el('strong', card.credit), ' ', el('span', card.kind, 'cite-pop-kind'));
  pop.append(head, el('p', card.title, 'cite-pop-title', card.lang));
  if (card.quotes.length === 0) {
    pop.append(el('p', 'No passage quoted.', 'cite-pop-none'));
    return;
  }
  const list = el('ul', null, 'quotes');
  for (const q of card.quotes) {
    const item = el('li', null);
    item.append(el('q', q.text, undefined, card.lang));
    if (q.translation) item.append(el('span', `(In English: “${q.translation}”)`, 'translation'));
    list.append(item);
  }
  pop.append(list);
}

/**
 * Resolves once `pop` (an empty `.cite-popover` whose id is `cite-pop-<source id>`) holds its
 * card; returns undefined when it already does, so a caller can show it at once.
 */
export function fillCitePopover(pop: HTMLElement): Promise<void> | undefined {
  if (pop.hasChildNodes()) return undefined;
  const url = pop.parentElement?.dataset['cards'];
  if (!url) return undefined;
  return load(url).then((all) => {
    const card = all[pop.id.replace(/^cite-pop-/, '')];
    if (card && !pop.hasChildNodes()) draw(pop, card);
  });
}

/** Fetches the cards when the page is idle and fills every citation popover, so the first one opens at once. */
export function prefillCitePopovers(): void {
  const pops = [...document.querySelectorAll<HTMLElement>('.cite-popover')];
  if (pops.length === 0) return;
  const fill = () => pops.forEach((pop) => fillCitePopover(pop)?.catch(() => undefined));
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(fill, { timeout: 3000 });
  else setTimeout(fill, 1000);
}
