/** What a timeline needs: its state parameters and the columns of its rows. */
import { z } from 'astro/zod';
import { isoDate, rowBase, rowText, rowVoice } from '../../lib/schemas';

export const timelineParams = z
  .object({
    /** Show only events on or before this date; later ones are hidden until a later step. */
    upTo: isoDate.optional(),
    /** Event ids drawn in the accent colour with a bold label. */
    highlight: z.array(z.string()).default([]),
    /**
     * For a step not in date order (a set of claims, not a history): the events it does not
     * highlight step back to pale labels, so its own stand out whatever their date.
     */
    focus: z.boolean().optional(),
    /** The story's own date, marked "Now" on the ruler, so dates passed and dates to come read apart. */
    today: isoDate.optional(),
  })
  .strict();

/**
 * One event: its id, its date (YYYY, YYYY-MM or YYYY-MM-DD), a short label, and `short`, a few
 * words that stand for the label after the date where a crowded frame (a phone, many events) has
 * room for one line only ("24 Feb 2022: US chip rule"), not a bare date or a label cut off.
 * `voice: official` marks a claim made by Russia's government or a state company, drawn in
 * Russia's colour so a timeline of claims sets what officials say apart from what others found.
 */
export const timelineRow = rowBase.extend({ id: rowText, date: isoDate, label: rowText, short: rowText.max(28), voice: rowVoice.optional() });

export type TimelineParams = z.infer<typeof timelineParams>;
export type TimelineRow = z.infer<typeof timelineRow>;
