/**
 * The "Cite this" box in the browser: swaps the build date for the reader's today wherever the
 * citations give the access date (the server marks those places, src/components/CiteThis.astro)
 * and copies a citation (HTML with italics plus plain text, or plain text where the browser
 * cannot write HTML). One polite live region announces the result. The citations themselves
 * are written on the server (src/lib/citation.ts), so none of their formatting ships here.
 */
import { isoToday } from '../lib/citation';

const RESET_MS = 2500;

/** How a citation style (or the box's own sentence, `day`) writes an access date. */
export type AccessedForm = 'iso' | 'long' | 'mla' | 'day';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * An access date (YYYY-MM-DD) as the styles in src/lib/citation.ts write it: `iso` as is
 * (BibTeX), `long` "November 30, 2026" (APA, Chicago), `mla` "30 Nov. 2026" (May, June and
 * July in full, September as "Sept."). CiteThis.astro checks at build time that these agree
 * with citation.ts. `day` is "30 Nov 2026", as the site writes dates (formatPartialDate, whose
 * module this script does not import: it would fetch the charts' code at load; a test checks
 * the two agree). Written by hand, not with Intl, whose first date format loads ICU's locale
 * data: a 30-70 ms task at load (issue 18).
 */
export function accessedText(form: string | undefined, iso: string): string {
  if (form !== 'long' && form !== 'mla' && form !== 'day') return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  if (form === 'long') return `${month} ${d}, ${y}`;
  const short = month.slice(0, month[0] === 'S' ? 4 : 3);
  return `${d} ${form === 'day' ? short : month.length < 5 ? month : `${short}.`} ${y}`;
}

export function setUpCiteThis(root: Document = document): void {
  const today = isoToday();
  for (const el of root.querySelectorAll<HTMLElement>('[data-cite-date]')) el.textContent = accessedText(el.dataset['citeDate'], today);
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-cite-accessed]')) {
    time.dateTime = today;
    time.textContent = accessedText('day', today);
  }
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-cite-copy]');
    const box = button?.closest<HTMLElement>('[data-cite]');
    const text = box?.querySelector<HTMLElement>(`[data-cite-style="${button!.dataset['citeCopy']}"]`);
    if (text) void copy(box!, button!, text);
  });
}

async function copy(box: HTMLElement, button: HTMLButtonElement, text: HTMLElement): Promise<void> {
  const status = box.querySelector<HTMLElement>('[data-cite-status]');
  const plain = text.textContent ?? '';
  const label = button.firstChild;
  let message = 'Citation copied.';
  try {
    if (text.querySelector('i') && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
      // The citation's own markup: its italics, without the spans that mark the access date.
      const html = new Blob([text.innerHTML.replace(/<\/?span[^>]*>/g, '')], { type: 'text/html' });
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': new Blob([plain], { type: 'text/plain' }) })]);
    } else {
      await navigator.clipboard.writeText(plain);
    }
    if (label) label.textContent = 'Copied';
    window.setTimeout(() => label && (label.textContent = 'Copy'), RESET_MS);
  } catch {
    message = 'Could not copy. Select the citation text and copy it by hand.';
  }
  if (!status) return;
  // Clear first so the same message is announced again on a second copy.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}
