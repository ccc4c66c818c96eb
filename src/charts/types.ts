/**
 * What a chart island receives: everything is plain data, because Astro serialises island
 * props into the HTML. Scales and layouts are built inside the component from these.
 */
import type { Row } from '../lib/schemas';

export interface Size {
  width: number;
  height: number;
}

/** A chart state as the component sees it: kind parameters plus a one-sentence summary. */
export interface ChartState {
  summary: string;
  params: Record<string, unknown>;
}

export interface SourceRef {
  id: string;
  publisher: string;
  /** The source's entry on /sources/ (with its quoted words and an archived copy). */
  href?: string;
}

/** One chart, ready to draw: its definition joined with its dataset and sources. */
export interface ChartSpec {
  id: string;
  title: string;
  kind: string;
  chapter: string;
  unit: string;
  notes?: string | undefined;
  columns: { key: string; label: string }[];
  rows: Row[];
  states: Record<string, ChartState>;
  /** Distinct sources of the rows, in first-use order, for the source line. */
  sources: SourceRef[];
}

/** What every kind's Marks component takes (a kind may add its own props). */
export interface MarksProps {
  /** The dataset rows. */
  rows: Row[];
  /** State parameters, already validated and defaulted at build time. */
  params: Record<string, unknown>;
  /** Drawing size in CSS pixels. */
  size: Size;
  /** Marks take keyboard focus and carry tooltip text (the hydrated chart only). */
  interactive?: boolean;
}

/** Default drawing size, used for the server render before the browser measures. */
export const DEFAULT_SIZE: Size = { width: 400, height: 300 };

/** Height for a chart laid out by width alone (embeds, flat view): never depends on itself. */
export function heightForWidth(width: number): number {
  return Math.round(Math.min(520, Math.max(300, width * 0.7)));
}
