/**
 * The tracker's layouts, made on the server at a few widths and handed to the island as a prop,
 * then to the marks by context: the island draws one of them scaled to its frame, so the browser
 * ships no layout code (JavaScript budget); window.ts picks one and, on a phone, its rows.
 */
import { heightForWidth } from '../types';
import { drawnHeight, drawnOnly, layoutTight, layoutTracker, type TrackerLayout } from './layout';
import type { TrackerRow } from './params';
import { PHONE_TEXT, type SizedLayout } from './window';

export type { SizedLayout };

export const TRACKER_CONTEXT = 'russia-ai:tracker-layouts';

/**
 * Layouts that fit a frame whole (the sticky frame is about 358 by 391 px on a 390 by 844 phone,
 * 560-700 wide on a tablet, 785 at 1280 and 1035 at 1680), and a phone layout with 12 px type
 * for frames too short to hold all seven cards at that size (288 by 258 on a 320 by 640 phone;
 * on a 360 by 740 one, 328 by 313, it is drawn at 14 px, a row fewer in view than a layout of its
 * own gave, which cost outlook 160 B of its two round trips): each a little narrower than its
 * frames, so it is drawn at or above its own size.
 * And a tight list at 12 px, two lines to a row, for a 375 px phone's frame (343 wide, 294 tall
 * on a 375 by 667 one): all seven rows where the list at 340 would need smaller type.
 */
export const LAYOUT_WIDTHS = [340, 560, 760, 1000] as const;
export const TIGHT_WIDTH = 336;
export const TALL_WIDTHS = [284] as const;
const PHONE_HEIGHTS: Record<number, number> = { 340: 378 };

/** Positions to a tenth of a pixel, finer than any screen draws them once scaled: the props ship in the page's HTML. */
const rounded = <T>(value: T): T => JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));

export function trackerLayouts(rows: readonly TrackerRow[]): SizedLayout[] {
  const sized = (width: number, height: number, layout: TrackerLayout, tall?: boolean): SizedLayout =>
    rounded({ width, height, layout: drawnOnly(layout), drawn: drawnHeight(layout), ...(tall ? { tall } : {}) });
  const tight = layoutTight(rows, TIGHT_WIDTH, PHONE_TEXT);
  return [
    ...(tight ? [sized(TIGHT_WIDTH, drawnHeight(tight), tight)] : []),
    ...LAYOUT_WIDTHS.map((width) => {
      const height = PHONE_HEIGHTS[width] ?? heightForWidth(width);
      return sized(width, height, layoutTracker(rows, { width, height }));
    }),
    ...TALL_WIDTHS.map((width) => {
      const layout = layoutTracker(rows, { width, height: 0 }, { fontSize: PHONE_TEXT });
      return sized(width, drawnHeight(layout), layout, true);
    }),
  ];
}
