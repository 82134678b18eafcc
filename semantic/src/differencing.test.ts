import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { CubeError, cubeLoad, type CubeRow } from './client';
import type { CubeFilter, CubeQuery } from './security';
import type { RunningCube } from './server';
import { startTestCube } from './testing';

// Differencing ACROSS queries (issue #10): each answer is suppressed on its own (suppression.test.ts),
// but two or more differently filtered answers subtracted from each other must not reveal a group
// of fewer than 5 people either. One attack per way of varying the population:
//   1. subset filters (IN [a, b] vs [a], notEquals, contains, ranges, OR, filters on measures);
//   2. date windows a month apart (Jan–Jun vs Feb–Jun);
//   3. department subtrees (S(parent) − Σ S(children) = the parent's direct members);
//   4. a complement of a grouped answer asked for alone with `equals` (total − shown − it).
// Ground truth comes from SQL on the seeded company; each attack is only run where the data
// holds such a small group, and the test asserts the group was found.
const SECRET = 'differencing-test-secret-differencing-test-0123';
vi.setConfig({ testTimeout: 300_000 });
const MIN = 5;
const V = 'course_training';

let db: TestDatabase;
let cube: RunningCube;
let client: pg.Client;

/** A company-wide HR token; each attack uses its own subject (the audit remembers per subject). */
async function hrToken(sub: number): Promise<string> {
  return new SignJWT({ role: 'HR', employeeId: null, departmentId: null, scopes: [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(sub))
    .setExpirationTime('30m')
    .sign(new TextEncoder().encode(SECRET));
}

/** Learners (and enrollments) of course_training under `filters` and an optional period. */
async function learners(
  token: string,
  filters: CubeFilter[],
  period?: [string, string],
): Promise<{ rows: CubeRow[] } | { refused: string }> {
  const query: CubeQuery = {
    measures: [`${V}.learners`, `${V}.enrollments`],
    filters,
    ...(period ? { timeDimensions: [{ dimension: `${V}.enrolled_month`, dateRange: period }] } : {}),
  };
  try {
    return { rows: await cubeLoad(query, token, { url: cube.url, timeoutMs: 300_000 }) };
  } catch (error) {
    if (error instanceof CubeError && error.status === 403) return { refused: error.message };
    throw error;
  }
}

/** Learners and enrollments by course (optionally pinned to one course with `equals`). */
async function byCourse(token: string, filters: CubeFilter[] = []): Promise<Map<number, [number, number]>> {
  const rows = await cubeLoad(
    { measures: [`${V}.learners`, `${V}.enrollments`], dimensions: [`${V}.course_id`], filters },
    token,
    { url: cube.url, timeoutMs: 300_000 },
  );
  return new Map(
    rows.map((r) => [
      Number(r[`${V}.course_id`]),
      [Number(r[`${V}.learners`]), Number(r[`${V}.enrollments`])],
    ]),
  );
}

/** The released learners count of an ungrouped answer, or null when refused or suppressed. */
function n(answer: { rows: CubeRow[] } | { refused: string }): number | null {
  if ('refused' in answer || answer.rows.length === 0) return null;
  return Number(answer.rows[0]![`${V}.learners`]);
}

/** A number an attacker learns about a group of people: fine when 0 (nobody) or ≥ 5. */
function expectSafe(group: number, what: string): void {
  if (group !== 0 && group < MIN) throw new Error(`${what} reveals a group of ${group}`);
}

const lastDay = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: 150, seed: 7 } });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  cube = await startTestCube(db.url, SECRET, {
    // Tokens of made-up subjects (one per attack): no login rows to check them against.
    sessionCheckSeconds: false,
  });
}, 600_000);

afterAll(async () => {
  await client?.end();
  await cube?.stop();
  await db?.close();
});

describe('differencing across differently filtered queries', () => {
  it('1. subset filters: IN [a, b] − IN [a] and other non-whitelisted filters are refused', async () => {
    // Two courses a, b whose union has a small group beyond a: learners of b who never took a.
    const { rows } = await client.query<{ a: number; b: number; ab: number; only_b: number }>(
      `with l as (select distinct employee_id, course_id from enrollment)
       select a.course_id as a, b.course_id as b,
              (select count(distinct employee_id) from l where course_id in (a.course_id, b.course_id))::int as ab,
              (select count(*) from (select employee_id from l where course_id = b.course_id
                 except select employee_id from l where course_id = a.course_id) x)::int as only_b
         from (select distinct course_id from l) a cross join (select distinct course_id from l) b
        where a.course_id <> b.course_id
          and (select count(distinct employee_id) from l where course_id = a.course_id) >= 5
        order by a.course_id, b.course_id`,
    );
    const pair = rows.find((r) => r.only_b > 0 && r.only_b < MIN);
    expect(pair).toBeDefined();
    const { a, b } = pair!;
    const token = await hrToken(101);
    const course = `${V}.course_id`;
    const both = await learners(token, [
      { member: course, operator: 'equals', values: [String(a), String(b)] },
    ]);
    const one = await learners(token, [{ member: course, operator: 'equals', values: [String(a)] }]);
    const [nBoth, nOne] = [n(both), n(one)];
    // Whatever comes back, total − part must not describe 1–4 people.
    if (nBoth !== null && nOne !== null) expectSafe(nBoth - nOne, `learners of ${a} or ${b} − of ${a}`);
    expect(both).toEqual({ refused: expect.stringMatching(/^ANALYTICS_FILTER_NOT_ALLOWED: .*course_id/) });
    // The single-valued equals is the product's own narrowing and still answers, exactly.
    expect(nOne).toBe(
      (
        await client.query<{ n: number }>(
          'select count(distinct employee_id)::int as n from enrollment where course_id = $1',
          [a],
        )
      ).rows[0]!.n,
    );
    // Every other way of cutting a subset is refused the same way.
    const others: CubeFilter[][] = [
      [{ member: course, operator: 'notEquals', values: [String(b)] }],
      [{ member: `${V}.course_name`, operator: 'contains', values: ['a'] }],
      [{ member: course, operator: 'gt', values: [String(a)] }],
      [{ member: course, operator: 'lte', values: [String(a)] }],
      [{ or: [{ member: course, operator: 'equals', values: [String(a)] }] }],
      [{ member: `${V}.enrollments`, operator: 'gt', values: ['0'] }],
      [{ member: `${V}.department_path`, operator: 'startsWith', values: ['/1'] }],
      [{ member: `${V}.enrolled_month`, operator: 'inDateRange', values: ['2025-01-01', '2025-06-30'] }],
    ];
    for (const filters of others) {
      expect(await learners(token, filters)).toEqual({
        refused: expect.stringMatching(/^ANALYTICS_FILTER_NOT_ALLOWED: /),
      });
    }
  });

  it('2. date windows a month apart: the second, nested window does not reveal 1–4 people', async () => {
    // Windows [m, end] and [m + 1 month, end] ending in the last month with data whose learners
    // differ by 1–4: the people of month m who enrolled in nothing after it.
    const { rows: months } = await client.query<{ m: string }>(
      `select to_char(date_trunc('month', enrolled_on), 'YYYY-MM-DD') as m from enrollment group by 1 order by 1`,
    );
    const end = lastDay(months.at(-1)!.m);
    const count = async (from: string) =>
      (
        await client.query<{ n: number }>(
          'select count(distinct employee_id)::int as n from enrollment where enrolled_on between $1 and $2',
          [from, end],
        )
      ).rows[0]!.n;
    let pair:
      { wide: [string, string]; narrow: [string, string]; wideN: number; narrowN: number } | undefined;
    for (let i = 0; i + 1 < months.length && !pair; i++) {
      const [wideN, narrowN] = [await count(months[i]!.m), await count(months[i + 1]!.m)];
      if (narrowN >= MIN && wideN - narrowN > 0 && wideN - narrowN < MIN) {
        pair = { wide: [months[i]!.m, end], narrow: [months[i + 1]!.m, end], wideN, narrowN };
      }
    }
    expect(pair).toBeDefined();
    const token = await hrToken(102);
    const wide = n(await learners(token, [], pair!.wide));
    const narrow = n(await learners(token, [], pair!.narrow));
    if (wide !== null && narrow !== null) expectSafe(wide - narrow, `${pair!.wide} − ${pair!.narrow}`);
    // The first answer is released exactly; the nested one, a month shorter, is withheld.
    expect(wide).toBe(pair!.wideN);
    expect(narrow).toBeNull();
    // Windows must be whole calendar months (or end today, the running month).
    expect(await learners(token, [], [pair!.narrow[0].slice(0, 8) + '02', end])).toEqual({
      refused: expect.stringMatching(/^ANALYTICS_PERIOD_NOT_ALLOWED: /),
    });
  });

  it('3. department subtrees: S(parent) − Σ S(children) does not reveal the parent’s 1–4 direct members', async () => {
    const { rows: departments } = await client.query<{ id: number; path: string; parent_id: number | null }>(
      'select id, path, parent_id from department order by path',
    );
    const subtreeN = async (path: string) =>
      (
        await client.query<{ n: number }>(
          `select count(distinct en.employee_id)::int as n from enrollment en
             join employee e on e.id = en.employee_id join department d on d.id = e.department_id
            where d.path like $1 || '%'`,
          [path],
        )
      ).rows[0]!.n;
    // A parent whose direct learners are 1–4 and whose every child subtree is answered (≥ 5 or 0).
    let target: { path: string; total: number; children: { path: string; n: number }[] } | undefined;
    for (const p of departments) {
      const children = departments.filter((d) => d.parent_id === p.id);
      if (children.length === 0) continue;
      const total = await subtreeN(p.path);
      const sizes = await Promise.all(
        children.map(async (c) => ({ path: c.path, n: await subtreeN(c.path) })),
      );
      const direct = total - sizes.reduce((s, c) => s + c.n, 0);
      if (direct > 0 && direct < MIN && sizes.every((c) => c.n === 0 || c.n >= MIN)) {
        target = { path: p.path, total, children: sizes.filter((c) => c.n > 0) };
        break;
      }
    }
    expect(target).toBeDefined();
    const token = await hrToken(103);
    const path = `${V}.department_path`;
    const parent = n(
      await learners(token, [{ member: path, operator: 'startsWith', values: [target!.path] }]),
    );
    expect(parent).toBe(target!.total);
    const children: (number | null)[] = [];
    for (const c of target!.children) {
      children.push(n(await learners(token, [{ member: path, operator: 'startsWith', values: [c.path] }])));
    }
    // Some child subtree is withheld (the one that would complete the sum), so the direct
    // members cannot be computed; what was released differences to nothing small.
    if (children.every((c) => c !== null)) {
      expectSafe(parent! - children.reduce((s, c) => s! + c!, 0)!, `S(${target!.path}) − Σ children`);
    }
    expect(children.filter((c) => c === null).length).toBeGreaterThan(0);
  });

  it('4. a complement hidden in the grouped answer is not released alone by `equals`', async () => {
    const token = await hrToken(104);
    const total = await learners(token, []);
    const totalEnrollments = 'rows' in total ? Number(total.rows[0]![`${V}.enrollments`]) : 0;
    const shown = await byCourse(token);
    const { rows: truth } = await client.query<{ id: number; n: number }>(
      'select course_id as id, count(distinct employee_id)::int as n from enrollment group by 1 order by 1',
    );
    // A course of ≥ 5 learners the grouped answer hides: the complement of smaller ones.
    const complement = truth.find((t) => t.n >= MIN && !shown.has(t.id));
    expect(complement).toBeDefined();
    const alone = await byCourse(token, [
      { member: `${V}.course_id`, operator: 'equals', values: [String(complement!.id)] },
    ]);
    const released = alone.get(complement!.id);
    if (released !== undefined) {
      // total − shown courses − the complement = the enrollments of the small courses' learners.
      const rest = totalEnrollments - [...shown.values(), released].reduce((s, [, e]) => s + e, 0);
      const { rows } = await client.query<{ n: number }>(
        'select count(distinct employee_id)::int as n from enrollment where not (course_id = any($1::int[]))',
        [[...shown.keys(), complement!.id]],
      );
      expect(rest).toBeGreaterThan(0);
      expectSafe(rows[0]!.n, `total − shown courses − course ${complement!.id}`);
    }
    expect(alone.size).toBe(0);
    // A course the grouped answer shows comes back alone, exactly, and no other row.
    const [id, cell] = [...shown][0]!;
    expect([
      ...(await byCourse(token, [{ member: `${V}.course_id`, operator: 'equals', values: [String(id)] }])),
    ]).toEqual([[id, cell]]);
  });
});
