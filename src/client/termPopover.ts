/**
 * Link popovers (glossary terms, citation numbers). Glossary popovers: each `a.term[data-term]` gets `aria-describedby` pointing at its
 * definition (so screen readers read it on focus) and shows the definition on hover (once the
 * pointer rests), focus or tap. Follows WCAG 1.4.13: the pointer can move onto the popover without it closing, Escape
 * dismisses it, and it stays until the pointer or focus leaves. Touch: the first tap shows the
 * definition, a second tap on the same term follows the link to the glossary.
 */
const HIDE_DELAY_MS = 200;
/** A mouse rests on a term this long before its definition shows: text scrolled under a still pointer opens nothing. */
const SHOW_DELAY_MS = 250;
const GAP = 6;

export function setUpTermPopovers(root: Document = document): void {
  setUpPopovers('a.term[data-term]', (link, doc) => doc.getElementById(`term-def-${link.dataset['term']}`), root);
}

/**
 * The same behaviour for any links matching `selector`, each described by the element that
 * `popoverFor` returns (a `popover="manual"` element). Citation numbers use it for their quotes,
 * with `fill`: a popover whose contents are still loading opens once they are there (when
 * `fill` returns a promise), unless the reader has moved on.
 */
export function setUpPopovers(
  selector: string,
  popoverFor: (link: HTMLAnchorElement, root: Document) => HTMLElement | null,
  root: Document = document,
  fill?: (pop: HTMLElement) => Promise<void> | undefined,
): void {
  let open: { link: HTMLAnchorElement; pop: HTMLElement } | undefined;
  /** The link whose popover is waiting for its contents. */
  let waiting: HTMLAnchorElement | undefined;
  /** The next show or hide, pending. */
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (then: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(then, ms);
  };
  /** Pointer type of the press on a term now in progress ('' when none, e.g. keyboard). */
  let pointer = '';
  /** True while a mouse is over the open term or its popover (the only reason to linger). */
  let hovering = false;

  const place = (link: HTMLAnchorElement, pop: HTMLElement) => {
    const r = link.getBoundingClientRect();
    const width = pop.offsetWidth;
    const left = Math.min(Math.max(8, r.left), window.innerWidth - width - 8);
    const below = r.bottom + GAP + pop.offsetHeight <= window.innerHeight;
    pop.style.left = `${Math.max(8, left)}px`;
    pop.style.top = below ? `${r.bottom + GAP}px` : `${Math.max(8, r.top - GAP - pop.offsetHeight)}px`;
  };

  const show = (link: HTMLAnchorElement) => {
    clearTimeout(timer);
    if (open?.link === link) return;
    hide();
    const pop = popoverFor(link, root);
    if (!pop || typeof pop.showPopover !== 'function') return;
    const loading = fill?.(pop);
    if (loading) {
      waiting = link;
      loading.then(() => waiting === link && show(link)).catch(() => undefined);
      return;
    }
    waiting = undefined;
    pop.showPopover();
    place(link, pop);
    link.setAttribute('aria-expanded', 'true');
    open = { link, pop };
  };

  function hide() {
    clearTimeout(timer);
    waiting = undefined;
    if (!open) return;
    if (open.pop.matches(':popover-open')) open.pop.hidePopover();
    open.link.setAttribute('aria-expanded', 'false');
    open = undefined;
  }

  const hideSoon = () => later(hide, HIDE_DELAY_MS);

  for (const link of root.querySelectorAll<HTMLAnchorElement>(selector)) {
    const pop = popoverFor(link, root);
    if (!pop) continue;
    link.setAttribute('aria-describedby', pop.id);
    link.setAttribute('aria-expanded', 'false');
    link.addEventListener('pointerenter', (e) => {
      if (e.pointerType !== 'mouse') return;
      hovering = true;
      later(() => show(link), SHOW_DELAY_MS);
    });
    link.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'mouse') return;
      hovering = false;
      hideSoon();
    });
    // Focus from a tap or click is handled by `click`; focus from the keyboard shows the definition.
    link.addEventListener('pointerdown', (e) => (pointer = e.pointerType));
    link.addEventListener('focus', () => pointer === '' && show(link));
    // Leaving by keyboard closes at once, so the definition never covers the next focused
    // element (WCAG 2.4.11); a mouse still over the term or popover keeps it a moment.
    link.addEventListener('blur', () => {
      pointer = '';
      if (hovering) hideSoon();
      else hide();
    });
    link.addEventListener('click', (e) => {
      // The first tap on a closed term shows its definition; the next tap follows the link.
      if ((pointer === 'touch' || pointer === 'pen') && open?.link !== link) {
        e.preventDefault();
        show(link);
      }
      pointer = '';
    });
    pop.addEventListener('pointerenter', () => {
      hovering = true;
      clearTimeout(timer);
    });
    pop.addEventListener('pointerleave', () => {
      hovering = false;
      hideSoon();
    });
  }

  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && open) hide();
  });
  root.addEventListener('pointerdown', (e) => {
    const target = e.target as Node;
    if (open && !open.link.contains(target) && !open.pop.contains(target)) hide();
  });
  window.addEventListener('scroll', () => open && place(open.link, open.pop), { passive: true });
}
