/**
 * Wires the header's Settings control (src/components/ReaderSettings.astro) to <html>
 * attributes and localStorage: theme, animation and, on chapter pages, how to read. The
 * pre-paint script in Head.astro applies the saved choices before the first frame.
 *
 * It imports nothing, so Astro writes it into the page (issue 18): as a file it was a request,
 * and the chunk it imported a second, on Lighthouse's simulated path to the first paint. So it
 * spells out the storage keys of `STORAGE_KEYS` (src/site.ts) and the event of
 * src/scrolly/readMode.ts, which the islands listen to; tests/unit/readerSettings.test.ts
 * keeps them in step.
 */
export const KEYS = { readMode: 'read-mode', theme: 'theme', motion: 'motion' } as const;
export const READ_MODE_EVENT = 'readmodechange';

function save(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage disabled: the setting lasts for this page only.
  }
}

function radios(box: HTMLElement, name: string): HTMLInputElement[] {
  return [...box.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
}

export function initReaderSettings(): void {
  const root = document.documentElement;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)');
  for (const box of document.querySelectorAll<HTMLDetailsElement>('details[data-reader-settings]')) {
    const current = root.dataset['theme'] ?? 'auto';
    for (const radio of radios(box, 'theme')) {
      radio.checked = radio.value === current;
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        if (radio.value === 'auto') delete root.dataset['theme'];
        else root.dataset['theme'] = radio.value;
        save(KEYS.theme, radio.value === 'auto' ? null : radio.value);
      });
    }

    const motion = box.querySelector<HTMLInputElement>('input[name="motion"]');
    const note = box.querySelector<HTMLElement>('[data-motion-note]');
    if (motion) {
      // The system's request for reduced motion wins: the box is off, disabled and explained.
      const syncMotion = () => {
        motion.disabled = reduced.matches;
        motion.checked = !reduced.matches && root.dataset['motion'] !== 'off';
        if (note) note.hidden = !reduced.matches;
      };
      syncMotion();
      reduced.addEventListener('change', syncMotion);
      motion.addEventListener('change', () => {
        if (motion.checked) delete root.dataset['motion'];
        else root.dataset['motion'] = 'off';
        save(KEYS.motion, motion.checked ? null : 'off');
      });
    }

    // The pre-paint script has set data-read-mode to a valid mode; the islands follow the event.
    const mode = root.dataset['readMode'];
    for (const radio of radios(box, 'read-mode')) {
      radio.checked = radio.value === mode;
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        root.dataset['readMode'] = radio.value;
        save(KEYS.readMode, radio.value);
        window.dispatchEvent(new CustomEvent(READ_MODE_EVENT, { detail: radio.value }));
      });
    }

    closesLikeAMenu(box);
  }
  // The chapter menu (ChapterMenu.astro) is the other menu-like disclosure in the header.
  document.querySelectorAll<HTMLDetailsElement>('details[data-chapter-menu]').forEach(closesLikeAMenu);
}

/** A menu-like disclosure: Escape closes it and returns focus; so does a click elsewhere. */
function closesLikeAMenu(box: HTMLDetailsElement): void {
  const summary = box.querySelector('summary');
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !box.open) return;
    box.open = false;
    summary?.focus();
  });
  document.addEventListener('click', (event) => {
    if (box.open && !box.contains(event.target as Node)) box.open = false;
  });
}
