import { describe, expect, it } from 'vitest';
import {
  answerAudit,
  auditCells,
  differencingProblem,
  granuleEnd,
  populationsOf,
  within,
  type Population,
  type Released,
} from './differencing';
import { viewPolicies } from './policies';
import { suppressAnswer, suppressCells } from './query-guard';
import { memoryReleaseLog } from './release-log';

// The differencing audit as pure functions: populations, nesting, the pairwise and the subtree
// region rules, and its use by suppressAnswer. The attacks over a real Cube are in
// differencing.test.ts.
const V = 'course_training';
const cell = (over: Partial<Released> & { n: number }): Released => ({
  view: V,
  key: {},
  subtree: '',
  period: {},
  ...over,
});

describe('populationsOf', () => {
  it('reads subtree, fixed values and each cell’s period from the rewritten query and its rows', () => {
    const query = {
      dimensions: [`${V}.course_id`],
      timeDimensions: [
        {
          dimension: `${V}.enrolled_month`,
          granularity: 'month',
          dateRange: ['2025-01-01T00:00:00.000', '2025-06-30T23:59:59.999'],
        },
      ],
      filters: [
        { member: `${V}.department_path`, operator: 'startsWith', values: ['/1/'] },
        { and: [{ member: `${V}.department_path`, operator: 'startsWith', values: ['/1/4/'] }] },
        { member: `${V}.position_family`, operator: 'equals', values: ['SALES'] },
        { member: `${V}.learners`, operator: 'set' },
      ],
    };
    const rows = [{ [`${V}.course_id`]: 3, [`${V}.enrolled_month.month`]: '2025-02-01T00:00:00.000' }];
    expect(populationsOf(V, viewPolicies[V]!, query, rows)).toEqual([
      {
        view: V,
        key: { position_family: 'SALES', course_id: '3' },
        subtree: '/1/4/',
        period: { enrolled_month: ['2025-02-01', '2025-02-28'] },
      },
    ]);
    // Disjoint subtrees (a manager asking for another branch): no population, nothing to audit.
    const disjoint = {
      filters: [
        { member: `${V}.department_path`, operator: 'startsWith', values: ['/1/4/'] },
        { member: `${V}.department_path`, operator: 'startsWith', values: ['/1/5/'] },
      ],
    };
    expect(populationsOf(V, viewPolicies[V]!, disjoint, [{}])).toBeNull();
  });

  it('ends granules at the month’s, quarter’s and year’s last day', () => {
    expect(granuleEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(granuleEnd('2025-10-01', 'quarter')).toBe('2025-12-31');
    expect(granuleEnd('2025-01-01', 'year')).toBe('2025-12-31');
  });
});

describe('within', () => {
  const all: Population = { view: V, key: {}, subtree: '', period: {} };
  it('orders populations by fixed values, subtree and period', () => {
    const janJun = { ...all, period: { enrolled_month: ['2025-01-01', '2025-06-30'] as [string, string] } };
    const febJun = { ...all, period: { enrolled_month: ['2025-02-01', '2025-06-30'] as [string, string] } };
    expect([within(febJun, janJun), within(janJun, febJun), within(janJun, all)]).toEqual([
      true,
      false,
      true,
    ]);
    const sub = { ...all, subtree: '/1/4/' };
    expect([within(sub, all), within(all, sub), within(sub, { ...all, subtree: '/1/5/' })]).toEqual([
      true,
      false,
      false,
    ]);
    // Fixed values must be the same: a refined cell's margin is the per-answer suppression's.
    const family = { ...all, key: { position_family: 'SALES' } };
    expect([within(family, all), within(all, family)]).toEqual([false, false]);
    expect(within({ ...family, subtree: '/1/4/' }, family)).toBe(true);
    expect(within({ ...family, key: { position_family: 'IT' } }, family)).toBe(false);
    expect(within({ ...all, view: 'training_roi' }, all)).toBe(false);
  });
});

describe('differencingProblem', () => {
  it('withholds a nested population whose n differs by 1–4, in either order', () => {
    const janJun = cell({ period: { enrolled_month: ['2026-02-01', '2026-10-31'] }, n: 148 });
    const febJun = cell({ period: { enrolled_month: ['2026-03-01', '2026-10-31'] }, n: 145 });
    expect(differencingProblem([janJun], febJun)).toMatch(/differs by 3/);
    expect(differencingProblem([febJun], janJun)).toMatch(/differs by 3/);
    // 0 (the same people) and ≥ 5 reveal nobody new; unrelated populations are not compared.
    expect(differencingProblem([janJun], { ...febJun, n: 148 })).toBeNull();
    expect(differencingProblem([janJun], { ...febJun, n: 143 })).toBeNull();
    expect(
      differencingProblem(
        [cell({ key: { course_id: '1' }, n: 20 })],
        cell({ key: { course_id: '2' }, n: 18 }),
      ),
    ).toBeNull();
  });

  it('withholds the subtree that completes S(parent) − Σ S(children) = 1–4 direct members', () => {
    const parent = cell({ subtree: '/1/12/', n: 31 });
    const a = cell({ subtree: '/1/12/20/', n: 12 });
    const b = cell({ subtree: '/1/12/21/', n: 18 });
    expect(differencingProblem([parent], a)).toBeNull();
    // The second child leaves 31 − 12 − 18 = 1 person: withheld.
    expect(differencingProblem([parent, a], b)).toMatch(/leaves 1 of \/1\/12\//);
    // Children first, parent last: the parent's own region is the same one person.
    expect(differencingProblem([a, b], parent)).toMatch(/leaves 1 outside/);
    // A grandchild inside a counts within a, not as a second region of the parent.
    const grandchild = cell({ subtree: '/1/12/20/30/', n: 6 });
    expect(differencingProblem([parent, a], grandchild)).toBeNull();
    // S(Q) − S(P2) = a small sibling subtree P1.
    const q = cell({ subtree: '/1/', n: 40 });
    expect(differencingProblem([q], cell({ subtree: '/1/3/', n: 37 }))).toMatch(/differs by 3/);
    // Another period or fixed value is another chain.
    expect(differencingProblem([parent, a], { ...b, key: { position_family: 'IT' } })).toBeNull();
  });

  it('auditCells passes what was released before with the same n', () => {
    const a = cell({ subtree: '/1/4/', n: 9 });
    const b = cell({ subtree: '/1/', n: 12 });
    expect([...auditCells([a, b], [a, b])]).toEqual([]);
    expect([...auditCells([a], [cell({ subtree: '/1/4/', n: 8 }), b])]).toEqual([0, 1]);
  });
});

describe('suppressCells with withheld cells', () => {
  const plan = { people: 'n', keys: ['family'], vary: ['family'], partition: ['family'] };
  it('hides a complement so the margin does not give a withheld cell back', () => {
    const cells = [
      { family: 'A', n: 10 },
      { family: 'B', n: 20 },
      { family: 'C', n: 30 },
    ];
    expect(suppressCells(cells, plan).map((c) => c.family)).toEqual(['A', 'B', 'C']);
    // B withheld alone would be total − A − C: the smallest other cell (A) goes too.
    expect(suppressCells(cells, plan, new Set([1])).map((c) => c.family)).toEqual(['C']);
  });
});

describe('suppressAnswer with the audit', () => {
  it('withholds and remembers per request; a memory log forgets after its TTL', async () => {
    let clock = 0;
    const log = memoryReleaseLog({ ttlMs: 1000 }, () => clock);
    const answer = (path: string, learners: number) => ({
      query: {
        measures: [`${V}.learners`],
        filters: [
          { member: `${V}.department_path`, operator: 'startsWith', values: [path] },
          { member: `${V}.learners`, operator: 'set' },
        ],
      },
      data: [{ [`${V}.learners`]: String(learners) }],
    });
    const ask = async (path: string, learners: number) => {
      const collected: Released[] = [];
      const body = suppressAnswer(
        answer(path, learners),
        [{}],
        () => [],
        answerAudit(await log.load('7'), viewPolicies, collected),
      );
      await log.add('7', collected);
      return (body as { data: unknown[] }).data.length;
    };
    expect(await ask('/1/', 40)).toBe(1);
    expect(await ask('/1/3/', 37)).toBe(0);
    expect(await ask('/1/3/', 30)).toBe(1);
    expect((await log.load('7')).map((c) => [c.subtree, c.n])).toEqual([
      ['/1/', 40],
      ['/1/3/', 30],
    ]);
    clock = 2000;
    expect(await log.load('7')).toEqual([]);
    expect(await ask('/1/3/', 37)).toBe(1);
  });
});

describe('suppressAnswer with an equals pin', () => {
  it('suppresses the grouped answer, then keeps the pinned rows without the added column', () => {
    const F = `${V}.position_family`;
    const L = `${V}.learners`;
    const body = {
      query: { measures: [L], dimensions: [F], filters: [{ member: L, operator: 'set' }] },
      data: [
        { [F]: 'A', [L]: '3' },
        { [F]: 'B', [L]: '6' },
        { [F]: 'C', [L]: '40' },
      ],
    };
    const asked = { measures: [L], filters: [{ member: F, operator: 'equals', values: ['B'] }] };
    // B is the complement of A (total − C − B = A): asked for alone it is still hidden.
    const hidden = suppressAnswer(structuredClone(body), [asked], () => []) as { data: unknown[] };
    expect(hidden.data).toEqual([]);
    const pinC = { ...asked, filters: [{ member: F, operator: 'equals', values: ['C'] }] };
    const shown = suppressAnswer(structuredClone(body), [pinC], () => []) as { data: unknown[] };
    expect(shown.data).toEqual([{ [L]: '40' }]);
  });
});
