import { describe, expect, it } from 'vitest';
import {
  exposedCells,
  groupingProblem,
  loadQueryProblem,
  MAX_ROW_LIMIT,
  requestQueries,
  suppressAnswer,
  suppressCells,
  suppressionPlanOf,
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

describe('suppressCells on partitions', () => {
  it('needs no complement where the hidden cells of a partition hold ≥ 5 people together', () => {
    const plan: SuppressionPlan = {
      people: 'v.n',
      keys: ['v.dept'],
      vary: ['v.dept'],
      partition: ['v.dept'],
    };
    const rows = (ns: number[]) => ns.map((n, i) => ({ 'v.dept': `d${i}`, 'v.n': n }));
    // 3 + 2 people hidden, each in one department: total − Σ shows 5 people.
    expect(suppressCells(rows([3, 2, 9, 7]), plan).map((r) => r['v.n'])).toEqual([9, 7]);
    // 4 alone is not enough: the smallest other department goes too.
    expect(suppressCells(rows([4, 9, 7]), plan).map((r) => r['v.n'])).toEqual([9]);
    // Along a key that is not a partition (courses overlap), 3 + 2 is not enough.
    expect(suppressCells(rows([3, 2, 9, 7]), { ...plan, partition: [] }).map((r) => r['v.n'])).toEqual([9]);
  });

  // Department × family: both keys partition people, so every row and column total is Σ of its
  // cells. The attacker reads the totals the by-department and by-family answers and the total
  // return (each suppressed itself), and peels: a row, column or the total with one unknown hidden
  // cell gives it; repeat. Per-margin complements alone lose to this (a complement alone in its
  // row is recovered, then subtracted from its column); the audit stops it.
  type Two = { d: string; f: string; n: number };
  const oneWay = (table: Two[], key: 'd' | 'f') => {
    const totals = new Map<string, number>();
    for (const c of table) totals.set(c[key], (totals.get(c[key]) ?? 0) + c.n);
    const rows = [...totals].map(([value, n]) => ({ k: value, n }));
    const plan: SuppressionPlan = { people: 'n', keys: ['k'], vary: ['k'], partition: ['k'] };
    return new Set(suppressCells(rows, plan).map((r) => r.k));
  };
  const peel = (table: Two[], shown: Set<string>): number[] => {
    const known = new Map<string, number>(
      table.filter((c) => shown.has(`${c.d}${c.f}`)).map((c) => [`${c.d}${c.f}`, c.n]),
    );
    const lines: Two[][] = [];
    for (const key of ['d', 'f'] as const) {
      const readable = oneWay(table, key);
      for (const value of readable) lines.push(table.filter((c) => c[key] === value));
    }
    if (table.reduce((s, c) => s + c.n, 0) >= 5) lines.push(table);
    const found: number[] = [];
    for (let changed = true; changed;) {
      changed = false;
      for (const line of lines) {
        const unknown = line.filter((c) => !known.has(`${c.d}${c.f}`));
        if (unknown.length !== 1) continue;
        known.set(`${unknown[0]!.d}${unknown[0]!.f}`, unknown[0]!.n);
        if (unknown[0]!.n < 5) found.push(unknown[0]!.n);
        changed = true;
      }
    }
    return found;
  };
  const twoWay = (table: Two[]) => {
    const rows = table.map((c) => ({ 'v.d': c.d, 'v.f': c.f, 'v.n': c.n }));
    const keys = ['v.d', 'v.f'];
    const kept = suppressCells(rows, { people: 'v.n', keys, vary: keys, partition: keys });
    return new Set(kept.map((c) => `${c['v.d']}${c['v.f']}`));
  };

  it('no small cell of a two-way table of partitions is recovered from its margins', () => {
    const grid: Record<string, number[]> = {
      d0: [3, 2, 8, 30],
      d1: [6, 20, 40, 30],
      d2: [30, 7, 40, 30],
      d3: [30, 30, 40, 30],
    };
    const table = Object.entries(grid).flatMap(([d, ns]) => ns.map((n, i) => ({ d, f: `f${i}`, n })));
    const shown = twoWay(table);
    expect(peel(table, shown)).toEqual([]);
    // Without the audit the complements d1f0 (6) and d2f1 (7) were each alone in their row.
    expect([...shown].sort()).not.toContain('d0f0');
    expect(exposedCells([[0, 1]], [3, 9], [true, false])).toEqual([0]);
    expect(exposedCells([[0, 1]], [3, 2], [true, true])).toEqual([]);
  });

  it('shows nothing that adds a small cell to what the margins give, on 400 random two-way tables', () => {
    let state = 20261207;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 400; t++) {
      const table: { d: string; f: string; n: number }[] = [];
      const [D, F] = [2 + Math.floor(random() * 5), 2 + Math.floor(random() * 5)];
      for (let d = 0; d < D; d++)
        for (let f = 0; f < F; f++)
          if (random() > 0.15)
            table.push({
              d: `d${d}`,
              f: `f${f}`,
              n: random() < 0.35 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 20),
            });
      // What the row and column totals give on their own (nothing shown) is no answer's doing.
      expect(peel(table, twoWay(table)), JSON.stringify(table)).toEqual(peel(table, new Set()));
    }
  });
});

describe('per-key views (REQUIRED_GROUPING)', () => {
  it('refuses a grouping without one member of each required set', () => {
    expect(groupingProblem('course_contribution', ['course_contribution.course_id'])).toBe(
      'course_contribution must be grouped by one of kpi_code, kpi_name',
    );
    expect(
      groupingProblem('course_contribution', [
        'course_contribution.course_name',
        'course_contribution.kpi_code',
      ]),
    ).toBeNull();
    expect(groupingProblem('award_traits', ['award_traits.campaign_id'])).toBe(
      'award_traits must be grouped by one of trait',
    );
    expect(groupingProblem('course_training', [])).toBeNull();
  });

  it('never varies a required key: only the other keys have margins to protect', () => {
    const marked = (dimensions: string[]) => ({
      measures: ['award_traits.min_group'],
      dimensions,
      filters: [{ member: 'award_traits.min_group', operator: 'set' }],
    });
    expect(suppressionPlanOf(marked(['award_traits.trait', 'award_traits.campaign_id']))).toEqual({
      people: 'award_traits.min_group',
      keys: ['award_traits.trait', 'award_traits.campaign_id'],
      vary: ['award_traits.campaign_id'],
      partition: [],
    });
    // Per trait alone nothing varies: a small trait cell hides nothing a total could recover.
    const plan = suppressionPlanOf(marked(['award_traits.trait']))!;
    expect(plan.vary).toEqual([]);
    const rows = [
      { 'award_traits.trait': 'HOURS', 'award_traits.min_group': 3 },
      { 'award_traits.trait': 'LECTURES', 'award_traits.min_group': 6 },
    ];
    expect(suppressCells(rows, plan)).toEqual([rows[1]]);
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
