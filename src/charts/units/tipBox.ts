/**
 * Where a units group's tooltip goes. Tooltip.svelte puts a tooltip above its mark, else below
 * it; for the first group of a phone's units chart, whose block starts at the top of the frame,
 * that was below the block, over the next group's label ("Do not: 20"). So a group whose squares
 * are taller than its tooltip names the foot of its own squares as the line to sit above: the
 * tooltip then covers only the group it describes (its label stays in view). Shorter groups keep
 * the shared rule (their whole block).
 */
import { wrapLines } from '../shared/text';
import type { UnitGroup, UnitsLayout } from './layout';

/**
 * The box (layout units, from the group's label x, as wide as its block) that Tooltip.svelte
 * places the tooltip above, else below, in a frame `width` px wide drawn at `zoom`. The tooltip's
 * size is estimated from its CSS: at most 18rem or 90% of the frame wide, 14 px text 19 px apart
 * in 5 px padding, and one line (19 px) to spare. The line sits 8 units under the foot, about
 * the 8 px gap Tooltip.svelte leaves above it, so the tooltip ends at the foot.
 */
export function tipBox(layout: UnitsLayout, group: UnitGroup, width: number, zoom: number): { y: number; width: number; height: number } {
  const w = Math.min(288, width * 0.9);
  const top = group.squares[0]?.y ?? 0;
  const foot = (group.squares.at(-1)?.y ?? 0) + layout.square;
  const fits = foot - top >= (wrapLines(group.full, w - 18, 14).length * 19 + 29) / zoom;
  // Otherwise the whole block, label and squares, whichever comes first.
  const start = Math.min(group.labelY, top);
  return { y: fits ? foot + 8 : start, width: (layout.cols - 1) * layout.cell + layout.square, height: fits ? 0 : Math.max(foot, group.labelY) - start };
}
