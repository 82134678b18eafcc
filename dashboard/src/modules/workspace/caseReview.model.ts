/**
 * The practice-case review score, checked on the client with the API's own rule
 * (ReviewPracticeCaseInput.score: required to approve, 0–100) so a mistake is explained beside
 * the field before any round trip — and an empty field is never sent as 0.
 */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

export type ScoreCheck =
  { ok: true; score: number | null } | { ok: false; problem: 'REQUIRED' | 'OUT_OF_RANGE' | 'NOT_A_NUMBER' };

export function checkReviewScore(raw: string, decision: 'APPROVE' | 'REJECT'): ScoreCheck {
  const text = raw.trim();
  // A rejection carries no score; whatever is typed is not sent.
  if (decision === 'REJECT') return { ok: true, score: null };
  if (text === '') return { ok: false, problem: 'REQUIRED' };
  const score = Number(text);
  if (!Number.isFinite(score)) return { ok: false, problem: 'NOT_A_NUMBER' };
  if (score < SCORE_MIN || score > SCORE_MAX) return { ok: false, problem: 'OUT_OF_RANGE' };
  return { ok: true, score };
}
