/**
 * The chart colour language, in one place (the colours themselves are CSS tokens, so dark
 * mode flips them): Russia always in --c-russia, in every chart and every step; the United
 * States, China and Europe each in a colour of their own (--c-us, --c-china, --c-europe) that
 * never changes with the step; the marks of the current step shown by weight, outline and a
 * bold label, not by a hue of their own; everything else neutral. Flow links and map routes
 * are told apart by dash pattern (cut, active, claimed) with a key outside the marks.
 */

/** True when a mark stands for Russia (by id, label or name), so it keeps Russia's colour. */
export function isRussia(...names: (string | undefined)[]): boolean {
  return names.some((name) => /^russia$/i.test((name ?? '').trim()));
}

export type Region = 'russia' | 'us' | 'china' | 'europe';

/**
 * The place a mark stands for, from its label's first words ("China, 2024", "United States"),
 * or undefined for anything else; the class of that name gives it the place's colour.
 */
export function regionOf(label: string | undefined): Region | undefined {
  const head = (label ?? '').split(/[,:(]/)[0]!.trim().toLowerCase();
  if (head === 'russia') return 'russia';
  if (head === 'united states' || head === 'us' || head === 'usa') return 'us';
  if (head === 'china') return 'china';
  if (head === 'europe' || head === 'eu' || head === 'european union') return 'europe';
  return undefined;
}
