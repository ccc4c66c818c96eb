/**
 * The "Cite this" box in the browser: swaps the build date for today's date in every style
 * and copies a citation (HTML with italics plus plain text, or plain text where the browser
 * cannot write HTML). One polite live region announces the result.
 */
import { formatPartialDate } from '../charts/shared/format';
import { citations, isoToday, runsToHtml, runsToText, type CitationInput, type CitationStyle, type Run } from '../lib/citation';

const RESET_MS = 2500;

export function setUpCiteThis(root: Document = document): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-cite]')) {
    const input = { ...(JSON.parse(box.dataset['cite'] ?? '{}') as CitationInput), accessed: isoToday() };
    const all = citations(input);
    for (const el of box.querySelectorAll<HTMLElement>('[data-cite-style]')) {
      el.innerHTML = runsToHtml(all[el.dataset['citeStyle'] as CitationStyle]);
    }
    const accessed = box.querySelector<HTMLTimeElement>('[data-cite-accessed]');
    if (accessed) {
      accessed.dateTime = input.accessed;
      accessed.textContent = formatPartialDate(input.accessed);
    }
    box.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-cite-copy]');
      if (button) void copy(box, button, all[button.dataset['citeCopy'] as CitationStyle]);
    });
  }
}

async function copy(box: HTMLElement, button: HTMLButtonElement, runs: Run[]): Promise<void> {
  const status = box.querySelector<HTMLElement>('[data-cite-status]');
  const text = runsToText(runs);
  const label = button.firstChild;
  let message = 'Citation copied.';
  try {
    if (runs.some((r) => r.italic) && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
      const html = new Blob([runsToHtml(runs)], { type: 'text/html' });
      const plain = new Blob([text], { type: 'text/plain' });
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': plain })]);
    } else {
      await navigator.clipboard.writeText(text);
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
