/**
 * The reader's guess, handed by the guess island to its marks through Svelte context. It lives
 * only in the page's memory: nothing stores or sends it. Marks with no context (the server's
 * static copies, print, flat view, embeds, images) show the answer outright.
 */
export const GUESS_CONTEXT = 'russia-ai:reader-guess';

export interface ReaderGuess {
  /** The value on the slider, or null when there is no reader (static copies). */
  value: number | null;
  /** True once the reader pressed "Show me" (always true for static copies). */
  revealed: boolean;
  /** False until the reader first moves the slider or types a number: no guess is drawn for them. */
  touched?: boolean;
}

export const NO_READER: ReaderGuess = { value: null, revealed: true };
