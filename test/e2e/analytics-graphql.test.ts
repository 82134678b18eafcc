/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '@talentloop/api/issue-token';
import { toGlobalId } from '@talentloop/api/common/relay';
import type { Context } from '@talentloop/api/context';
import { trainingParticipation } from '@talentloop/api/modules/analytics/analytics.service';
import { ParticipationBy } from '@talentloop/api/modules/analytics/analytics.type';
import { load } from '@talentloop/semantic/client';
import {
  courseContributionQuery,
  participationQuery,
  promotionTimingQuery,
  trainingRoiQuery,
} from '@talentloop/semantic/queries';
import { viewPolicies } from '@talentloop/semantic/policies';
import { VIEW_MEMBERS, VIEW_N, cubeLoad, type CubeRow } from '@talentloop/semantic/client';
import { startApi } from '@talentloop/api/server';
import { loadConfig } from '@talentloop/db/config';
import { Client } from 'pg';
import { freePort, type Stack, startStack } from '../support/stack';

/**
 * The API's `analytics { … }` fields over real HTTP, backed by the real Cube server on the same
 * seeded database: the numbers are Cube's (same token, same rows), and the caller's scope is
 * Cube's — a manager sees their subtree, an employee nothing but their own rows.
 */

let stack: Stack;
const tokens: Record<string, string> = {};
/** Department id → materialised path, and the demo users' own ids. */
const paths = new Map<number, string>();
let managerPath = '';
let employeeId = 0;
/** Employee id → their department's path (lecturers are employees). */
const employeePaths = new Map<number, string>();

interface Gql<T> {
  data?: T;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; fields?: string[] };
  }[];
}

async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = tokens.hr!,
): Promise<Gql<T>> {
  const res = await fetch(stack.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Gql<T>;
}

async function ok<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token = tokens.hr!,
) {
  const body = await gql<T>(query, variables, token);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

const cubeOpts = () => ({ url: stack.cubeUrl, timeoutMs: 500_000 });
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);

beforeAll(async () => {
  stack = await startStack({ employees: 300, warmAnalytics: true });
  const pg = new Client({ connectionString: stack.databaseUrl });
  await pg.connect();
  try {
    for (const row of (await pg.query<{ id: number; path: string }>('select id, path from department'))
      .rows) {
      paths.set(Number(row.id), row.path);
    }
    const me = await pg.query<{ employee_id: number; path: string }>(
      `select u.employee_id, d.path from app_user u join employee e on e.id = u.employee_id
         join department d on d.id = e.department_id where u.username = $1`,
      ['manager'],
    );
    managerPath = me.rows[0]!.path;
    // An integration login limited to the manager's department: its token's departmentId claim
    // comes from the login's employee, as for every login.
    await pg.query(
      `insert into app_user (username, role, employee_id, scopes)
         select 'integration_dept', 'INTEGRATION', employee_id, '{analytics,archive:read}'
           from app_user where username = 'manager'`,
    );
    const emp = await pg.query<{ employee_id: number }>(
      `select employee_id from app_user where username = 'employee'`,
    );
    employeeId = Number(emp.rows[0]!.employee_id);
    const lecturers = await pg.query<{ id: number; path: string }>(
      'select e.id, d.path from employee e join department d on d.id = e.department_id',
    );
    for (const row of lecturers.rows) employeePaths.set(Number(row.id), row.path);
  } finally {
    await pg.end();
  }
  for (const username of ['exec', 'hr', 'manager', 'employee', 'integration', 'integration_dept']) {
    tokens[username] = await issueToken(stack.databaseUrl, stack.jwtSecret, username, '1h');
  }
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('analytics over GraphQL', () => {
  it('returns the same numbers as Cube for the same caller, typed', async () => {
    const data = await ok<any>(
      `{ analytics {
          participation { month asOf partial n participants participationRate completionRate passRate cost }
          trainingRoi(by: TOTAL) { label n spend measuredSpend coverage benefit evidence roi roiCiLow roiCiHigh }
          courseContribution { courseId courseName kpiCode evidence n nTreated nControl estimate ciLow ciHigh }
        } }`,
      {},
      tokens.exec!,
    );
    const [cubeTrend, [cubeTotal], cubeContribution] = await Promise.all([
      load('training_participation', participationQuery('none'), tokens.exec!, cubeOpts()),
      load('training_roi', trainingRoiQuery('total'), tokens.exec!, cubeOpts()),
      load('course_contribution', courseContributionQuery(), tokens.exec!, cubeOpts()),
    ]);
    const a = data.analytics;
    expect(a.participation.length).toBeGreaterThanOrEqual(24);
    expect(a.participation.map((r: any) => [r.month, r.n, r.participants])).toEqual(
      cubeTrend.map((r) => [r.month, r.n, r.participants]),
    );
    expect(a.participation[0].month).toMatch(/^\d{4}-\d{2}-01$/);
    // Money is a Decimal string, as everywhere in the API: Cube's exact sum to the cent.
    expect(a.participation.map((r: any) => r.cost)).toEqual(cubeTrend.map((r) => r.cost.toFixed(2)));
    // Every month carries the data's last day; only the month it falls in (unless it is that
    // month's last day) is partial.
    const pg = new Client({ connectionString: stack.databaseUrl });
    await pg.connect();
    const { rows: last } = await pg
      .query<{ day: string }>(`select to_char(max(enrolled_on), 'YYYY-MM-DD') as day from enrollment`)
      .finally(() => pg.end());
    const asOf = last[0]!.day;
    expect(new Set(a.participation.map((r: any) => r.asOf))).toEqual(new Set([asOf]));
    const monthEnd = new Date(Date.UTC(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), 0));
    const partialMonths = asOf === monthEnd.toISOString().slice(0, 10) ? [] : [`${asOf.slice(0, 7)}-01`];
    expect(a.participation.filter((r: any) => r.partial).map((r: any) => r.month)).toEqual(partialMonths);
    expect(a.trainingRoi).toHaveLength(1);
    const total = a.trainingRoi[0];
    expect(total.label).toBeNull();
    expect(total.n).toBe(cubeTotal!.n);
    expect([total.spend, total.benefit]).toEqual([
      cubeTotal!.spend.toFixed(2),
      cubeTotal!.benefit.toFixed(2),
    ]);
    expect(total.spend).toMatch(/^\d+\.\d{2}$/);
    expect(Number(total.spend)).toBeGreaterThan(0);
    expect(total.coverage).toBeCloseTo(Number(total.measuredSpend) / Number(total.spend), 9);
    // ROI over all spend, only with sufficient evidence, with its interval around it.
    if (total.evidence === 'SUFFICIENT') {
      expect(total.roi).toBeCloseTo((Number(total.benefit) - Number(total.spend)) / Number(total.spend), 6);
      expect(total.roiCiLow).toBeLessThanOrEqual(total.roi);
      expect(total.roiCiHigh).toBeGreaterThanOrEqual(total.roi);
    } else {
      expect(total.roi).toBeNull();
    }
    expect(a.courseContribution).toHaveLength(cubeContribution.length);
    for (const [i, row] of a.courseContribution.entries()) {
      const c = cubeContribution[i]!;
      expect(row.courseId).toBe(toGlobalId('Course', c.courseId));
      expect([row.kpiCode, row.evidence, row.n]).toEqual([c.kpiCode, c.evidence, c.n]);
      expect(row.n).toBe(Math.min(row.nTreated, row.nControl));
      if (row.evidence === 'INSUFFICIENT_DATA') expect(row.estimate).toBeNull();
      else expect(row.ciLow).toBeLessThanOrEqual(row.estimate);
    }
  });

  it('reads the measured time to promotion per step, as Cube computes it for the same caller', async () => {
    const data = await ok<any>(
      `{ analytics { promotionTiming {
          fromPositionId fromPosition toPositionId toPosition positionFamily n avgMonths minMonths maxMonths
        } } }`,
      {},
      tokens.exec!,
    );
    const cubeRows = await load('promotion_timing', promotionTimingQuery(), tokens.exec!, cubeOpts());
    const rows = data.analytics.promotionTiming;
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.map((r: any) => [idOf(r.fromPositionId), idOf(r.toPositionId), r.n, r.avgMonths, r.maxMonths]),
    ).toEqual(cubeRows.map((r) => [r.fromPositionId, r.toPositionId, r.n, r.avgMonths, r.maxMonths]));
    expect(rows[0].fromPositionId).toBe(toGlobalId('Position', cubeRows[0]!.fromPositionId));
    for (const r of rows) {
      expect(r.n).toBeGreaterThanOrEqual(5);
      expect(r.avgMonths).toBeGreaterThan(0);
      expect(r.positionFamily).toMatch(/^[A-Z]+$/);
    }
  });

  it('serves every dashboard metric with its n, never a cell of fewer than five people', async () => {
    const { analytics: a } = await ok<any>(
      `{ analytics {
          courseTraining(by: PARTICIPATION_TYPE) { label participationType n enrollments completionRate }
          trainingRoi(by: COURSE) { label courseId n spend benefit evidence roi }
          promotionProfile { itemType itemKey itemName n promotedN comparisonN lift }
          awardTraits { trait n nominations winnerShare nomineeShare lift }
          lecturerValueAdded(first: 5) { lecturerId lecturerName n examValueAdded }
        } }`,
      {},
      tokens.exec!,
    );
    expect(a.courseTraining.map((r: any) => r.participationType).sort()).toEqual(['MANDATORY', 'VOLUNTARY']);
    expect(a.trainingRoi.length).toBeGreaterThan(0);
    expect(a.trainingRoi.every((r: any) => r.courseId && r.label)).toBe(true);
    expect(a.promotionProfile.length).toBeGreaterThan(0);
    expect(a.awardTraits.length).toBeGreaterThan(0);
    for (const row of a.awardTraits) {
      expect(['ADOPTED_CASE', 'CORE_COURSE', 'HOURS', 'LECTURES']).toContain(row.trait);
      expect(row.nominations).toBeGreaterThanOrEqual(row.n);
    }
    expect(a.lecturerValueAdded.length).toBeLessThanOrEqual(5);
    for (const list of Object.values(a) as any[][]) {
      for (const row of list) expect(row.n).toBeGreaterThanOrEqual(5);
    }
  });

  it('scopes a manager to their department subtree and HR to the company', async () => {
    // A year of enrollments per department: cells large enough to pass suppression.
    const query = `query($f: AnalyticsFilter) { analytics { courseTraining(by: DEPARTMENT, filter: $f) { departmentId n } } }`;
    const f = { from: '2025-07-01', to: '2026-06-30' };
    const hr = (await ok<any>(query, { f }, tokens.hr!)).analytics.courseTraining;
    const mgr = (await ok<any>(query, { f }, tokens.manager!)).analytics.courseTraining;
    const hrDepartments = new Set(hr.map((r: any) => idOf(r.departmentId)));
    const mgrDepartments = new Set(mgr.map((r: any) => idOf(r.departmentId)));
    expect(mgrDepartments.size).toBeGreaterThan(0);
    expect(hrDepartments.size).toBeGreaterThan(mgrDepartments.size);
    for (const id of mgrDepartments) expect(paths.get(id as number)!.startsWith(managerPath)).toBe(true);
    expect([...hrDepartments].some((id) => !paths.get(id as number)!.startsWith(managerPath))).toBe(true);

    // A manager naming a department outside their subtree gets the intersection: nothing.
    // Neither inside the subtree nor one of its ancestors (an ancestor's subtree contains it).
    const outside = [...paths.entries()].find(
      ([, p]) => !p.startsWith(managerPath) && !managerPath.startsWith(p),
    )!;
    const none = await ok<any>(
      query,
      { f: { ...f, departmentId: toGlobalId('Department', outside[0]) } },
      tokens.manager!,
    );
    expect(none.analytics.courseTraining).toEqual([]);
    // Company-wide statistics are not for managers.
    const refused = await gql(`{ analytics { courseContribution { n } } }`, {}, tokens.manager!);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters by department subtree and position family (narrowing, never widening)', async () => {
    const query = `query($f: AnalyticsFilter) { analytics { participation(filter: $f) { month n participants } } }`;
    const period = { from: '2026-01-01', to: '2026-03-31' };
    const all = (await ok<any>(query, { f: period })).analytics.participation;
    const sales = (await ok<any>(query, { f: { ...period, positionFamily: 'SALES' } })).analytics
      .participation;
    // A top-level department (depth 2: '/1/4/') and its subtree.
    const topLevel = [...paths.entries()].find(([, p]) => p.split('/').length === 4)!;
    const dept = (
      await ok<any>(query, { f: { ...period, departmentId: toGlobalId('Department', topLevel[0]) } })
    ).analytics.participation;
    expect(all.map((r: any) => r.month)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(sales.map((r: any) => r.month)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(dept.length).toBeGreaterThan(0);
    for (const [i, row] of all.entries()) {
      expect(sales[i].n).toBeLessThan(row.n);
      expect(sales[i].n).toBeGreaterThanOrEqual(5);
    }
    for (const row of dept) expect(row.n).toBeLessThan(all.find((r: any) => r.month === row.month).n);
  });

  it('lets an employee read only their own numbers', async () => {
    // Participation about the caller alone: every month describes exactly one person.
    const mine = (await ok<any>(`{ analytics { participation { month n } } }`, {}, tokens.employee!))
      .analytics.participation;
    expect(mine.length).toBeGreaterThan(0);
    for (const row of mine) expect(row.n).toBe(1);
    const rows = (
      await ok<any>(
        `{ analytics { trainingRoiDetail(first: 1000) { employeeId courseName benefit spend } } }`,
        {},
        tokens.employee!,
      )
    ).analytics.trainingRoiDetail;
    for (const row of rows) expect(row.employeeId).toBe(toGlobalId('Employee', employeeId));
    // Naming someone else's department does not widen the scope.
    const elsewhere = [...paths.keys()][0]!;
    const other = (
      await ok<any>(
        `query($f: AnalyticsFilter) { analytics { trainingRoiDetail(first: 1000, filter: $f) { employeeId } } }`,
        { f: { departmentId: toGlobalId('Department', elsewhere) } },
        tokens.employee!,
      )
    ).analytics.trainingRoiDetail;
    for (const row of other) expect(row.employeeId).toBe(toGlobalId('Employee', employeeId));
    // HR sees many people's rows in the same drill-down.
    const hrRows = (await ok<any>(`{ analytics { trainingRoiDetail(first: 200) { employeeId } } }`)).analytics
      .trainingRoiDetail;
    expect(new Set(hrRows.map((r: any) => r.employeeId)).size).toBeGreaterThan(5);
    for (const field of ['courseContribution { n }', 'promotionProfile { n }', 'awardTraits { n }']) {
      const refused = await gql(`{ analytics { ${field} } }`, {}, tokens.employee!);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Partial answers: the refused field is null, the rest of the response stands.
      expect(refused.data).toEqual({ analytics: { [field.split(' ')[0]!]: null } });
    }
  });

  it('keeps integrations to aggregates', async () => {
    const total = await ok<any>(
      `{ analytics { trainingRoi(by: TOTAL) { n roi } } }`,
      {},
      tokens.integration!,
    );
    expect(total.analytics.trainingRoi[0].n).toBeGreaterThanOrEqual(5);
    const refused = await gql(`{ analytics { trainingRoiDetail { employeeId } } }`, {}, tokens.integration!);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers bad input with the field and no internals', async () => {
    const reversed = await gql(
      `{ analytics { participation(filter: { from: "2026-06-01", to: "2026-01-01" }) { n } } }`,
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.to'] });
    const badDept = await gql(`{ analytics { participation(filter: { departmentId: "nope" }) { n } } }`);
    expect(badDept.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['filter.departmentId'],
    });
    // (graphql-armor's cost limit already refuses a huge `first`; 0 reaches the field's own check.)
    const badPage = await gql(`{ analytics { trainingRoiDetail(first: 0) { benefit } } }`);
    expect(badPage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
    const anonymous = await gql(`{ analytics { participation { n } } }`, {}, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const body of [reversed, badDept, badPage, anonymous]) {
      expect(JSON.stringify(body)).not.toMatch(/select |stack|cubejs|at .*\.ts/i);
    }
  });

  it('says the analytics service is unavailable when Cube is down, without internals', async () => {
    const warnings: unknown[] = [];
    const ctx = {
      token: tokens.hr!,
      analytics: { url: 'http://127.0.0.1:9', timeoutMs: 2_000 },
      logger: { warn: (...args: unknown[]) => warnings.push(args) },
    } as unknown as Context;
    await expect(trainingParticipation(ctx, ParticipationBy.NONE)).rejects.toMatchObject({
      message: 'Analytics are temporarily unavailable',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(warnings).toHaveLength(1);
  });

  it('headline spend is every enrollment cost in the period and scope, as SQL sums it', async () => {
    const period = { from: '2025-07-01', to: '2026-06-30' };
    const top = [...paths.entries()].find(([, p]) => p.split('/').length === 4)!;
    const query = `query($f: AnalyticsFilter) { analytics { trainingRoi(by: TOTAL, filter: $f) {
      n spend measuredSpend coverage evidence roi roiCiLow roiCiHigh } } }`;
    const all = (await ok<any>(query, { f: period }, tokens.exec!)).analytics.trainingRoi[0];
    const dept = (
      await ok<any>(query, { f: { ...period, departmentId: toGlobalId('Department', top[0]) } }, tokens.exec!)
    ).analytics.trainingRoi[0];
    const pg = new Client({ connectionString: stack.databaseUrl });
    await pg.connect();
    try {
      const sum = async (pathPrefix: string) =>
        (
          await pg.query<{ spend: string; people: string }>(
            `select coalesce(sum(c.cost), 0) as spend, count(distinct en.employee_id) as people
               from enrollment en join course c on c.id = en.course_id
               join employee e on e.id = en.employee_id join department d on d.id = e.department_id
              where en.status <> 'WITHDRAWN' and en.enrolled_on between $1 and $2 and d.path like $3 || '%'`,
            [period.from, period.to, pathPrefix],
          )
        ).rows[0]!;
      const company = await sum('/');
      expect(all.spend).toBe(Number(company.spend).toFixed(2));
      expect(all.n).toBe(Number(company.people));
      // A department filter gives numbers, the subtree's own.
      const subtree = await sum(top[1]);
      expect(dept.spend).toBe(Number(subtree.spend).toFixed(2));
      expect(dept.n).toBe(Number(subtree.people));
      expect(Number(dept.spend)).toBeLessThan(Number(all.spend));
    } finally {
      await pg.end();
    }
    for (const total of [all, dept]) {
      expect(total.coverage).toBeCloseTo(Number(total.measuredSpend) / Number(total.spend), 9);
      if (total.evidence !== 'SUFFICIENT')
        expect([total.roi, total.roiCiLow, total.roiCiHigh]).toEqual([null, null, null]);
    }
  });

  it('answers `me` and every other field when the analytics service is down: six field errors', async () => {
    // A second API on the same database whose Cube is not there (a free port nobody listens on).
    const config = {
      ...loadConfig({ NODE_ENV: 'test' }),
      JWT_SECRET: stack.jwtSecret,
      API_PORT: await freePort(),
      CUBE_URL: `http://127.0.0.1:${await freePort()}`,
    };
    const api = await startApi({ config, databaseUrl: stack.databaseUrl });
    try {
      const fields = [
        'participation',
        'courseTraining',
        'courseContribution',
        'trainingRoi',
        'promotionTiming',
        'lecturerValueAdded',
      ];
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.hr!}` },
        body: JSON.stringify({
          query: `{ me { username role } analytics { ${fields.map((f) => `${f} { n }`).join(' ')} } }`,
        }),
      });
      const body = (await res.json()) as Gql<any>;
      expect(body.data!.me).toEqual({ username: 'hr', role: 'HR' });
      expect(body.data!.analytics).toEqual(Object.fromEntries(fields.map((f) => [f, null])));
      expect(body.errors).toHaveLength(6);
      expect(body.errors!.map((e) => e.path).sort()).toEqual(fields.map((f) => ['analytics', f]).sort());
      for (const e of body.errors!) {
        expect(e.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        expect(JSON.stringify(e)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/i);
      }
    } finally {
      await api.stop();
    }
  });

  it('scopes a department-limited integration token to its subtree, on Cube and through GraphQL', async () => {
    const limited = tokens.integration_dept!;
    const inside = (path: string | undefined) => Boolean(path?.startsWith(managerPath));
    // Cube's own port: every public view, grouped by its department dimension where it has one.
    const answered: string[] = [];
    for (const [view, policy] of Object.entries(viewPolicies)) {
      const members = VIEW_MEMBERS[view as keyof typeof VIEW_MEMBERS] as Record<string, readonly string[]>;
      const n = (VIEW_N as Record<string, string>)[view];
      const time = Object.keys(members).find((m) => members[m]![0] === 'time');
      const query = {
        measures: n ? [`${view}.${n}`] : [],
        dimensions: policy.departmentPathDimension
          ? [`${view}.${policy.departmentPathDimension}`]
          : [`${view}.${Object.keys(members).find((m) => members[m]![0] === 'dimension')}`],
        ...(policy.requireMonthGrain
          ? { timeDimensions: [{ dimension: `${view}.${time}`, granularity: 'month' }] }
          : {}),
        limit: 5000,
      };
      let rows: CubeRow[];
      try {
        rows = await cubeLoad(query, limited, cubeOpts());
      } catch (error) {
        // Company-wide statistics and person rows are refused outright.
        expect(error, view).toMatchObject({ status: 403 });
        expect(!policy.departmentPathDimension || policy.kind === 'rows', view).toBe(true);
        continue;
      }
      expect(policy.departmentPathDimension, view).toBeDefined();
      if (rows.length) answered.push(view);
      for (const row of rows) {
        expect(inside(String(row[`${view}.${policy.departmentPathDimension}`])), view).toBe(true);
      }
    }

    // Small subtree cells may all be suppressed (person-month views); the rest must answer.
    expect(answered).toContain('course_training');
    expect(answered.length).toBeGreaterThanOrEqual(2);

    // GraphQL: each metric equals HR's numbers narrowed to the same subtree; the rest is refused.
    const root = [...paths.entries()].find(([, p]) => p === managerPath)![0];
    const f = { departmentId: toGlobalId('Department', root) };
    for (const field of [
      'participation(by: DEPARTMENT, filter: $f) { month departmentId n participants }',
      'courseTraining(by: DEPARTMENT, filter: $f) { departmentId n enrollments }',
      'trainingRoi(by: DEPARTMENT, filter: $f) { departmentId n spend }',
      'promotionTiming(filter: $f) { fromPositionId toPositionId n avgMonths }',
    ]) {
      const query = `query($f: AnalyticsFilter) { analytics { ${field} } }`;
      const mine = Object.values((await ok<any>(query, { f: {} }, limited)).analytics)[0] as any[];
      const hrs = Object.values((await ok<any>(query, { f }, tokens.hr!)).analytics)[0] as any[];
      expect(mine, field).toEqual(hrs);
      for (const row of mine)
        if (row.departmentId) expect(inside(paths.get(idOf(row.departmentId)))).toBe(true);
    }
    const lecturers = (
      await ok<any>(`{ analytics { lecturerValueAdded(first: 1000) { lecturerId } } }`, {}, limited)
    ).analytics.lecturerValueAdded;
    for (const row of lecturers) expect(inside(employeePaths.get(idOf(row.lecturerId)))).toBe(true);
    for (const field of [
      'courseContribution { n }',
      'promotionProfile { n }',
      'awardTraits { n }',
      'trainingRoiDetail { spend }',
    ]) {
      const refused = await gql(`{ me { username } analytics { ${field} } }`, {}, limited);
      expect(refused.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
      expect(refused.data?.me).toEqual({ username: 'integration_dept' });
    }
  });
});
