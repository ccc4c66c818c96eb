/**
 * Every chart kind, by the name content files use (`kind: timeline`). The story builder
 * checks states and rows against these contracts, the static Chart draws with their Marks,
 * and the scrolly islands (src/islands/scrolly/<kind>.svelte, one per kind because Astro
 * hydrates only components imported by name) are checked against this list by a test.
 * Adding a kind: its folder under src/charts/, one line here, and its island.
 */
import type { Component } from 'svelte';
import type { z } from 'astro/zod';
import { heightForWidth, type MarksProps, type Note, type Ref, type Size } from './types';
import { bars } from './bars';
import { flow } from './flow';
import { guess } from './guess';
import { line } from './line';
import { map } from './map';
import { range } from './range';
import { rank } from './rank';
import { squares } from './squares';
import { timeline } from './timeline';
import { tracker } from './tracker';
import { units } from './units';

export const kinds = { timeline, units, range, flow, bars, line, rank, squares, map, guess, tracker };

type Kinds = typeof kinds;
export type KindName = keyof Kinds;
/** State params of kind K, as validated and defaulted at build time. */
export type ParamsOf<K extends KindName> = z.output<Kinds[K]['params']>;
/** A data row of kind K, with the columns it needs. */
export type RowOf<K extends KindName> = z.output<Kinds[K]['row']>;

export function isKind(name: string): name is KindName {
  return Object.hasOwn(kinds, name);
}

/** A kind's contract with its types spelled out by name, so generic code keeps them. */
export interface Contract<K extends KindName> {
  params: z.ZodType<ParamsOf<K>>;
  row: z.ZodType<RowOf<K>>;
  key: string;
  refs: (params: ParamsOf<K>) => Ref[];
  Marks: Component<MarksProps<ParamsOf<K>, RowOf<K>>>;
  staticHeight?: (rows: RowOf<K>[], width: number, params: ParamsOf<K>, notes?: Note[]) => number;
  drawnHeight?: (rows: RowOf<K>[], size: Size, params: ParamsOf<K>, notes: Note[]) => number;
  drawnTop?: (rows: RowOf<K>[], size: Size, params: ParamsOf<K>, notes: Note[]) => number;
}
const contracts: { [K in KindName]: Contract<K> } = kinds;

/** The contract of one kind, typed with that kind's params and rows. */
export function contractOf<K extends KindName>(kind: K): Contract<K> {
  return contracts[kind];
}

/** Height of a static copy of a chart's state drawn `width` wide (server render only). */
export function staticHeightFor<K extends KindName>(kind: K, rows: RowOf<K>[], width: number, params: ParamsOf<K>, notes: Note[] = []): number {
  return contracts[kind].staticHeight?.(rows, width, params, notes) ?? heightForWidth(width);
}

/** The height a still copy of a state is cut to: what it draws of `size` (server render only). */
export function drawnHeightFor<K extends KindName>(kind: K, rows: RowOf<K>[], size: Size, params: ParamsOf<K>, notes: Note[] = []): number {
  const drawn = contracts[kind].drawnHeight?.(rows, size, params, notes);
  return drawn === undefined ? size.height : Math.min(size.height, Math.ceil(drawn));
}

/** The Marks component of a kind, typed with that kind's params and rows (server render only). */
export function marksFor<K extends KindName>(kind: K): Component<MarksProps<ParamsOf<K>, RowOf<K>>> {
  return contracts[kind].Marks;
}

/** Where a still copy of a state starts drawing in `size` (server render only): it is cut above there. */
export function drawnTopFor<K extends KindName>(kind: K, rows: RowOf<K>[], size: Size, params: ParamsOf<K>, notes: Note[] = []): number {
  return Math.max(0, Math.floor(contracts[kind].drawnTop?.(rows, size, params, notes) ?? 0));
}
