import { PROJECT } from './rules.numbers';
import type { IsoDate, IsoMonth } from './rules.types';
import { round } from './rules.util';

// Performance scoring, once: the API's review mutation, the training-impact adjustment, the
// historical import and the generator all derive a final score and its rating here.

export type Rating = (typeof PROJECT.ratingScale)[number];
export const RATING_SCALE: readonly Rating[] = PROJECT.ratingScale;

/** Clamps to [scoreMin, scoreMax] (0–100). */
export function clampScore(x: number): number {
  return Math.min(PROJECT.scoreMax, Math.max(PROJECT.scoreMin, x));
}

/** final = clamp(base + Σ adjustments), rounded to 2 decimals (the column's scale). */
export function finalScore(baseScore: number, adjustment = 0): number {
  return clampScore(round(baseScore + adjustment, 2));
}

/** Rating from a final score: S ≥ 95, A ≥ 85, B ≥ 70, C ≥ 60, else D (PROJECT.ratingCutoffs). */
export function ratingFor(score: number): Rating {
  for (const c of PROJECT.ratingCutoffs) if (score >= c.min) return c.rating;
  return RATING_SCALE[0]!;
}

/** 'S ≥ 95, A ≥ 85, B ≥ 70, C ≥ 60, else D' — for descriptions, generated from the cut-offs. */
export function describeRatingCutoffs(): string {
  return `${PROJECT.ratingCutoffs.map((c) => `${c.rating} ≥ ${c.min}`).join(', ')}, else ${RATING_SCALE[0]}`;
}

/** Final score and rating together: what a review stores after any change of its inputs. */
export function scoreReview(baseScore: number, adjustment = 0): { finalScore: number; rating: Rating } {
  const final = finalScore(baseScore, adjustment);
  return { finalScore: final, rating: ratingFor(final) };
}

export function isRating(x: string): x is Rating {
  return (RATING_SCALE as readonly string[]).includes(x);
}

// ---------------------------------------------------------------- quarters and periods

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(period: string): boolean {
  return QUARTER.test(period);
}

/** '2026-05' → '2026-Q2'. */
export function quarterOf(month: IsoMonth): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** '2026-05-17' → '2026-Q2'. */
export function quarterOfDate(date: IsoDate): string {
  return quarterOf(date.slice(0, 7));
}

/** '2026-Q2' → '2026-04-01'. */
export function quarterStart(period: string): IsoDate {
  const [year, q] = period.split('-Q');
  return `${year}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** '2026-Q2' → '2026-06-30'. */
export function quarterEnd(period: string): IsoDate {
  const [year, q] = period.split('-Q').map(Number) as [number, number];
  const lastMonth = q * 3;
  const day = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${day}`;
}
