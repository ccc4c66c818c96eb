/**
 * The little the tracker's island computes (the layouts themselves are made on the server,
 * context.ts): which layout to draw at what scale, and on a phone which rows of cards. Types
 * only from the layout module, so no layout code reaches the browser.
 */
import type { Size } from '../types';
import type { DrawnLayout } from './layout';
import type { TrackerParams } from './params';

/** Chart text is never smaller than this on a phone. */
export const PHONE_TEXT = 12;

export interface SizedLayout {
  width: number;
  height: number;
  layout: DrawnLayout;
  /** The bottom of its lowest card (may be below `height`). */
  drawn: number;
  /** Phone layouts with 12 px type whatever their height: drawn a few rows at a time. */
  tall?: boolean;
}

export interface Pick {
  chosen: SizedLayout;
  /** Scale from layout units to the frame's pixels. */
  k: number;
  /** Horizontal offset that centres the drawing in the frame. */
  dx: number;
}

/**
 * The widest whole layout no wider than the frame (the narrowest when none is), scaled to fit
 * it; when that would draw text under 12 px, the widest tall layout no wider than the frame,
 * scaled to its width only (so never below its own 12 px when the frame is at least 280 wide).
 */
export function pickLayout(layouts: readonly SizedLayout[], size: Size): Pick {
  const whole = layouts.filter((l) => !l.tall);
  const tall = layouts.filter((l) => l.tall);
  const nearest = (list: SizedLayout[]) => list.findLast((l) => l.width <= size.width) ?? list[0]!;
  const fit = nearest(whole);
  // Fit what the layout draws, which may run below the height it was made for.
  const k = Math.min(size.width / fit.width, size.height / Math.max(fit.height, fit.drawn + 1));
  // A little to spare: the frame's measured size is rounded to whole pixels.
  if (tall.length === 0 || fit.layout.fontSize * k >= PHONE_TEXT + 0.2) return { chosen: fit, k, dx: (size.width - fit.width * k) / 2 };
  const chosen = nearest(tall);
  const kt = size.width / chosen.width;
  return { chosen, k: kt, dx: (size.width - chosen.width * kt) / 2 };
}

export interface TrackerWindow {
  /** Layout units the cards move up by, so the first row shown sits under the key. */
  offset: number;
  /** Cards outside the window (not drawn). */
  hidden: string[];
  /** Positions (1-based) of the first and last card shown, and of how many. */
  first: number;
  last: number;
  count: number;
}

/**
 * Which rows of cards a frame `height` layout units tall shows: the rows of this state's
 * cards (its highlight, else the last card filled in), with as many rows before them as fit, so
 * the reader sees the promise the step is about and the ones already told. Whole rows only.
 */
export function trackerWindow(layout: DrawnLayout, params: TrackerParams, height: number): TrackerWindow {
  const cards = layout.cards;
  const top = cards[0]?.y ?? 0;
  const bottom = (c: (typeof cards)[number]) => c.y + c.height;
  const all = { offset: 0, hidden: [], first: 1, last: cards.length, count: cards.length };
  if (cards.length === 0 || Math.max(...cards.map(bottom)) <= height + 0.5) return all;
  const focusIds = params.highlight.length ? params.highlight : params.filled?.slice(-1) ?? [];
  const focus = cards.filter((c) => focusIds.includes(c.id));
  const focusTop = focus.length ? Math.min(...focus.map((c) => c.y)) : top;
  const focusBottom = focus.length ? Math.max(...focus.map(bottom)) : top;
  const room = height - top;
  // The earliest row top from which the focus still fits; the focus's own top if none does.
  const rowTops = [...new Set(cards.map((c) => c.y))].sort((a, b) => a - b);
  const start = rowTops.find((t) => t <= focusTop && focusBottom - t <= room + 0.5) ?? focusTop;
  const shown = (c: (typeof cards)[number]) => c.y >= start - 0.5 && bottom(c) - start <= room + 0.5;
  const indices = cards.map((c, i) => (shown(c) ? i + 1 : 0)).filter(Boolean);
  return {
    offset: start - top,
    hidden: cards.filter((c) => !shown(c)).map((c) => c.id),
    first: indices[0] ?? 1,
    last: indices.at(-1) ?? cards.length,
    count: cards.length,
  };
}
