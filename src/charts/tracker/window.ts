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
 * The widest whole layout no wider than the frame (the narrowest when none is) that, scaled to
 * fit it, draws its text at 12 px or more; when none does, the widest tall layout no wider than
 * the frame, scaled to its width only (so never below its own 12 px when the frame is at least
 * 280 wide).
 */
export function pickLayout(layouts: readonly SizedLayout[], size: Size): Pick {
  const whole = layouts.filter((l) => !l.tall);
  const tall = layouts.filter((l) => l.tall);
  // (Layouts come narrowest first; the narrowest is tried last, or alone on a narrower frame.)
  const fitted = [...whole.filter((l) => l.width <= size.width).reverse(), whole[0]!].map((l) => {
    // Fit what the layout draws, which may run below the height it was made for.
    const k = Math.min(size.width / l.width, size.height / Math.max(l.height, l.drawn + 1));
    return { chosen: l, k, dx: (size.width - l.width * k) / 2 };
  });
  // A little to spare: the frame's measured size is rounded to whole pixels.
  const fit = fitted.find((f) => f.chosen.layout.fontSize * f.k >= PHONE_TEXT + 0.2);
  if (fit || tall.length === 0) return fit ?? fitted[0]!;
  const chosen = tall.findLast((l) => l.width <= size.width) ?? tall[0]!;
  const kt = size.width / chosen.width;
  return { chosen, k: kt, dx: (size.width - chosen.width * kt) / 2 };
}

export interface TrackerWindow {
  /** Layout units the cards move up by, so the first row shown sits under the key (and the line saying what is above). */
  offset: number;
  /** Cards outside the window (not drawn). */
  hidden: string[];
  /** How many cards are left out above and below the window, and where the line saying so below it goes (the frame's foot). */
  above: number;
  below: number;
  belowY: number;
}

/**
 * Which rows of cards a frame `height` layout units tall shows: the rows of this state's
 * cards (its highlight, else the last card filled in), with as many rows before them as fit, so
 * the reader sees the promise the step is about and the ones already told. Whole rows only;
 * a line above and one below them say how many are left out there ("4 more promises above").
 */
export function trackerWindow(layout: DrawnLayout, params: TrackerParams, height: number): TrackerWindow {
  const cards = layout.cards;
  const top = cards[0]?.y ?? 0;
  const bottom = (c: (typeof cards)[number]) => c.y + c.height;
  const ids = params.highlight.length ? params.highlight : params.filled?.slice(-1) ?? [];
  const focus = cards.filter((c) => ids.includes(c.id));
  const focusTop = Math.min(...focus.map((c) => c.y), focus.length ? Infinity : top);
  const focusBottom = Math.max(...focus.map(bottom), top);
  const line = layout.lineHeight + 2;
  // From the earliest row top from which the focus still fits (the focus's own top if none does),
  // the rows that fit `room`.
  const fit = (room: number) => {
    const start = cards.map((c) => c.y).find((t) => t <= focusTop && focusBottom - t <= room + 0.5) ?? focusTop;
    const out = cards.filter((c) => c.y < start - 0.5 || bottom(c) - start > room + 0.5);
    const above = cards.filter((c) => c.y < start - 0.5).length;
    return { start, out, above, below: out.length - above };
  };
  // All the rows if they fit; else those that leave room for one line, above them or below (the
  // last step's window had kept a line's room, and a row, empty under its last card; an early
  // step's, from the first row, had kept room for a line above it that it never draws); else for
  // both lines.
  const all = fit(height - top);
  const one = fit(height - top - line);
  const w = !all.out.length ? all : one.below === 0 || one.above === 0 ? one : fit(height - top - 2 * line);
  const offset = w.start - top - (w.above ? line : 0);
  return {
    offset,
    hidden: w.out.map((c) => c.id),
    above: w.above,
    below: w.below,
    // At the foot of the frame.
    belowY: height - line,
  };
}
