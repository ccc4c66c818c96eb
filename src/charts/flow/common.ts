/**
 * What the two orientations of the flow layout share: sizes, the node and link-label
 * geometry they return, and the words on a link.
 */
import type { FlowBorrows, FlowStatus } from './schema';
import type { Box } from './route';

export const FONT_SIZE = 13;
/** Node text in narrow node boxes (four or more side by side on a phone). */
export const SMALL_FONT_SIZE = 12;
export const SMALLEST_FONT_SIZE = 11;
export const LINK_FONT_SIZE = 12;
export const LINE_HEIGHT = 16;
export const LINK_LINE_HEIGHT = 14;
/** Below this width the columns are laid out top to bottom. */
export const WIDE_FROM = 520;
export const MARGIN = 2;
export const PAD_X = 6;
export const PAD_Y = 5;
export const LABEL_PAD = 3;
export const NODE_GAP = 12;
export const MIN_BOX = 110;
/** Narrowest band between columns that still shows a link and its label side by side. */
export const MIN_BAND = 150;
export const MAX_LABEL = 200;
/** Widest node box when rows run top to bottom. */
export const MAX_ROW_BOX = 220;
export const ARROW = 7;
/** Narrowest link-label slot on a phone before labels stack in tiers. */
export const MIN_SLOT = 72;

export interface FlowLinkLabel extends Box {
  /** Centre of the text, for text-anchor middle. */
  cx: number;
  lines: string[];
}

export type NodeBox = Box & { lines: string[]; fontSize: number };

export interface Geometry {
  boxes: Map<string, NodeBox>;
  paths: Map<string, { path: string; arrow: string }>;
  labels: Map<string, FlowLinkLabel>;
}

export type LinkIn = { id: string; from: string; to: string; status: FlowStatus; text: string };

/** Widths of a node box and of the band between columns when they run left to right. */
export function sidewaysWidths(columns: number, width: number): { box: number; band: number } {
  const inner = width - 2 * MARGIN;
  if (columns <= 1) return { box: Math.min(220, inner), band: 0 };
  const box = Math.max(1, Math.min(200, (inner - (columns - 1) * MIN_BAND) / columns));
  return { box, band: (inner - columns * box) / (columns - 1) };
}

/** What each line style means, in the key under the diagram. */
export const STATUS_WORDS: Record<FlowStatus, string> = { active: 'in use', cut: 'cut off', claimed: 'claimed, not verified' };

/**
 * The words on a link: its label alone, since the key under the diagram says what each line
 * style means; a link with no label of its own says its status in the key's words.
 */
export function linkText(label: string, status: FlowStatus): string {
  return label || STATUS_WORDS[status];
}
/** What each line weight means (what a model takes from the one it links from), in the key. */
export const BORROWS_WORDS: Record<FlowBorrows, string> = { weights: 'trained weights', design: 'design only', none: 'no outside model' };
/** Height of one row of the key. */
export const KEY_ROW = 22;
/** Length of the line sample beside each key entry. */
export const KEY_SAMPLE = 26;
