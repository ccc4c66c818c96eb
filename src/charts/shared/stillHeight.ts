/**
 * How far down a still copy of a kind with notes draws, laid out as its Marks lay it out: at the
 * frame's type zoom, its notes placed around its marks. `drawn` gives the layout's foot (margin
 * included) from the layout and every box it writes (labels the notes keep clear of, and the
 * notes themselves); the result is in the copy's own pixels.
 */
import { placeNotes, type Anchor, type Box } from './notes';
import { typeZoom, zoomedSize } from './text';
import type { Note, Size } from '../types';

export function stillHeight<L>(
  size: Size,
  notes: readonly Note[],
  lay: (frame: Size) => L,
  marked: (layout: L) => { anchors: Anchor[]; obstacles: Box[] },
  drawn: (layout: L, boxes: Box[]) => number,
): number {
  const zoom = typeZoom(size.width);
  const frame = zoomedSize(size, zoom);
  const layout = lay(frame);
  const { anchors, obstacles } = marked(layout);
  return zoom * drawn(layout, [...obstacles, ...placeNotes(notes, anchors, obstacles, frame).map((n) => n.box)]);
}
