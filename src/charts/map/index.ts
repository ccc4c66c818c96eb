/**
 * The map chart kind: routes between places on a map projected on the server. Its marks need
 * the projected geography: ServerMarks passes basemap() on the server; the island receives it
 * as a prop and hands it to the marks by context, so the browser ships no geometry code.
 */
import { defineKind } from '../types';
import { basemap } from './basemap';
import { staticMapHeight } from './layout';
import ServerMarks from './ServerMarks.svelte';
import { mapParams, mapRow } from './params';

export { layoutMap as layout } from './layout';
export type { MapParams as Params, MapRow as Row } from './params';

export const map = defineKind({
  params: mapParams,
  row: mapRow,
  key: 'id',
  refs: (p) => [
    { param: 'highlight', ids: p.highlight, column: 'id' },
    { param: 'show', ids: p.show ?? [], column: 'id' },
  ],
  Marks: ServerMarks,
  // Embeds and images: the map as wide as their frame, not squeezed into heightForWidth.
  staticHeight: (rows, width, params) => staticMapHeight(rows, width, basemap(), params),
});
