/** Every number and date the charts print goes through these Intl formatters. */
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** `2019`, `2019-10` or `2019-10-10` -> "2019", "Oct 2019", "10 Oct 2019". */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return value;
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return d === undefined ? monthYear.format(date) : dayMonthYear.format(date);
}

/** Partial ISO date -> fractional year, so time can use a linear scale (no d3-time needed). */
export function decimalYear(value: string): number {
  const [y = NaN, m = 1, d = 1] = value.split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

const formatted = new Map<number, string>();

/** Remembered: a layout that searches (the squares' packing) prints the same counts hundreds of times. */
export function formatNumber(value: number): string {
  let text = formatted.get(value);
  if (text === undefined) formatted.set(value, (text = number.format(value)));
  return text;
}

/** A lower bound in the source's words ("more than", "at least"): drawn as a floor, an arrow on from the value. */
export const isFloor = (qualifier: unknown): boolean => qualifier === 'more than' || qualifier === 'at least';

/** A value as printed on a chart: `prefix` + Intl number + `suffix` (e.g. "$", "%"). */
export function formatValue(value: number, prefix = '', suffix = '', qualifier?: string | null): string {
  return `${qualifier ? `${qualifier} ` : ''}${prefix}${formatNumber(value)}${suffix}`;
}

const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const ordinalSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1 -> "1st", 22 -> "22nd", 31 -> "31st", 11 -> "11th". */
export function formatOrdinal(value: number): string {
  return `${value}${ordinalSuffix[ordinalRules.select(value)] ?? 'th'}`;
}
