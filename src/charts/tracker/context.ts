/**
 * The tracker's layouts, made on the server at a few widths (heights as for a static copy) and
 * handed to the island as a prop, then to the marks by context: the island draws the nearest
 * one scaled to its frame, so the browser ships no layout code (JavaScript budget).
 */
import { heightForWidth } from '../types';
import { layoutTracker, type TrackerLayout } from './layout';
import type { TrackerRow } from './params';

export const TRACKER_CONTEXT = 'russia-ai:tracker-layouts';

export interface SizedLayout {
  width: number;
  height: number;
  layout: TrackerLayout;
}

/**
 * Phone, tablet and desktop layouts (the sticky frame is about 358 by 391 px on a 390 px phone,
 * 328 by 313 on a 360 px one, 560-700 wide on a tablet, 785 at 1280 and 1035 at 1680). Each
 * phone layout is a little narrower than its frame, so it is drawn at or above its own size.
 */
export const LAYOUT_WIDTHS = [300, 340, 560, 760, 1000] as const;
const PHONE_HEIGHTS: Record<number, number> = { 300: 286, 340: 370 };

export function trackerLayouts(rows: readonly TrackerRow[]): SizedLayout[] {
  return LAYOUT_WIDTHS.map((width) => {
    const height = PHONE_HEIGHTS[width] ?? heightForWidth(width);
    return { width, height, layout: layoutTracker(rows, { width, height }) };
  });
}
