import { describe, expect, it } from 'vitest';
import { gateProgress } from './promotion.model';

const check = (code: string, required: number, actual: number | null, passed: boolean) => ({
  code,
  required,
  actual,
  passed,
});

describe('gateProgress', () => {
  it('is complete only for a passed gate', () => {
    expect(gateProgress([check('EXAM_SCORE', 80, 85, true)], true)).toBe(1);
    expect(gateProgress([check('EXAM_SCORE', 80, 80, false)], false)).toBe(0.99);
  });

  it('measures the weakest failed check and treats non-numeric ones as not started', () => {
    expect(gateProgress([check('PRACTICE_SCORE', 80, 72, false)], false)).toBeCloseTo(0.9);
    expect(
      gateProgress([check('COMPLETED', 1, 1, true), check('PRACTICE_SCORE', 90, 45, false)], false),
    ).toBeCloseTo(0.5);
    expect(gateProgress([check('APPROVED_CASES', 1, 0, false)], false)).toBe(0);
    expect(gateProgress([check('COMPLETED', 1, 0, false), check('EXAM_SCORE', 80, null, false)], false)).toBe(
      0,
    );
    expect(
      gateProgress([{ ...check('RATING', 3, 2, false), requiredRating: 'A', actualRating: 'B' }], false),
    ).toBe(0);
  });
});
