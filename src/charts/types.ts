/**
 * The types every chart shares. A chart kind is one module (src/charts/<kind>/index.ts) with
 * one contract (KindContract); src/charts/registry.ts lists the kinds, and ChartSpec is typed
 * from that list, so a spec's rows and state params have the types of its kind from the
 * content files to the Marks component, with no casts on the way.
 *
 * Island props are plain data, because Astro serialises them into the HTML: scales and
 * layouts are built inside the component from these.
 */
import type { Component } from 'svelte';
import type { z } from 'astro/zod';
import type { Note, Row } from '../lib/schemas';
import type { KindName, ParamsOf, RowOf } from './registry';

export type { Note };
/** Any chart's data row: a source id and cells (each kind's rows have more columns, typed). */
export type SpecRow = Row;

export interface Size {
  width: number;
  height: number;
}

/** A chart state as the component sees it: kind parameters, a one-sentence summary, notes. */
export interface ChartState<P = ParamsOf<KindName>> {
  summary: string;
  params: P;
  /** Short notes written on the chart, each pinned to a mark (checked at build time). */
  notes?: Note[] | undefined;
}

export interface SourceRef {
  id: string;
  publisher: string;
  /** The source's entry on /sources/ (with its quoted words and an archived copy). */
  href?: string;
}

/** One chart of kind K, ready to draw: its definition joined with its dataset and sources. */
export interface ChartSpecOf<K extends KindName> {
  id: string;
  title: string;
  kind: K;
  chapter: string;
  unit: string;
  notes?: string | undefined;
  columns: { key: string; label: string }[];
  /** The dataset rows, parsed by the kind's row schema (so they have the columns it needs). */
  rows: RowOf<K>[];
  states: Record<string, ChartState<ParamsOf<K>>>;
  /** The state shown by default outside the story (embeds, images, gallery), when not the last step's. */
  overview?: string | undefined;
  /** Distinct sources of the rows, in first-use order, for the source line. */
  sources: SourceRef[];
}

/**
 * A chart of any of the kinds K (by default: any kind), a union discriminated by `kind`.
 * For one generic K it is ChartSpecOf<K>, which lets generic code build a spec without casts.
 */
export type ChartSpec<K extends KindName = KindName> = { [P in K]: ChartSpecOf<P> }[K];

/** What every kind's Marks component takes. */
export interface MarksProps<P, R> {
  /** The dataset rows, with the columns the kind needs. */
  rows: R[];
  /** State parameters, already validated and defaulted at build time. */
  params: P;
  /** Drawing size in CSS pixels. */
  size: Size;
  /** Notes pinned to marks in this state (drawn on the server too). */
  notes?: Note[] | undefined;
  /** The notes of every state: kinds that keep room under a row for its notes keep it in every
   * step, so rows stay in place when a step adds a note. */
  reserve?: Note[] | undefined;
  /** The dataset's unit ("people"), for kinds that print it. */
  unit?: string;
  /** Marks take keyboard focus and carry tooltip text (the hydrated chart only). */
  interactive?: boolean;
}

/** A reference from a state to rows: the ids a param names, and the column they must be found in. */
export interface Ref {
  /** Where in the state the ids are written (`highlight`, `show`, `edition`, ...). */
  param: string;
  ids: readonly string[];
  column: string;
}

/**
 * One chart kind's contract: the schemas of its state params and rows, which column names a
 * mark, what a state refers to, and the component that draws it.
 */
export interface KindContract<P extends z.ZodType, R extends z.ZodType> {
  /** State parameters, validated (and defaulted) at build time. */
  params: P;
  /** One data row: the columns this kind needs, typed. */
  row: R;
  /** The column whose value names a mark: what `highlight`, `show` and a note's `at` refer to. */
  key: keyof z.output<R> & string;
  /** Every id a state names, with the column of the rows it must be found in. */
  refs: (params: z.output<P>) => Ref[];
  /** Draws one state (the server renders it; islands hydrate it). */
  Marks: Component<MarksProps<z.output<P>, z.output<R>>>;
  /**
   * Height of a static copy drawn `width` wide (embeds, thumbnails, images), when the kind's
   * content sets it rather than heightForWidth (the tracker's cards at readable type), for the
   * state whose params and notes are given.
   */
  staticHeight?: (rows: z.output<R>[], width: number, params: z.output<P>, notes?: Note[]) => number;
  /**
   * How much of a still copy's height a state draws, laid out at `size` with `notes`, for kinds
   * whose states leave the frame's foot empty (rows or events a step has not reached keep their
   * places there): the copy is cut there. Without it the copy keeps its whole height.
   */
  drawnHeight?: (rows: z.output<R>[], size: Size, params: z.output<P>, notes: Note[]) => number;
  /**
   * Where a still copy's drawing starts, for kinds that set a few rows in the middle of their
   * frame (a phone's bars): the copy is cut there too. Without it the copy starts at the top.
   */
  drawnTop?: (rows: z.output<R>[], size: Size, params: z.output<P>, notes: Note[]) => number;
}

/** Declares a kind, checking it against the contract while keeping its exact types. */
export function defineKind<P extends z.ZodType, R extends z.ZodType>(contract: KindContract<P, R>): KindContract<P, R> {
  return contract;
}

/** Default drawing size, used for the server render before the browser measures. */
export const DEFAULT_SIZE: Size = { width: 400, height: 300 };

/** Height for a chart laid out by width alone (embeds, flat view): never depends on itself. */
export function heightForWidth(width: number): number {
  return Math.round(Math.min(520, Math.max(300, width * 0.7)));
}

/** What a scrolly island of kind K takes from the page (serialisable: Astro writes it into the HTML). */
export interface IslandProps<K extends KindName> {
  /** The section's chart with data and states. */
  spec: ChartSpecOf<K>;
  /** The section's steps in document order: id and the state each shows. */
  steps: { id: string; state: string }[];
  /** Site base URL ending in '/'. */
  base: string;
}
