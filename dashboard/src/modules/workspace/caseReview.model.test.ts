import { describe, expect, it } from 'vitest';
import { checkReviewScore } from './caseReview.model';

describe('practice case review score', () => {
  it('never approves an empty score as 0', () => {
    expect(checkReviewScore('', 'APPROVE')).toEqual({ ok: false, problem: 'REQUIRED' });
    expect(checkReviewScore('   ', 'APPROVE')).toEqual({ ok: false, problem: 'REQUIRED' });
  });

  it('refuses scores outside 0–100 and text, accepts the bounds', () => {
    expect(checkReviewScore('150', 'APPROVE')).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
    expect(checkReviewScore('-1', 'APPROVE')).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
    expect(checkReviewScore('abc', 'APPROVE')).toEqual({ ok: false, problem: 'NOT_A_NUMBER' });
    expect(checkReviewScore('0', 'APPROVE')).toEqual({ ok: true, score: 0 });
    expect(checkReviewScore('100', 'APPROVE')).toEqual({ ok: true, score: 100 });
    expect(checkReviewScore('87.5', 'APPROVE')).toEqual({ ok: true, score: 87.5 });
  });

  it('sends no score with a rejection', () => {
    expect(checkReviewScore('', 'REJECT')).toEqual({ ok: true, score: null });
    expect(checkReviewScore('150', 'REJECT')).toEqual({ ok: true, score: null });
  });
});
