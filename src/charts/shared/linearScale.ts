/**
 * A linear scale with the part of d3-scale's API the charts use (domain, range, ticks, nice,
 * clamp), with d3-array's tick maths. d3-scale's scaleLinear also brings d3-interpolate,
 * d3-color and d3-format into the browser (about 9 KB gzip, a quarter of a chapter's
 * JavaScript budget); linearScale.test.ts checks this one gives d3-scale's answers.
 */

// d3-array's ticks and tickIncrement (ISC licence, Mike Bostock), copied: importing them from
// d3-array's single-file build also ships its bisectors, which its module top level calls
// (0.3 KB gzip in every chapter).
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** d3-array's tickSpec: the first and last tick as multiples of the step, and the step (negative: its inverse). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from start to stop (in that order), as d3-array's ticks. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  return Array.from({ length: i2 - i1 + 1 }, (_, i) => {
    const k = reverse ? i2 - i : i1 + i;
    return inc < 0 ? k / -inc : k * inc;
  });
}

/** The tick step for start to stop (negative: the inverse of a step below 1), as d3-array's tickIncrement. */
export function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly number[]): LinearScale;
  range(): [number, number];
  range(range: readonly number[]): LinearScale;
  ticks(count?: number): number[];
  nice(count?: number): LinearScale;
  clamp(clamp: boolean): LinearScale;
}

export function scaleLinear(): LinearScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  let clamped = false;

  const scale = ((value: number) => {
    let t = d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
    if (clamped) t = Math.max(0, Math.min(1, t));
    return r0 + t * (r1 - r0);
  }) as LinearScale;

  scale.domain = ((domain?: readonly number[]) => {
    if (!domain) return [d0, d1];
    d0 = Number(domain[0]);
    d1 = Number(domain[domain.length - 1]);
    return scale;
  }) as LinearScale['domain'];

  scale.range = ((range?: readonly number[]) => {
    if (!range) return [r0, r1];
    r0 = Number(range[0]);
    r1 = Number(range[range.length - 1]);
    return scale;
  }) as LinearScale['range'];

  scale.ticks = (count = 10) => ticks(d0, d1, count);

  scale.clamp = (value: boolean) => {
    clamped = value;
    return scale;
  };

  // d3-scale's linearish.nice: widen the domain to round tick steps; commit once the step settles.
  scale.nice = (count = 10) => {
    const reversed = d1 < d0;
    let start = reversed ? d1 : d0;
    let stop = reversed ? d0 : d1;
    let previous: number | undefined;
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === previous) {
        [d0, d1] = reversed ? [stop, start] : [start, stop];
        break;
      }
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      previous = step;
    }
    return scale;
  };

  return scale;
}
