import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptPii } from '../src/pii-crypto';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { DID_SQL, type DidResult } from './did.sql';
import { isEmpty, seed } from './index';
import { APPENDED_FIXTURES, FIXTURES, PLANTED } from './truth';

// One seeded database (embedded PGlite, or TEST_DATABASE_URL's server) for the whole file.
let db: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: 300, seed: 42 } });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await db?.close();
});

async function one<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const result = await client.query<T>(sql, params);
  return result.rows[0]!;
}

/** Mean of an employee's KPI over [from, to] months (inclusive, 'YYYY-MM-01'). */
async function kpiMean(employeeNo: string, kpi: string, from: string, to: string): Promise<number> {
  const row = await one<{ v: number }>(
    `select avg(o.value)::float8 as v from kpi_observation o
     join employee e on e.id = o.employee_id join kpi_definition k on k.id = o.kpi_id
     where e.employee_no = $1 and k.code = $2 and o.month between $3 and $4`,
    [employeeNo, kpi, from, to],
  );
  return row.v;
}

describe('seeded demo company (300 employees, seed 42)', () => {
  it('has the expected rows, logins and reset identity sequences', async () => {
    // 300 generated employees + the appended fixture TL900009
    expect(await one('select count(*)::int as n from employee')).toEqual({
      n: 300 + APPENDED_FIXTURES.length,
    });
    const enrollments = await one<{ n: number }>('select count(*)::int as n from enrollment');
    expect(enrollments.n).toBeGreaterThan(300 * 17);
    const users = await client.query<{ username: string; role: string }>(
      'select username, role from app_user order by id',
    );
    expect(users.rows.slice(0, 5)).toEqual([
      { username: 'hr', role: 'HR' },
      { username: 'exec', role: 'EXECUTIVE' },
      { username: 'manager', role: 'MANAGER' },
      { username: 'employee', role: 'EMPLOYEE' },
      { username: 'integration', role: 'INTEGRATION' },
    ]);
    // `manager` heads 华东销售部; `employee` reports to them.
    const scope = await one<{ dept: string; reports: boolean }>(
      `select d.name as dept, (select e.manager_id from employee e join app_user u on u.employee_id = e.id where u.username = 'employee') = m.employee_id as reports
       from app_user m join department d on d.head_id = m.employee_id where m.username = 'manager'`,
    );
    expect(scope).toEqual({ dept: '华东销售部', reports: true });
    // identities continue after the explicit ids
    const inserted = await one<{ id: number; max: number }>(
      `insert into competency (code, name) values ('TEST_SEQ', '测试') returning id, (select max(id) from competency) as max`,
    );
    expect(inserted.id).toBe(inserted.max + 1);
    await client.query(`delete from competency where code = 'TEST_SEQ'`);
  });

  it('stores the employees’ PII sealed (AES-256-GCM), never in plaintext, readable with the key', async () => {
    const plain = await one<{ n: number }>(
      `select count(*)::int as n from employee
        where (email is not null and email not like 'enc:v1:%') or (phone is not null and phone not like 'enc:v1:%')`,
    );
    expect(plain.n).toBe(0);
    const row = await one<{ email: string; phone: string }>(
      `select email, phone from employee where employee_no = 'TL900009'`,
    );
    expect(decryptPii(row.phone)).toBe('13900900009');
    expect(decryptPii(row.email)).toMatch(/@/);
  });

  it('refuses to seed a non-empty database unless reset', async () => {
    expect(await isEmpty(db.url)).toBe(false);
    await expect(seed(db.url, { employees: 300, seed: 42 })).rejects.toThrow(
      /already contains data.*--force/,
    );
  });

  it('contains the article’s sales examples: +18 % → EXCELLENT, +3 % → RETRAIN', async () => {
    const pre = ['2026-02-01', '2026-04-01'] as const;
    const post = ['2026-06-01', '2026-08-01'] as const;
    const completed = await one<{ d: string }>(
      `select en.completed_on::text as d from enrollment en join employee e on e.id = en.employee_id join course c on c.id = en.course_id
       where e.employee_no = $1 and c.name = '客户谈判技巧' and en.status = 'COMPLETED'`,
      [FIXTURES.negotiationExcellent],
    );
    expect(completed.d.slice(0, 7)).toBe('2026-05');
    const ex = FIXTURES.negotiationExcellent;
    expect(await kpiMean(ex, 'SALES_GROWTH', ...pre)).toBe(0);
    expect(await kpiMean(ex, 'SALES_GROWTH', ...post)).toBe(18);
    const amountPre = await kpiMean(ex, 'SALES_AMOUNT', ...pre);
    const amountPost = await kpiMean(ex, 'SALES_AMOUNT', ...post);
    expect(((amountPost - amountPre) / amountPre) * 100).toBeCloseTo(18, 6);
    const retPre = await kpiMean(ex, 'CUSTOMER_RETENTION', ...pre);
    const retPost = await kpiMean(ex, 'CUSTOMER_RETENTION', ...post);
    expect(((retPost - retPre) / retPre) * 100).toBeCloseTo(12, 6);
    expect(retPost - retPre).toBeGreaterThanOrEqual(10);
    const rt = FIXTURES.negotiationRetrain;
    expect(
      (await kpiMean(rt, 'SALES_GROWTH', ...post)) - (await kpiMean(rt, 'SALES_GROWTH', ...pre)),
    ).toBeCloseTo(3, 6);
  });

  it('contains the junior-manager candidate: both courses ≥ 80, no approved case', async () => {
    const rows = await client.query<{ name: string; exam: number }>(
      `select c.name, en.exam_score::float8 as exam from enrollment en join employee e on e.id = en.employee_id join course c on c.id = en.course_id
       where e.employee_no = $1 and c.name in ('团队管理基础', '项目协调技巧') and en.status = 'COMPLETED' order by c.name`,
      [FIXTURES.juniorManagerCandidate],
    );
    expect(rows.rows).toEqual([
      { name: '团队管理基础', exam: 86 },
      { name: '项目协调技巧', exam: 82 },
    ]);
    const cases = await one<{ approved: number; pending: number }>(
      `select count(*) filter (where pc.status = 'APPROVED')::int as approved, count(*) filter (where pc.status = 'SUBMITTED')::int as pending
       from practice_case pc join employee e on e.id = pc.employee_id where e.employee_no = $1`,
      [FIXTURES.juniorManagerCandidate],
    );
    expect(cases).toEqual({ approved: 0, pending: 1 });
  });

  it('contains the ready junior-manager candidate: both courses ≥ 80 and one approved case', async () => {
    const rows = await client.query<{ name: string; exam: number }>(
      `select c.name, en.exam_score::float8 as exam from enrollment en join employee e on e.id = en.employee_id join course c on c.id = en.course_id
       where e.employee_no = $1 and c.name in ('团队管理基础', '项目协调技巧') and en.status = 'COMPLETED' order by c.name`,
      [FIXTURES.juniorManagerReady],
    );
    expect(rows.rows).toEqual([
      { name: '团队管理基础', exam: 88 },
      { name: '项目协调技巧', exam: 85 },
    ]);
    const cases = await one<{ approved: number; by_manager: boolean }>(
      `select count(*)::int as approved, bool_and(pc.reviewer_id = e.manager_id) as by_manager
       from practice_case pc join employee e on e.id = pc.employee_id
       where e.employee_no = $1 and pc.status = 'APPROVED' and pc.reviewed_at < '2026-11-01'`,
      [FIXTURES.juniorManagerReady],
    );
    expect(cases).toEqual({ approved: 1, by_manager: true });
    // its sessions are its own: nobody else sat in them, and their ratings are its ratings
    const shared = await one<{ n: number }>(
      `select count(*)::int as n from enrollment other
       where other.session_id in (select en.session_id from enrollment en join employee e on e.id = en.employee_id where e.employee_no = $1)
         and other.employee_id <> (select id from employee where employee_no = $1)`,
      [FIXTURES.juniorManagerReady],
    );
    expect(shared.n).toBe(0);
  });

  it('contains the award candidate: 125 of 100 hours, an adopted case, 2 rated lectures in 2026', async () => {
    const no = FIXTURES.awardCandidate;
    const hours = await one<{ h: number }>(
      `select sum(en.hours)::float8 as h from enrollment en join employee e on e.id = en.employee_id
       where e.employee_no = $1 and en.status = 'COMPLETED' and en.completed_on between '2026-01-01' and '2026-12-31'`,
      [no],
    );
    expect(hours.h).toBe(125);
    const adopted = await one<{ n: number; cited: number }>(
      `select count(*)::int as n, (select count(*)::int from knowledge_citation k where k.practice_case_id = min(pc.id)) as cited
       from practice_case pc join employee e on e.id = pc.employee_id
       where e.employee_no = $1 and pc.status = 'APPROVED' and pc.adopted_at >= '2026-01-01'`,
      [no],
    );
    expect(adopted).toEqual({ n: 1, cited: 3 });
    const lectures = await client.query<{ rating: number | null }>(
      `select s.rating_avg::float8 as rating from course_session s join employee e on e.id = s.lecturer_id
       where e.employee_no = $1 and s.starts_on between '2026-01-01' and '2026-12-31'`,
      [no],
    );
    expect(lectures.rows).toHaveLength(2);
    for (const l of lectures.rows) expect(l.rating).not.toBeNull();
    const nomination = await one<{ result: string }>(
      `select n.result from award_nomination n join award_campaign c on c.id = n.campaign_id join employee e on e.id = n.employee_id
       where e.employee_no = $1 and c.period = '2026'`,
      [no],
    );
    expect(nomination.result).toBe('PENDING');
  });

  it('contains the `employee` login: 3 of the 4 高级客户经理 courses at practice ≥ 90, 客户分层策略 missing', async () => {
    const rows = await client.query<{ name: string; practice: number }>(
      `select c.name, en.practice_score::float8 as practice from enrollment en join employee e on e.id = en.employee_id join course c on c.id = en.course_id
       where e.employee_no = $1 and en.status = 'COMPLETED' and c.name in ('财富管理进阶', '团队协作', '客户分层策略', '客户关系管理')
       order by c.name`,
      [FIXTURES.promotionCandidate],
    );
    expect(rows.rows.map((r) => r.name).sort()).toEqual(['团队协作', '客户关系管理', '财富管理进阶'].sort());
    for (const r of rows.rows) expect(r.practice).toBeGreaterThanOrEqual(90);
  });

  it('recovers the planted course effects with a plain difference-in-differences query', async () => {
    const did = async (course: string, kpi: string) =>
      (await client.query<DidResult>(DID_SQL, [course, kpi])).rows[0]!;
    const sales = await did('NEGOTIATION', 'SALES_GROWTH');
    expect(sales.n_treated).toBeGreaterThanOrEqual(30);
    expect(sales.n_control).toBeGreaterThanOrEqual(30);
    expect(Math.abs(sales.did - PLANTED.negotiation.effects.SALES_GROWTH)).toBeLessThan(1.5);
    // the common upward trend biases a bare before/after comparison, not the DiD
    expect(sales.naive - sales.did).toBeGreaterThan(0.4);
    const retention = await did('NEGOTIATION', 'CUSTOMER_RETENTION');
    expect(Math.abs(retention.did - PLANTED.negotiation.effects.CUSTOMER_RETENTION)).toBeLessThan(0.8);
    const defect = await did('LEAN', 'DEFECT_RATE');
    expect(Math.abs(defect.did - PLANTED.lean.effects.DEFECT_RATE)).toBeLessThan(0.2);
    const efficiency = await did('LEAN', 'PRODUCTION_EFFICIENCY');
    expect(Math.abs(efficiency.did - PLANTED.lean.effects.PRODUCTION_EFFICIENCY)).toBeLessThan(1.0);
    const placeboSales = await did('OFFICE_EFFICIENCY', 'SALES_GROWTH');
    expect(placeboSales.n_treated).toBeGreaterThanOrEqual(30);
    expect(Math.abs(placeboSales.did)).toBeLessThan(1.5);
    const placeboEff = await did('OFFICE_EFFICIENCY', 'PRODUCTION_EFFICIENCY');
    expect(Math.abs(placeboEff.did)).toBeLessThan(1.0);
  });

  it('plants the leadership promotion lift and the award-winner traits', async () => {
    const promo = await one<{ rate_l: number; rate_o: number }>(
      `with lead as (select distinct en.employee_id from enrollment en join course c on c.id = en.course_id
                     where c.code = 'LEADERSHIP' and en.status = 'COMPLETED'),
            promoted as (select distinct employee_id from promotion)
       select avg((p.employee_id is not null)::int) filter (where l.employee_id is not null)::float8 as rate_l,
              avg((p.employee_id is not null)::int) filter (where l.employee_id is null)::float8 as rate_o
       from employee e join position pos on pos.id = e.position_id
       left join lead l on l.employee_id = e.id left join promoted p on p.employee_id = e.id
       where e.id not in (select head_id from department where head_id is not null)
         and e.employee_no not like 'TL9%'`,
    );
    expect(promo.rate_l / promo.rate_o).toBeGreaterThan(2);
    const traits = await one<{ lect_w: number; lect_n: number; adopt_w: number; adopt_n: number }>(
      `with n as (
         select n.result, c.period_start, c.period_end, n.employee_id,
           (select count(*) from course_session s where s.lecturer_id = n.employee_id and s.starts_on between c.period_start and c.period_end) >= 2 as lecturer,
           exists (select 1 from practice_case pc where pc.employee_id = n.employee_id and pc.adopted_at::date between c.period_start and c.period_end) as adopted
         from award_nomination n join award_campaign c on c.id = n.campaign_id where c.status = 'CLOSED')
       select avg(lecturer::int) filter (where result = 'AWARDED')::float8 as lect_w, avg(lecturer::int)::float8 as lect_n,
              avg(adopted::int) filter (where result = 'AWARDED')::float8 as adopt_w, avg(adopted::int)::float8 as adopt_n
       from n`,
    );
    expect(traits.lect_w / traits.lect_n).toBeGreaterThan(2);
    expect(traits.adopt_w / traits.adopt_n).toBeGreaterThan(2);
  });
});
