import { describe, expect, it } from 'vitest';
import {
  loadQueryProblem,
  MAX_ROW_LIMIT,
  requestQueries,
  suppressAnswer,
  suppressCells,
  type SuppressionPlan,
} from './query-guard';

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

describe('suppressCells (primary and complementary)', () => {
  const byCourse: SuppressionPlan = { people: 'v.n', keys: ['v.course'], vary: ['v.course'] };
  const cells = (ns: [string, number | null][]) =>
    ns.map(([course, n]) => ({ 'v.course': course, 'v.n': n }));

  it('returns everything when no cell is small', () => {
    const all = cells([
      ['a', 5],
      ['b', 9],
    ]);
    expect(suppressCells(all, byCourse)).toEqual(all);
  });

  it('hides a small cell and the smallest other cell of its margin, so total − Σ shows ≥ 5 people', () => {
    const kept = suppressCells(
      cells([
        ['a', 4],
        ['b', 30],
        ['c', 6],
        ['d', 6],
        ['e', null],
      ]),
      byCourse,
    );
    // a (4) and e (no count) are primary; d is the smallest ≥ 5 (the later of two ties).
    expect(kept.map((c) => c['v.course'])).toEqual(['b', 'c']);
  });

  it('complements rows and columns of a two-way table until every margin is safe', () => {
    const plan: SuppressionPlan = { people: 'v.n', keys: ['v.d', 'v.c'], vary: ['v.d', 'v.c'] };
    const table = [
      ['d1', 'c1', 3],
      ['d1', 'c2', 8],
      ['d1', 'c3', 20],
      ['d2', 'c1', 9],
      ['d2', 'c2', 7],
      ['d2', 'c3', 25],
    ].map(([d, c, n]) => ({ 'v.d': d, 'v.c': c, 'v.n': n }));
    const kept = suppressCells(table, plan).map((r) => `${r['v.d']}${r['v.c']}`);
    // d1c1 small → d1c2 (row d1) and d2c1 (column c1) hidden; d2c1 then needs nothing more in
    // row d2 (it is itself ≥ 5), and column c2 hides d1c2 (≥ 5): stable.
    expect(kept).toEqual(['d1c3', 'd2c2', 'd2c3']);
  });

  it('never varies a key the caller cannot total over (a month of person-month views)', () => {
    const plan: SuppressionPlan = { people: 'v.n', keys: ['v.m.month', 'v.d'], vary: ['v.d'] };
    const rows = [
      ['2026-01', 'x', 4],
      ['2026-01', 'y', 6],
      ['2026-01', 'z', 9],
      ['2026-02', 'x', 8],
      ['2026-02', 'y', 8],
    ].map(([m, d, n]) => ({ 'v.m.month': m, 'v.d': d, 'v.n': n }));
    // January hides x and its complement y; February is a margin of its own, untouched.
    expect(suppressCells(rows, plan).map((r) => `${r['v.m.month']}${r['v.d']}`)).toEqual([
      '2026-01z',
      '2026-02x',
      '2026-02y',
    ]);
  });
});

describe('suppressAnswer', () => {
  const query = {
    measures: ['v.x', 'v.n'],
    dimensions: ['v.course'],
    filters: [{ member: 'v.n', operator: 'set' }],
  };
  const data = [
    { 'v.course': 'a', 'v.x': '1', 'v.n': '4' },
    { 'v.course': 'b', 'v.x': '1', 'v.n': '50' },
    { 'v.course': 'c', 'v.x': '1', 'v.n': '7' },
    { 'v.course': 'd', 'v.x': '1', 'v.n': '40' },
  ];

  it('suppresses a marked answer and then cuts the caller’s page', () => {
    const asked = requestQueries({ query: { limit: 1, offset: 1 } }, undefined);
    const body = suppressAnswer({ query, data: data.map((r) => ({ ...r })) }, asked, () => []) as {
      data: { 'v.course': string }[];
    };
    expect(body.data.map((r) => r['v.course'])).toEqual(['d']);
  });

  it('leaves unmarked answers (an employee’s own rows) and errors alone; refuses an unreadable one', () => {
    const own = { query: { ...query, filters: [] }, data };
    expect(suppressAnswer(own, [], () => [])).toEqual(own);
    expect(suppressAnswer({ error: 'Continue wait' }, [], () => [])).toEqual({ error: 'Continue wait' });
    expect(() => suppressAnswer({ query, data: { members: [] } }, [], () => [])).toThrow(/no data rows/);
  });

  it('suppresses every result of a multi answer, and reads GET ?query= as well', () => {
    const multi = {
      results: [
        { query, data: [...data] },
        { query, data: [...data] },
      ],
    };
    const asked = requestQueries(undefined, JSON.stringify([{}, { limit: 1 }]));
    const out = suppressAnswer(multi, asked, () => []) as { results: { data: unknown[] }[] };
    expect(out.results.map((r) => r.data.length)).toEqual([2, 1]);
  });

  it('refuses the compact response format, which it cannot read', () => {
    expect(loadQueryProblem({ query: { responseFormat: 'compact' } }, undefined)).toMatch(/responseFormat/);
  });
});
