/**
 * The reader's chosen way to read a scrolly section, shared by every section on the page.
 * Written by the mode picker (src/client/readerSettings.ts), read by each ScrollyStory island.
 * Stored on <html> (so CSS can lay out before any island hydrates) and in localStorage (so the
 * choice persists).
 */
export const READ_MODES = ['scroll', 'stepper', 'flat'] as const;
export type ReadMode = (typeof READ_MODES)[number];

/** Dispatched on window by the mode picker with the new mode as its detail. */
export const READ_MODE_EVENT = 'readmodechange';

export function isReadMode(value: unknown): value is ReadMode {
  return typeof value === 'string' && (READ_MODES as readonly string[]).includes(value);
}

export function getReadMode(): ReadMode {
  const value = document.documentElement.dataset['readMode'];
  return isReadMode(value) ? value : 'scroll';
}

/** Calls `listener` on every change; returns the cleanup. */
export function onReadModeChange(listener: (mode: ReadMode) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ReadMode>).detail);
  window.addEventListener(READ_MODE_EVENT, handler);
  return () => window.removeEventListener(READ_MODE_EVENT, handler);
}
