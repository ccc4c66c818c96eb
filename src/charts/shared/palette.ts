/**
 * The chart colour language, in one place (the colours themselves are CSS tokens, so dark
 * mode flips them): Russia always in --c-russia, in every chart and every step; the marks of
 * the current step in --c-highlight ink with heavier weight, never in a hue of their own;
 * everything else neutral. Flow links are told apart by dash pattern (cut, active, claimed).
 */

/** True when a mark stands for Russia (by id, label or name), so it keeps Russia's colour. */
export function isRussia(...names: (string | undefined)[]): boolean {
  return names.some((name) => /^russia$/i.test((name ?? '').trim()));
}
