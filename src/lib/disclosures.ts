/**
 * Folded sections (<details>) stay reachable: a link or address with #id pointing inside a
 * closed disclosure opens it (and every disclosure around it) and brings the target into view;
 * printing opens them all and closes again afterwards, so paper shows everything. (Print CSS
 * also unfolds them without JavaScript, where the browser supports ::details-content.)
 */

/** Opens every closed <details> around `target` (and `target` itself when it is one); returns whether any was closed. */
export function openAround(target: Element): boolean {
  let opened = false;
  if (target instanceof HTMLDetailsElement && !target.open) {
    target.open = true;
    opened = true;
  }
  for (let el = target.parentElement; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) {
      // The summary itself stays visible in a closed disclosure: nothing to open for it.
      if (el.firstElementChild === target || el.querySelector(':scope > summary')?.contains(target)) continue;
      el.open = true;
      opened = true;
    }
  }
  return opened;
}

function targetOf(hash: string): Element | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

function reveal(hash: string): void {
  const target = targetOf(hash);
  if (target && openAround(target)) target.scrollIntoView({ block: 'start' });
}

export function initDisclosures(): void {
  reveal(location.hash);
  // The hash navigated to, not the address now: a scrolly section may have put its step's id in
  // the address (replaceState) before the event arrives, and the disclosure stayed shut.
  addEventListener('hashchange', (event) => reveal(new URL(event.newURL).hash));
  // Same-page links to the hash already in the address fire no hashchange: handle the click.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href*="#"]');
    if (!(link instanceof HTMLAnchorElement) || link.pathname !== location.pathname || link.hash !== location.hash) return;
    reveal(link.hash);
  });

  let reopened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    reopened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')].filter((d) => !d.closest('.chart-data, [data-no-print]'));
    reopened.forEach((d) => (d.open = true));
  });
  addEventListener('afterprint', () => {
    reopened.forEach((d) => (d.open = false));
    reopened = [];
  });
}
