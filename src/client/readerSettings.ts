/** Wires the header's theme and motion controls to <html> attributes and localStorage. */
import { STORAGE_KEYS } from '../site';

function save(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage disabled: the setting lasts for this page only.
  }
}

export function initReaderSettings(): void {
  const root = document.documentElement;
  for (const box of document.querySelectorAll<HTMLElement>('[data-reader-settings]')) {
    const theme = box.querySelector<HTMLSelectElement>('select[name="theme"]');
    const motion = box.querySelector<HTMLInputElement>('input[name="motion"]');
    if (theme) {
      theme.value = root.dataset['theme'] ?? 'auto';
      theme.addEventListener('change', () => {
        if (theme.value === 'auto') delete root.dataset['theme'];
        else root.dataset['theme'] = theme.value;
        save(STORAGE_KEYS.theme, theme.value === 'auto' ? null : theme.value);
      });
    }
    if (motion) {
      motion.checked = root.dataset['motion'] !== 'off' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
      motion.addEventListener('change', () => {
        if (motion.checked) delete root.dataset['motion'];
        else root.dataset['motion'] = 'off';
        save(STORAGE_KEYS.motion, motion.checked ? null : 'off');
      });
    }
  }
}
