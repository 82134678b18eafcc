import { describe, expect, it } from 'vitest';
import { loadQueryProblem, MAX_ROW_LIMIT } from './query-guard';

describe('loadQueryProblem', () => {
  it.each([1e12, MAX_ROW_LIMIT + 1, 0, -1, 1.5, '10'])('refuses limit %s', (limit) => {
    expect(loadQueryProblem({ query: { measures: ['v.n'], limit } }, undefined)).toMatch(
      /"limit" must be an integer/,
    );
  });

  it('checks GET ?query= JSON and every query of a list', () => {
    expect(loadQueryProblem(undefined, JSON.stringify({ limit: 1e12 }))).toMatch(/limit/);
    expect(loadQueryProblem({ query: [{ limit: 10 }, { offset: -5 }] }, undefined)).toMatch(/offset/);
  });

  it('accepts what Cube accepts, and leaves malformed JSON to Cube', () => {
    expect(loadQueryProblem({ query: { limit: MAX_ROW_LIMIT, offset: 20 } }, undefined)).toBeNull();
    expect(loadQueryProblem({ query: { measures: ['v.n'] } }, undefined)).toBeNull();
    expect(loadQueryProblem(undefined, '{not json')).toBeNull();
  });
});
