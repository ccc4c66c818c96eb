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
 * Phone, tablet and desktop layouts (the sticky frame is about 360 px wide on a phone, 560-700 on
 * a tablet, 785 at 1280 and 1035 at 1680); the phone's pinned frame is taller than a static copy.
 */
export const LAYOUT_WIDTHS = [360, 560, 760, 1000] as const;

export function trackerLayouts(rows: readonly TrackerRow[]): SizedLayout[] {
  return LAYOUT_WIDTHS.map((width) => {
    const height = width < 480 ? 370 : heightForWidth(width);
    return { width, height, layout: layoutTracker(rows, { width, height }) };
  });
}
