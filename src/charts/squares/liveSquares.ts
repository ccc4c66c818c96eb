/**
 * The island's squares without a keyed each block, whose hydration (an effect and attribute
 * bindings per square) took 80-100 ms for the 500 TOP500 squares on a phone at 4x CPU. Every
 * state has the same squares in the same colours (layout.ts: one per unit, sorted by key), so
 * the island adopts the server's markup as it is ({@html} hydrates without visiting the
 * squares) and a state change only moves them: placeSquares sets each one's transform, which
 * CSS transitions, so each square keeps its node (object constancy).
 */
import { regionOf } from '../shared/palette';
import { OTHER, type Square } from './layout';

const transform = (sq: Square) => `translate(${sq.x},${sq.y}) scale(${sq.size})`;

/** The squares as markup (keys and groups are row ids, lowercase words and hyphens, so nothing needs escaping). */
export function squaresMarkup(squares: readonly Square[]): string {
  return squares
    .map((sq) => `<rect class="unit moving ${regionOf(sq.group) ?? (sq.group === OTHER ? OTHER : 'plain')}" width="1" height="1" transform="${transform(sq)}" data-key="${sq.key}"/>`)
    .join('');
}

/**
 * Moves the squares drawn in `g` from where `drawn` put them to where `squares` puts them; unchanged
 * ones are left alone. Every layout lists the same squares in the same order (sorted by key), the
 * order of the markup, so the n-th rect is the n-th square and no attribute is read (reading the
 * 1,000 keys and transforms was about 4 ms of the hydration task in an unthrottled CPU profile,
 * and nothing moves there).
 */
export function placeSquares(g: Element, squares: readonly Square[], drawn: readonly Square[]): void {
  squares.forEach((sq, i) => {
    const to = transform(sq);
    if (to !== transform(drawn[i]!)) g.children[i]?.setAttribute('transform', to);
  });
}
