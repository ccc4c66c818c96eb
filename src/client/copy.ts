/**
 * Copy buttons: `button[data-copy-step]` copies the absolute URL of a step on this page;
 * `button[data-copy-from]` copies the text of the element with that id (an embed snippet).
 * One delegated listener per page; results are announced in one polite live region, and the
 * button says "Copied" for a moment so sighted readers see it too.
 */
const RESET_MS = 2500;

/** Absolute URL of a step on the current page: this page's URL with the step as its hash. */
export function stepUrl(pageHref: string, stepId: string): string {
  const url = new URL(pageHref);
  url.hash = stepId;
  url.search = '';
  return url.href;
}

function liveRegion(): HTMLElement {
  let region = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!region) {
    region = document.createElement('p');
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('data-copy-status', '');
    document.body.append(region);
  }
  return region;
}

function textToCopy(button: HTMLElement): { text: string; what: string } | undefined {
  const step = button.dataset['copyStep'];
  if (step) return { text: stepUrl(location.href, step), what: 'Link to this step' };
  const from = button.dataset['copyFrom'];
  const source = from ? document.getElementById(from) : null;
  if (source) return { text: source.textContent ?? '', what: button.dataset['copyWhat'] ?? 'Text' };
  return undefined;
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const item = textToCopy(button);
  if (!item) return;
  const region = liveRegion();
  const label = button.querySelector<HTMLElement>('[data-copy-label]') ?? button;
  const original = button.dataset['copyOriginal'] ?? label.textContent ?? '';
  button.dataset['copyOriginal'] = original;
  let message: string;
  try {
    await navigator.clipboard.writeText(item.text);
    message = `${item.what} copied.`;
    label.textContent = 'Copied';
  } catch {
    message = `Could not copy. ${item.what}: ${item.text}`;
  }
  // Clear first so the same message is announced again on a second copy.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
  window.setTimeout(() => (label.textContent = original), RESET_MS);
}

export function setUpCopyButtons(root: Document = document): void {
  liveRegion();
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy-step], button[data-copy-from]');
    if (button) void copy(button);
  });
}
