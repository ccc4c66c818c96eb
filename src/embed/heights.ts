/**
 * The height an embed's iframe reserves before (or without) any script: the chart's measured
 * height at a given width, per chart and per step, from src/embed/heights.json (written by
 * scripts/measureEmbeds.ts after a build and checked by tests/e2e/embedHeights.spec.ts).
 */
import measured from './heights.json' with { type: 'json' };

/** Widths measured, narrowest first; the snippet's default width is the widest. */
export const RESERVED_WIDTHS = [320, 440, 600, 640] as const;
export type ReservedWidth = (typeof RESERVED_WIDTHS)[number];

const table = measured as Record<string, Record<string, Partial<Record<string, number>>>>;

/** The measured width a frame at most `maxWidth` wide is sized for (the narrowest when smaller). */
export function widthFor(maxWidth: number | undefined): ReservedWidth {
  const fits = RESERVED_WIDTHS.filter((w) => maxWidth === undefined || w <= maxWidth);
  return fits.at(-1) ?? RESERVED_WIDTHS[0];
}

/**
 * Measured height of `chart` at `step` ('' or undefined: the chart's default view) at `width`,
 * or `fallback` when the chart or step has not been measured yet (a new chart before the
 * heights file is refreshed).
 */
export function reservedHeight(chart: string, step: string | undefined, width: ReservedWidth, fallback: number): number {
  const steps = table[chart];
  if (!steps) return fallback;
  const byWidth = (step !== undefined ? steps[step] : undefined) ?? steps[''] ?? Object.values(steps).at(-1);
  return byWidth?.[String(width)] ?? fallback;
}
