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

/** Default drawing size, used for the server render before the browser measures. */
export const DEFAULT_SIZE: Size = { width: 400, height: 300 };

/** Height for a chart laid out by width alone (embeds, flat view): never depends on itself. */
export function heightForWidth(width: number): number {
  return Math.round(Math.min(520, Math.max(300, width * 0.7)));
}
