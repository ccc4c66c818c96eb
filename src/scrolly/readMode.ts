/**
 * The reader's chosen way to read a scrolly section, shared by every section on the page.
 * Written by the mode picker, read by each ScrollyStory island. Stored on <html> (so CSS can
 * lay out before any island hydrates) and in localStorage (so the choice persists).
 */
import { STORAGE_KEYS } from '../site';

export const READ_MODES = ['scroll', 'stepper', 'flat'] as const;
export type ReadMode = (typeof READ_MODES)[number];

const KEY = STORAGE_KEYS.readMode;
const EVENT = 'readmodechange';

export function isReadMode(value: unknown): value is ReadMode {
  return typeof value === 'string' && (READ_MODES as readonly string[]).includes(value);
}

export function getReadMode(): ReadMode {
  const value = document.documentElement.dataset['readMode'];
  return isReadMode(value) ? value : 'scroll';
}

export function setReadMode(mode: ReadMode): void {
  document.documentElement.dataset['readMode'] = mode;
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  window.dispatchEvent(new CustomEvent<ReadMode>(EVENT, { detail: mode }));
}

/** Calls `listener` on every change; returns the cleanup. */
export function onReadModeChange(listener: (mode: ReadMode) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ReadMode>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
