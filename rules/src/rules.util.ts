import type { CourseRef } from './rules.schema';
import type { IsoDate, IsoMonth } from './rules.types';

// Small pure helpers shared by the evaluators. Month arithmetic works on 'YYYY-MM' strings so
// results never depend on the process time zone.

/** Rounds half away from zero to `digits` decimals (thresholds compare rounded values). */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + Number.EPSILON)) / f;
}

export function mean(xs: number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function addMonths(month: IsoMonth, n: number): IsoMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both inclusive. */
export function monthRange(from: IsoMonth, to: IsoMonth): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The same day `n` months earlier/later, clamped to the month's length. */
export function addMonthsToDate(date: IsoDate, n: number): IsoDate {
  const month = addMonths(monthOf(date), n);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8, 10)), last)).padStart(2, '0')}`;
}

/** Whole months between two dates (floor), e.g. tenure. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export function courseMatches(ref: CourseRef, course: { code?: string | null; name: string }): boolean {
  if (ref.code && course.code) return ref.code === course.code;
  return ref.name === course.name;
}

export function ratingRank(scale: string[], rating: string | null | undefined): number {
  return rating == null ? -1 : scale.indexOf(rating);
}

export function fmt(x: number | null, digits = 2): string {
  return x == null ? 'n/a' : String(round(x, digits));
}
