/**
 * Where a tooltip goes, relative to its chart frame: above the mark when there is room,
 * otherwise below, and always clamped inside the frame's width.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 8;

export function placeTooltip(mark: Rect, frame: Rect, tip: Pick<Rect, 'width' | 'height'>): { left: number; top: number } {
  const centre = mark.left - frame.left + mark.width / 2;
  const left = Math.min(Math.max(0, centre - tip.width / 2), Math.max(0, frame.width - tip.width));
  const above = mark.top - frame.top - tip.height - GAP;
  const top = above >= 0 ? above : mark.top - frame.top + mark.height + GAP;
  return { left, top };
}
