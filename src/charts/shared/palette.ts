/**
 * The chart colour language, in one place (the colours themselves are CSS tokens, so dark
 * mode flips them): Russia always in --c-russia where places are compared, in every chart and
 * every step, and with it what Russia's officials and state companies claim (rows marked
 * `voice: official`); an independent count of Russia alone (an audit firm's, a newspaper's) is
 * a measurement, in the measurements' slate or ink, so red never means both "the government
 * says" and "someone counted" (a review of 6 Dec found it meaning each); the United
 * States, China and Europe each in a colour of their own (--c-us, --c-china, --c-europe) that
 * never changes with the step; the marks of the current step shown by weight, outline and a
 * bold label, not by a hue of their own; a figure that is no place's (a target's line, a range of
 * estimates, the group of units a chart counts) in the first series colour, --c-series-1, never
 * used for a place (estimates that all measure one place, China's share of Russia's chips, take
 * that place's colour: the chip-share bars name China as their `place`); everything else neutral. Flow links and map routes
 * are told apart by dash pattern (cut, active, claimed) with a key outside the marks.
 */

export type Region = 'russia' | 'us' | 'china' | 'europe';

const REGIONS: Record<string, Region> = { russia: 'russia', 'united states': 'us', 'united-states': 'us', us: 'us', china: 'china', europe: 'europe', eu: 'europe' };

/**
 * The place a mark stands for, from its label's first words ("China, 2024", "United States"),
 * or undefined for anything else; the class of that name gives it the place's colour.
 */
export const regionOf = (label: string | undefined): Region | undefined => REGIONS[(label ?? '').split(/[,:(]/)[0]!.trim().toLowerCase()];

/** True when a mark stands for Russia (by id, label or name), so it keeps Russia's colour. */
export const isRussia = (...names: (string | undefined)[]): boolean => names.some((name) => regionOf(name) === 'russia');
