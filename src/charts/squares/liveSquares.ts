/**
 * The island's squares: one path per colour, a square per unit in key order. Every state has
 * the same squares in the same colours (layout.ts: one per unit, sorted by key), so each colour's
 * path has the same commands in every state and only its numbers change; CSS transitions the
 * path's `d` from one state to the next (Chrome and Firefox), each square sliding and growing to
 * its new place (object constancy). Five paths move where 500 rects each moved by its transform
 * did: those 500 transitions were a style recalculation and layout of every rect in every frame,
 * 130-170 ms for the first frame of a step change on a phone at 4x CPU (issue 18). Browsers that
 * cannot transition `d` (Safari) draw the new state at once.
 */
import { regionOf } from '../shared/palette';
import { OTHER, type Square } from './layout';

/** The colour classes of squares, in drawing order: Russia's last, on top. */
export const SQUARE_KINDS = ['plain', 'other', 'us', 'china', 'europe', 'russia'] as const;
export type SquareKind = (typeof SQUARE_KINDS)[number];

export const kindOf = (sq: Square): SquareKind => regionOf(sq.group) ?? (sq.group === OTHER ? 'other' : 'plain');

const round = (v: number) => Math.round(v * 100) / 100;

/** Each colour's squares as one path of absolute squares in key order (the order of `squares`). */
export function squarePaths(squares: readonly Square[]): { kind: SquareKind; d: string }[] {
  const d = new Map<SquareKind, string>();
  for (const sq of squares) {
    const kind = kindOf(sq);
    const s = round(sq.size);
    d.set(kind, `${d.get(kind) ?? ''}M${round(sq.x)},${round(sq.y)}h${s}v${s}h${-s}z`);
  }
  return SQUARE_KINDS.filter((kind) => d.has(kind)).map((kind) => ({ kind, d: d.get(kind)! }));
}
