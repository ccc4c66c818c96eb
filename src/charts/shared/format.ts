/**
 * Every number and date the charts print is written here, by hand, as en-GB Intl would write it
 * (format.test.ts holds them to Intl): the browser's first Intl date or number format loads ICU's
 * locale data, a 30-70 ms task at load on a desktop CPU, four times that on a phone (issue 18).
 */
export const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' ');

/** `2019`, `2019-10` or `2019-10-10` -> "2019", "Oct 2019", "10 Oct 2019". */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return value;
  if (m === undefined) return String(y);
  return `${d === undefined ? '' : `${d} `}${MONTHS[m - 1]} ${y}`;
}

/**
 * Partial ISO date -> fractional year, so time can use a linear scale (no d3-time needed). A date
 * given to the month or the year only stands at the middle of it: the event fell some time in
 * it, so "Mar 2022" no longer comes before "3 Mar 2022".
 */
export function decimalYear(value: string): number {
  const [y = NaN, m, d] = value.split('-').map(Number);
  if (m === undefined) return y + 0.5;
  return y + (m - 1) / 12 + (d === undefined ? 1 / 24 : (d - 1) / 365);
}

const formatted = new Map<number, string>();

/** Remembered: a layout that searches (the squares' packing) prints the same counts hundreds of times. */
export function formatNumber(value: number): string {
  let text = formatted.get(value);
  if (text === undefined) formatted.set(value, (text = writeNumber(value)));
  return text;
}

/** At most one decimal, commas between thousands; rounded as Intl rounds, on the number's shortest
 *  decimal form, halves away from zero ("1.15" -> 1.2, though the double is 1.1499…). */
function writeNumber(value: number): string {
  const tenths = Math.round(Number(`${Math.abs(value)}e1`)) || 0;
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${value < 0 ? '-' : ''}${whole}${tenths % 10 ? `.${tenths % 10}` : ''}`;
}

/** A lower bound in the source's words ("more than", "at least"): drawn as a floor, an arrow on from the value. */
export const isFloor = (qualifier: unknown): boolean => qualifier === 'more than' || qualifier === 'at least';

/** A value as printed on a chart: `prefix` + number + `suffix` (e.g. "$", "%"). */
export function formatValue(value: number, prefix = '', suffix = '', qualifier?: string | null): string {
  return `${qualifier ? `${qualifier} ` : ''}${prefix}${formatNumber(value)}${suffix}`;
}

/** 1 -> "1st", 22 -> "22nd", 31 -> "31st", 11 -> "11th". */
export function formatOrdinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}
