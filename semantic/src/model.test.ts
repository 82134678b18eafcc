import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { APPENDED_FIXTURES, PLANTED } from '@talentloop/db/seed';
import {
  awardTraits,
  courseContribution,
  courseTraining,
  cubeLoad,
  CubeError,
  participation,
  promotionProfile,
  promotionTiming,
  trainingRoi,
  trainingRoiDetail,
  lecturerValueAdded,
  type CourseContributionRow,
} from './client';
import { startCube, type RunningCube } from './server';

// The real model on the synthetic company (db/seed, GROUND_TRUTH.md): every planted effect is
// recovered through Cube, and the same queries are scoped per role. Embedded PGlite by default,
// a fresh database on TEST_DATABASE_URL's server when set.
const SECRET = 'model-test-secret-model-test-secret-0123456789';
const EMPLOYEES = 300;

let db: TestDatabase;
let cube: RunningCube;
let client: pg.Client;
let tokens: Record<'hr' | 'exec' | 'manager' | 'employee' | 'otherEmployee', string>;
let managerEmployee: { id: number; departmentId: number; path: string };
let employee: { id: number; departmentId: number };
let otherEmployee: { id: number; departmentId: number };
const opts = () => ({ url: cube.url, timeoutMs: 170_000 });

async function sign(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.sub ?? 1))
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(SECRET));
}

async function login(
  username: string,
): Promise<{ token: string; employeeId: number | null; departmentId: number | null }> {
  const { rows } = await client.query<{
    id: number;
    role: string;
    employee_id: number | null;
    department_id: number | null;
    scopes: string[];
  }>(
    `select u.id, u.role, u.employee_id, e.department_id, u.scopes
       from app_user u left join employee e on e.id = u.employee_id where u.username = $1`,
    [username],
  );
  const u = rows[0]!;
  const token = await sign({
    sub: u.id,
    role: u.role,
    employeeId: u.employee_id,
    departmentId: u.department_id,
    scopes: u.scopes,
  });
  return { token, employeeId: u.employee_id, departmentId: u.department_id };
}

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: EMPLOYEES, seed: 42 } });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  cube = await startCube({
    databaseUrl: db.url,
    port: 0,
    jwtSecret: SECRET,
    refreshSeconds: false,
    // Scope tests sign tokens for synthetic logins (sub 997–999) that app_user does not hold;
    // revocation is tested in api/src/auth/sessions.test.ts.
    sessionCheckSeconds: false,
    maxPoolSize: 4,
    concurrency: 2,
  });
  const [hr, exec, manager, emp] = await Promise.all(['hr', 'exec', 'manager', 'employee'].map(login));
  const mgrPath = await client.query<{ path: string }>('select path from department where id = $1', [
    manager!.departmentId,
  ]);
  managerEmployee = {
    id: manager!.employeeId!,
    departmentId: manager!.departmentId!,
    path: mgrPath.rows[0]!.path,
  };
  employee = { id: emp!.employeeId!, departmentId: emp!.departmentId! };
  // Another employee with ROI rows, outside the demo employee's own data.
  const other = await client.query<{ id: number; department_id: number }>(
    `select e.id, e.department_id from employee e
       where e.id <> $1 and exists (select 1 from analytics.training_roi_unit r where r.employee_id = e.id)
       order by e.id limit 1`,
    [employee.id],
  );
  otherEmployee = { id: other.rows[0]!.id, departmentId: other.rows[0]!.department_id };
  tokens = {
    hr: hr!.token,
    exec: exec!.token,
    manager: manager!.token,
    employee: emp!.token,
    otherEmployee: await sign({
      sub: 999,
      role: 'EMPLOYEE',
      employeeId: otherEmployee.id,
      departmentId: otherEmployee.departmentId,
      scopes: [],
    }),
  };
}, 600_000);

afterAll(async () => {
  await client?.end();
  await cube?.stop();
  await db?.close();
});

function row(rows: CourseContributionRow[], course: string, kpi: string): CourseContributionRow {
  const found = rows.find((r) => r.courseName === course && r.kpiCode === kpi);
  if (!found) throw new Error(`no contribution row for ${course} / ${kpi}`);
  return found;
}

describe('course contribution (difference-in-differences)', () => {
  let rows: CourseContributionRow[];
  beforeAll(async () => {
    rows = await courseContribution(tokens.exec, opts());
  }, 180_000);

  it.each([
    [PLANTED.negotiation.name, 'SALES_GROWTH', PLANTED.negotiation.effects.SALES_GROWTH, 1.5],
    [PLANTED.negotiation.name, 'CUSTOMER_RETENTION', PLANTED.negotiation.effects.CUSTOMER_RETENTION, 0.8],
    [PLANTED.lean.name, 'DEFECT_RATE', PLANTED.lean.effects.DEFECT_RATE, 0.2],
    [PLANTED.lean.name, 'PRODUCTION_EFFICIENCY', PLANTED.lean.effects.PRODUCTION_EFFICIENCY, 1.0],
  ])('%s → %s recovers the planted effect %d (CI covers it)', (course, kpi, planted, tolerance) => {
    const r = row(rows, course, kpi);
    expect(r.evidence).toBe('OK');
    expect(r.nTreated).toBeGreaterThanOrEqual(30);
    expect(r.nControl).toBeGreaterThanOrEqual(30);
    expect(Math.abs(r.estimate! - planted)).toBeLessThan(tolerance);
    expect(r.ciLow!).toBeLessThan(planted);
    expect(r.ciHigh!).toBeGreaterThan(planted);
    // A DiD, not a bare before/after: the estimate is the treated change net of the controls'.
    expect(r.estimate!).toBeCloseTo(r.treatedChange! - r.controlChange!, 6);
  });

  it.each([
    ['SALES_GROWTH', 1.5],
    ['PRODUCTION_EFFICIENCY', 1.0],
  ])('the placebo course %s: CI covers 0', (kpi, tolerance) => {
    const r = row(rows, PLANTED.placebo.name, kpi);
    expect(r.evidence).toBe('OK');
    expect(Math.abs(r.estimate!)).toBeLessThan(tolerance);
    expect(r.ciLow!).toBeLessThan(0);
    expect(r.ciHigh!).toBeGreaterThan(0);
  });

  it('flags arms below 30 as insufficient data and withholds the estimate', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const sufficient = r.nTreated >= 30 && r.nControl >= 30;
      expect(r.evidence).toBe(sufficient ? 'OK' : 'INSUFFICIENT_DATA');
      if (!sufficient) expect([r.estimate, r.ciLow, r.ciHigh]).toEqual([null, null, null]);
      expect(r.n).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('training ROI (Phillips)', () => {
  it('monetises the negotiation course as in GROUND_TRUTH (≈ 11.75) and shows benefit and cost', async () => {
    const rows = await trainingRoi(tokens.exec, { by: 'course' }, opts());
    const negotiation = rows.find((r) => r.label === PLANTED.negotiation.name)!;
    // Each completer costs 2 400 CNY; benefit = (ΔSALES_GROWTH × 1000 + ΔRETENTION × 800) × 3 months.
    expect(negotiation.cost).toBeCloseTo(2400 * negotiation.n, 2);
    expect(negotiation.roi!).toBeGreaterThan(9);
    expect(negotiation.roi!).toBeLessThan(14.5);
    expect(negotiation.roi!).toBeCloseTo((negotiation.benefit - negotiation.cost) / negotiation.cost, 6);
    const placebo = rows.find((r) => r.label === PLANTED.placebo.name)!;
    expect(placebo.cost).toBeCloseTo(300 * placebo.n, 2);
  });

  it('drills down to the employee rows behind a course total', async () => {
    const [agg] = (await trainingRoi(tokens.hr, { by: 'course' }, opts())).filter(
      (r) => r.label === PLANTED.lean.name,
    );
    const detail = await trainingRoiDetail(tokens.hr, { courseId: Number(agg!.key), limit: 1000 }, opts());
    expect(detail.length).toBe(agg!.n);
    expect(detail.reduce((s, r) => s + r.benefit, 0)).toBeCloseTo(agg!.benefit, 2);
    expect(detail.reduce((s, r) => s + r.cost, 0)).toBeCloseTo(agg!.cost, 2);
  });
});

describe('promotion profile and award traits', () => {
  it('leadership training is over-represented among the promoted as planted', async () => {
    const rows = await promotionProfile(tokens.exec, { itemType: 'COURSE' }, opts());
    const leadership = rows.find((r) => r.itemName === PLANTED.leadership.name)!;
    expect(leadership.promotionRateRatio!).toBeGreaterThan(2);
    expect(leadership.lift!).toBeGreaterThan(1.6);
    expect(leadership.lift!).toBeLessThan(3.2);
    expect(leadership.liftCiLow!).toBeGreaterThan(1);
    expect(leadership.lift!).toBeCloseTo(leadership.promotedShare! / leadership.comparisonShare!, 6);
  });

  it('lecturing and adopted cases are more common among award winners', async () => {
    const rows = await awardTraits(tokens.exec, {}, opts());
    const lift = (trait: string) => rows.find((r) => r.trait === trait)!.lift!;
    expect(lift('LECTURING_2')).toBeGreaterThan(2);
    expect(lift('ADOPTED_CASE')).toBeGreaterThan(2);
    for (const r of rows) expect(r.n).toBeGreaterThanOrEqual(5);
  });

  it('lecturer value-added is centred on the course average', async () => {
    const rows = await lecturerValueAdded(tokens.exec, { limit: 1000 }, opts());
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.n).toBeGreaterThanOrEqual(5);
    const weighted =
      rows.reduce((s, r) => s + r.examValueAdded! * r.scored, 0) / rows.reduce((s, r) => s + r.scored, 0);
    // Lecturer quality ~ N(0, 4): residuals average out to about zero across lecturers.
    expect(Math.abs(weighted)).toBeLessThan(3);
  });
});

describe('measured time to promotion', () => {
  // The same definition computed independently in SQL: months in the from-position = from the
  // previous promotion into it (else the hire date) to the effective date, days / 30.4375.
  const expectedSql = (where: string) => `
    with timed as (
      select pr.from_position_id, pr.to_position_id, e.department_id,
             (pr.effective_on - coalesce(
                (select max(p2.effective_on) from promotion p2
                  where p2.employee_id = pr.employee_id and p2.to_position_id = pr.from_position_id
                    and p2.effective_on < pr.effective_on),
                e.hire_date)) / 30.4375 as months
      from promotion pr join employee e on e.id = pr.employee_id
      join department d on d.id = e.department_id
      where ${where}
    )
    select from_position_id, to_position_id, count(*)::int as n, avg(months)::float8 as avg_months
    from timed group by 1, 2 having count(*) >= 5 order by 1, 2`;

  it('measures months per step as direct SQL does, with n = promotions and small steps suppressed', async () => {
    const rows = await promotionTiming(tokens.exec, {}, opts());
    const { rows: expected } = await client.query<{
      from_position_id: number;
      to_position_id: number;
      n: number;
      avg_months: number;
    }>(expectedSql('true'));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.length).toBe(expected.length);
    for (const e of expected) {
      const r = rows.find(
        (x) => x.fromPositionId === e.from_position_id && x.toPositionId === e.to_position_id,
      )!;
      expect(r.n).toBe(e.n);
      expect(r.avgMonths!).toBeCloseTo(e.avg_months, 6);
      expect(r.minMonths!).toBeLessThanOrEqual(r.avgMonths!);
      expect(r.maxMonths!).toBeGreaterThanOrEqual(r.avgMonths!);
      // Promoted at month ≥ 4 of the 24-month window, hired before it: never negative.
      expect(r.minMonths!).toBeGreaterThan(0);
    }
  });

  it('a manager sees only promotions of their subtree; an employee only their own', async () => {
    // The demo manager's subtree has fewer than 5 promotions on every step: all suppressed.
    const asManager = await promotionTiming(tokens.manager, {}, opts());
    const { rows: expected } = await client.query<{ from_position_id: number; n: number }>(
      expectedSql(`d.path like '${managerEmployee.path}%'`),
    );
    expect(asManager.map((r) => [r.fromPositionId, r.n]).sort((a, b) => a[0]! - b[0]!)).toEqual(
      expected.map((e) => [e.from_position_id, e.n]),
    );
    // The manager of the deepest subtree holding ≥ 5 promotions of one step sees exactly its cells.
    const { rows: subtrees } = await client.query<{ id: number; path: string }>(
      `select d.id, d.path from department d
        where d.id <> (select id from department where parent_id is null order by id limit 1)
          and exists (
            select 1 from promotion pr join employee e on e.id = pr.employee_id
              join department sd on sd.id = e.department_id
             where sd.path like d.path || '%' group by pr.from_position_id, pr.to_position_id
            having count(*) >= 5)
        order by length(d.path) desc, d.id limit 1`,
    );
    expect(subtrees.length).toBe(1);
    const scoped = await promotionTiming(
      await sign({ sub: 997, role: 'MANAGER', employeeId: null, departmentId: subtrees[0]!.id, scopes: [] }),
      {},
      opts(),
    );
    const { rows: inSubtree } = await client.query<{
      from_position_id: number;
      n: number;
      avg_months: number;
    }>(expectedSql(`d.path like '${subtrees[0]!.path}%'`));
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.map((r) => [r.fromPositionId, r.n]).sort((a, b) => a[0]! - b[0]!)).toEqual(
      inSubtree.map((e) => [e.from_position_id, e.n]),
    );
    for (const r of scoped) {
      expect(r.avgMonths!).toBeCloseTo(
        inSubtree.find((e) => e.from_position_id === r.fromPositionId)!.avg_months,
        6,
      );
    }
    const { rows: promoted } = await client.query<{ employee_id: number }>(
      'select employee_id from promotion order by id limit 1',
    );
    const promotedEmployee = await client.query<{ department_id: number }>(
      'select department_id from employee where id = $1',
      [promoted[0]!.employee_id],
    );
    const own = await promotionTiming(
      await sign({
        sub: 998,
        role: 'EMPLOYEE',
        employeeId: promoted[0]!.employee_id,
        departmentId: promotedEmployee.rows[0]!.department_id,
        scopes: [],
      }),
      {},
      opts(),
    );
    // Their own promotion only (n = 1: own numbers are not suppressed).
    expect(own.reduce((s, r) => s + r.n, 0)).toBe(1);
  });
});

describe('participation and course outcomes', () => {
  it('reports monthly participation with n and rates in range', async () => {
    const rows = await participation(tokens.exec, { by: 'none' }, opts());
    expect(rows.length).toBeGreaterThanOrEqual(24);
    for (const r of rows) {
      expect(r.n).toBeGreaterThan(0);
      // the generated employees plus the appended fixture TL900009
      expect(r.n).toBeLessThanOrEqual(EMPLOYEES + APPENDED_FIXTURES.length);
      expect(r.participationRate!).toBeGreaterThanOrEqual(0);
      expect(r.participationRate!).toBeLessThanOrEqual(1);
      expect(r.participationRate!).toBeCloseTo(r.participants / r.n, 9);
    }
    const { rows: expected } = await client.query<{ n: string }>(
      `select count(distinct employee_id) as n from enrollment where enrolled_on >= '2025-06-01' and enrolled_on < '2025-07-01'`,
    );
    expect(rows.find((r) => r.month === '2025-06-01')!.participants).toBe(Number(expected[0]!.n));
  });

  it('splits voluntary and mandatory and counts distinct learners per course', async () => {
    const types = await courseTraining(tokens.exec, { by: 'participation_type' }, opts());
    expect(types.map((r) => r.key).sort()).toEqual(['MANDATORY', 'VOLUNTARY']);
    const courses = await courseTraining(tokens.exec, { by: 'course' }, opts());
    const negotiation = courses.find((r) => r.label === PLANTED.negotiation.name)!;
    const { rows } = await client.query<{ n: string }>(
      `select count(distinct en.employee_id) as n from enrollment en join course c on c.id = en.course_id where c.code = 'NEGOTIATION'`,
    );
    expect(negotiation.n).toBe(Number(rows[0]!.n));
    expect(negotiation.passRate!).toBeGreaterThan(0);
    expect(negotiation.passRate!).toBeLessThanOrEqual(1);
  });

  it('suppresses every cell describing fewer than 5 people', async () => {
    const rows = await participation(tokens.hr, { by: 'department' }, opts());
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.n).toBeGreaterThanOrEqual(5);
    const { rows: small } = await client.query<{ id: number }>(
      `select department_id as id from employee group by 1 having count(*) < 5 limit 1`,
    );
    if (small[0]) expect(rows.some((r) => r.departmentId === small[0]!.id)).toBe(false);
  });
});

describe('row security', () => {
  it('the same query returns the whole company to HR and only the manager’s subtree to the manager', async () => {
    const [asHr, asManager] = await Promise.all([
      participation(tokens.hr, { by: 'department', from: '2026-01-01', to: '2026-01-31' }, opts()),
      participation(tokens.manager, { by: 'department', from: '2026-01-01', to: '2026-01-31' }, opts()),
    ]);
    const { rows: subtree } = await client.query<{ id: number }>(
      `select id from department where path like $1`,
      [`${managerEmployee.path}%`],
    );
    const inScope = new Set(subtree.map((r) => r.id));
    expect(asManager.length).toBeGreaterThan(0);
    expect(asManager.every((r) => inScope.has(r.departmentId!))).toBe(true);
    expect(asHr.some((r) => !inScope.has(r.departmentId!))).toBe(true);
    // In-scope cells carry the same numbers for both roles.
    for (const m of asManager) {
      const h = asHr.find((r) => r.departmentId === m.departmentId)!;
      expect(m.participants).toBe(h.participants);
    }
    const [hrTotal] = await participation(tokens.hr, { from: '2026-01-01', to: '2026-01-31' }, opts());
    const [mgrTotal] = await participation(tokens.manager, { from: '2026-01-01', to: '2026-01-31' }, opts());
    const { rows: headcount } = await client.query<{ n: string }>(
      `select count(*) as n from employee e join department d on d.id = e.department_id
        where d.path like $1 and e.hire_date < '2026-02-01' and (e.terminated_on is null or e.terminated_on >= '2026-01-01')`,
      [`${managerEmployee.path}%`],
    );
    expect(mgrTotal!.n).toBe(Number(headcount[0]!.n));
    expect(hrTotal!.n).toBeGreaterThan(mgrTotal!.n);
  });

  it('an employee sees only their own numbers, whatever the query asks for', async () => {
    const own = await trainingRoiDetail(tokens.otherEmployee, { limit: 1000 }, opts());
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.employeeId === otherEmployee.id)).toBe(true);
    // Asking for someone else's rows explicitly yields nothing.
    const sneaky = await cubeLoad(
      {
        dimensions: ['training_roi_detail.employee_id', 'training_roi_detail.employee_benefit'],
        filters: [
          {
            member: 'training_roi_detail.employee_id',
            operator: 'equals',
            values: [String(otherEmployee.id)],
          },
        ],
      },
      tokens.employee,
      opts(),
    );
    expect(sneaky).toEqual([]);
    const courses = await courseTraining(tokens.employee, { by: 'course' }, opts());
    const { rows } = await client.query<{ n: string }>(
      'select count(*) as n from enrollment where employee_id = $1',
      [employee.id],
    );
    expect(courses.reduce((s, r) => s + r.enrollments, 0)).toBe(Number(rows[0]!.n));
    expect(courses.every((r) => r.n === 1)).toBe(true);
  });

  it('company-wide statistics are refused to employees and managers', async () => {
    for (const token of [tokens.employee, tokens.manager]) {
      await expect(courseContribution(token, opts())).rejects.toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
      });
      await expect(promotionProfile(token, {}, opts())).rejects.toBeInstanceOf(CubeError);
      await expect(awardTraits(token, {}, opts())).rejects.toMatchObject({ status: 403 });
    }
  });

  it('rejects absent and forged tokens', async () => {
    await expect(participation('', {}, opts())).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    const forged = await new SignJWT({ role: 'HR' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('x'.repeat(40)));
    await expect(participation(forged, {}, opts())).rejects.toMatchObject({ status: 401 });
  });
});
