/**
 * Where a units group's tooltip goes. Tooltip.svelte puts a tooltip above its mark, else below
 * it; above or below a whole group that covered a neighbour's label ("Do not: 20" under the
 * brain-drain's first group; "China, 2024: 15" under the notable models' first on a phone). So a
 * group names the foot of its own squares as the line to sit above: the tooltip then covers only
 * the group it describes, whose label it repeats. Only where the frame has no room for it above
 * the foot does a group keep the shared rule (its whole block).
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
  // No squares ("not reported"): no tooltip, and a box at the label keeps the group's focus ring
  // and reading order there (from the frame's top, it was outlined down to its label and first).
  if (!group.squares.length) return { y: group.labelY, width: 0, height: 0 };
  const w = Math.min(288, width * 0.9);
  const top = group.squares[0]!.y;
  const foot = group.squares.at(-1)!.y + layout.square;
  const tip = (wrapLines(group.full, w - 18, 14).length * 19 + 29) / zoom;
  // Above or below the whole block it covered a neighbour's label where groups stack closely (the
  // notable models on a phone), so wherever the frame has room above the foot the tooltip ends
  // there, over the group's own label and squares; else the whole block, whichever comes first.
  const start = Math.min(group.labelY, top);
  const fits = foot >= tip;
  // Inside the frame: a block ending at its foot left the line outside the svg.
  return { y: fits ? Math.min(foot + 8, layout.height) : start, width: (layout.cols - 1) * layout.cell + layout.square, height: fits ? 0 : Math.max(foot, group.labelY) - start };
}
