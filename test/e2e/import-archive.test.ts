import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { startApi, type RunningApi } from '@talentloop/api/server';
import { signToken } from '@talentloop/api/auth/token';
import { Role } from '@talentloop/api/auth/viewer';
import { runCli } from '@talentloop/api/modules/import/import.cli';
import { day, toCsv, toXlsx } from '@talentloop/api/modules/import/import.samples';

/*
 * importArchive over real HTTP against an isolated, migrated database. The fixtures are a few
 * rows of our own (codes prefixed IMP), so the assertions do not depend on the generator.
 */

const JWT_SECRET = 'import-e2e-secret-with-at-least-32-characters';

let db: TestDatabase;
let api: RunningApi;
const ids: Record<string, number> = {};
const tokens: Record<string, string> = {};

const MUTATION = /* GraphQL */ `
  mutation Import($input: ImportArchiveInput!) {
    importArchive(input: $input) {
      kind
      format
      dryRun
      committed
      checksum
      totalRows
      inserted
      updated
      unchanged
      rejected
      errorCount
      errors {
        row
        field
        message
      }
      ignoredColumns
    }
  }
`;

interface Report {
  kind: string;
  format: string;
  dryRun: boolean;
  committed: boolean;
  checksum: string;
  totalRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errorCount: number;
  errors: { row: number; field: string; message: string }[];
  ignoredColumns: string[];
}

interface GraphQLResponse {
  data?: { importArchive: Report } | null;
  errors?: { message: string; extensions: { code: string; fields?: string[] } }[];
}

async function post(token: string | null, input: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: MUTATION, variables: { input } }),
  });
  return (await response.json()) as GraphQLResponse;
}

async function importFile(
  kind: string,
  format: 'CSV' | 'XLSX',
  file: Buffer,
  options: { dryRun?: boolean; allowPartial?: boolean; as?: string } = {},
): Promise<Report> {
  const body = await post(tokens[options.as ?? 'hr']!, {
    kind,
    format,
    contentBase64: file.toString('base64'),
    dryRun: options.dryRun ?? false,
    allowPartial: options.allowPartial ?? false,
  });
  expect(body.errors).toBeUndefined();
  return body.data!.importArchive;
}

/** Raw SQL through the API's own connection pool ('?' placeholders). */
async function query<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return api.orm.em.getConnection().execute<T[]>(text, params, 'all');
}

async function one<T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T> {
  return (await query<T>(text, params))[0]!;
}

async function count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const row = await one<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params);
  return Number(row.n);
}

async function insert(table: string, values: Record<string, unknown>): Promise<number> {
  const columns = Object.keys(values);
  const placeholders = columns.map(() => '?');
  const row = await one<{ id: number }>(
    `insert into ${table} (${columns.join(', ')}) values (${placeholders.join(', ')}) returning id`,
    Object.values(values),
  );
  return row.id;
}

async function department(code: string, parent: string | null): Promise<number> {
  const id = await insert('department', {
    code,
    name: code,
    parent_id: parent ? ids[parent] : null,
    path: '/',
    depth: parent ? 1 : 0,
  });
  await query(
    `update department set path = coalesce((select path from department p where p.id = ?), '/') || id || '/' where id = ?`,
    [parent ? ids[parent] : null, id],
  );
  return id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApi({
    config: { NODE_ENV: 'test', JWT_SECRET, LOG_LEVEL: 'silent' },
    databaseUrl: db.url,
    port: 0,
  });

  ids.HQ = await department('IMP-HQ', null);
  ids.SALES = await department('IMP-SALES', 'HQ');
  ids.LINE = await department('IMP-L1', 'HQ');
  ids.OTHER = await department('IMP-OTHER', 'HQ');
  ids.REP = await insert('position', {
    code: 'IMP-REP',
    name: '销售代表',
    family: 'SALES',
    level: 1,
    managerial: false,
  });
  const employee = (no: string, dept: string) =>
    insert('employee', {
      employee_no: no,
      name: `员工${no}`,
      department_id: ids[dept],
      position_id: ids.REP,
      hire_date: '2020-01-06',
    });
  for (const no of ['IMP000', 'IMP001', 'IMP002', 'IMP003', 'IMP004']) ids[no] = await employee(no, 'SALES');
  ids.IMP009 = await employee('IMP009', 'OTHER');
  ids.NEGO = await insert('course', {
    code: 'IMP-NEGO',
    name: '客户谈判技巧',
    category: 'SALES',
    hours: 16,
    cost: '2400.00',
  });
  ids.EXCEL = await insert('course', {
    code: 'IMP-EXCEL',
    name: 'Excel高级应用',
    category: 'GENERAL',
    hours: 8,
    cost: '500.00',
  });
  const kpi = (code: string, name: string, direction: string) =>
    insert('kpi_definition', { code, name, unit: '%', direction, value_per_unit: '1000.0000' });
  ids.GROWTH = await kpi('IMP_SALES_GROWTH', '测试销售额增长率', 'HIGHER_IS_BETTER');
  ids.DEFECT = await kpi('IMP_DEFECT_RATE', '测试产品不良率', 'LOWER_IS_BETTER');

  const users: [string, Role, string | null, string[], string | null][] = [
    ['hr', Role.HR, null, [], null],
    ['manager', Role.MANAGER, 'IMP000', [], 'SALES'],
    ['employee', Role.EMPLOYEE, 'IMP001', [], 'SALES'],
    ['executive', Role.EXECUTIVE, null, [], null],
    ['integration', Role.INTEGRATION, null, ['archive:import'], null],
    ['integrationSales', Role.INTEGRATION, null, ['archive:import'], 'SALES'],
    ['integrationReadOnly', Role.INTEGRATION, null, ['archive:read', 'archive:write', 'kpi:write'], null],
  ];
  for (const [name, role, employeeNo, scopes, dept] of users) {
    const userId = await insert('app_user', {
      username: `imp_${name}`,
      role,
      employee_id: employeeNo ? ids[employeeNo] : null,
      scopes: `{${scopes.join(',')}}`,
    });
    ids[`user:${name}`] = userId;
    tokens[name] = await signToken(
      {
        userId,
        role,
        employeeId: employeeNo ? ids[employeeNo]! : null,
        departmentId: dept ? ids[dept]! : null,
        scopes,
        username: `imp_${name}`,
      },
      JWT_SECRET,
    );
  }
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
});

describe('KPI observations from CSV', () => {
  const header = [
    'employee_no',
    'production_line',
    'department_code',
    'kpi',
    'month',
    'value',
    'source_system',
  ];
  const rows = [
    ['IMP001', null, null, 'IMP_SALES_GROWTH', '2024-01', 6.5, 'OLD_CRM'],
    ['IMP001', null, null, 'IMP_SALES_GROWTH', '2024-02', '7.25', 'OLD_CRM'],
    ['IMP002', null, null, '测试销售额增长率', '2024/01', -1.5, null],
    [null, 'LINE-A', 'IMP-L1', 'IMP_DEFECT_RATE', '2024-01', 4.8, 'OLD_MES'],
  ];
  const file = toCsv(header, rows);

  it('dry run reports what would happen and writes nothing', async () => {
    const report = await importFile('KPI_OBSERVATIONS', 'CSV', file, { dryRun: true });
    expect(report).toMatchObject({
      dryRun: true,
      committed: false,
      totalRows: 4,
      inserted: 4,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      errors: [],
    });
    expect(await count('kpi_observation')).toBe(0);
    expect(await count('audit_log', `action like 'import.%'`)).toBe(0);
  });

  it('inserts every row with its values, one audit entry with the checksum', async () => {
    const report = await importFile('KPI_OBSERVATIONS', 'CSV', file);
    expect(report).toMatchObject({
      kind: 'KPI_OBSERVATIONS',
      format: 'CSV',
      committed: true,
      inserted: 4,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(report.checksum).toMatch(/^[0-9a-f]{64}$/);

    const stored = await query(
      `select coalesce(e.employee_no, o.production_line) as subject, k.code, o.month::text as month, o.value::text as value,
              o.source_system, o.department_id
         from kpi_observation o join kpi_definition k on k.id = o.kpi_id left join employee e on e.id = o.employee_id
        order by subject, k.code, o.month`,
    );
    expect(stored).toEqual([
      {
        subject: 'IMP001',
        code: 'IMP_SALES_GROWTH',
        month: '2024-01-01',
        value: '6.500000',
        source_system: 'OLD_CRM',
        department_id: null,
      },
      {
        subject: 'IMP001',
        code: 'IMP_SALES_GROWTH',
        month: '2024-02-01',
        value: '7.250000',
        source_system: 'OLD_CRM',
        department_id: null,
      },
      {
        subject: 'IMP002',
        code: 'IMP_SALES_GROWTH',
        month: '2024-01-01',
        value: '-1.500000',
        source_system: 'IMPORT',
        department_id: null,
      },
      {
        subject: 'LINE-A',
        code: 'IMP_DEFECT_RATE',
        month: '2024-01-01',
        value: '4.800000',
        source_system: 'OLD_MES',
        department_id: ids.LINE,
      },
    ]);

    const audit = await one<{
      actor_id: number;
      action: string;
      entity_id: string;
      after: Record<string, unknown>;
    }>(`select actor_id, action, entity_id, after from audit_log where action = 'import.KPI_OBSERVATIONS'`);
    expect(audit.actor_id).toBe(ids['user:hr']);
    expect(audit.entity_id).toBe(report.checksum);
    expect(audit.after).toMatchObject({
      kind: 'KPI_OBSERVATIONS',
      format: 'CSV',
      checksum: report.checksum,
      rows: 4,
      inserted: 4,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
  });

  it('re-importing the same file changes nothing and reports every row unchanged', async () => {
    const before = await query(`select id, value::text, recorded_at from kpi_observation order by id`);
    const report = await importFile('KPI_OBSERVATIONS', 'CSV', file);
    expect(report).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 4, rejected: 0 });
    const after = await query(`select id, value::text, recorded_at from kpi_observation order by id`);
    expect(after).toEqual(before);
    expect(await count('audit_log', `action = 'import.KPI_OBSERVATIONS'`)).toBe(2);
  });

  it('a corrected value updates only that row (upsert on KPI, subject, month)', async () => {
    const corrected = toCsv(header, [
      ...rows.slice(0, 1),
      ['IMP001', null, null, 'IMP_SALES_GROWTH', '2024-02', 7.75, 'OLD_CRM'],
      ...rows.slice(2),
    ]);
    const report = await importFile('KPI_OBSERVATIONS', 'CSV', corrected);
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
    expect(await count('kpi_observation')).toBe(4);
    const row = await one<{ value: string }>(
      `select value::text from kpi_observation where employee_id = ? and month = '2024-02-01'`,
      [ids.IMP001],
    );
    expect(row.value).toBe('7.750000');
  });

  it('a later file for a known line may omit department_code; a new line without it is an error', async () => {
    const report = await importFile(
      'KPI_OBSERVATIONS',
      'CSV',
      toCsv(
        ['production_line', 'kpi', 'month', 'value'],
        [
          ['LINE-A', 'IMP_DEFECT_RATE', '2024-02', 4.1],
          ['LINE-B', 'IMP_DEFECT_RATE', '2024-02', 3.9],
        ],
      ),
      { dryRun: true },
    );
    expect(report.errors).toEqual([
      {
        row: 3,
        field: 'department_code',
        message: 'is required the first time production line LINE-B is imported',
      },
    ]);
    expect(report).toMatchObject({ inserted: 1, rejected: 1 });
  });
});

describe('enrollments from XLSX with Chinese headers', () => {
  const header = [
    '工号',
    '姓名',
    '课程编号',
    '状态',
    '报名日期',
    '完成日期',
    '学时',
    '考试成绩',
    '实践成绩',
    '是否自愿',
  ];
  const rows = [
    ['IMP001', '员工IMP001', 'IMP-NEGO', '已完成', day('2023-03-01'), day('2023-03-20'), 16, 86.5, 80, '是'],
    ['IMP002', '员工IMP002', 'IMP-NEGO', '未通过', day('2023-03-01'), day('2023-03-20'), 16, 52, null, '否'],
    ['IMP003', '员工IMP003', 'imp-excel', 'WITHDRAWN', '2023-05-10', null, 2, null, null, true],
  ];

  it('maps 工号/课程编号/考试成绩 … and stores the values; 姓名 is reported as ignored', async () => {
    const file = await toXlsx(header, rows, { dateFormats: { 4: 'yyyy-mm-dd', 5: 'yyyy-mm-dd' } });
    const report = await importFile('ENROLLMENTS', 'XLSX', file);
    expect(report).toMatchObject({
      format: 'XLSX',
      committed: true,
      totalRows: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(report.ignoredColumns).toEqual(['姓名']);
    const stored = await query(
      `select e.employee_no, c.code, n.status, n.enrolled_on::text, n.completed_on::text, n.hours::text,
              n.exam_score::text, n.practice_score::text, n.voluntary, n.attempt
         from enrollment n join employee e on e.id = n.employee_id join course c on c.id = n.course_id
        order by e.employee_no`,
    );
    expect(stored).toEqual([
      {
        employee_no: 'IMP001',
        code: 'IMP-NEGO',
        status: 'COMPLETED',
        enrolled_on: '2023-03-01',
        completed_on: '2023-03-20',
        hours: '16.0',
        exam_score: '86.50',
        practice_score: '80.00',
        voluntary: true,
        attempt: 1,
      },
      {
        employee_no: 'IMP002',
        code: 'IMP-NEGO',
        status: 'FAILED',
        enrolled_on: '2023-03-01',
        completed_on: '2023-03-20',
        hours: '16.0',
        exam_score: '52.00',
        practice_score: null,
        voluntary: false,
        attempt: 1,
      },
      {
        employee_no: 'IMP003',
        code: 'IMP-EXCEL',
        status: 'WITHDRAWN',
        enrolled_on: '2023-05-10',
        completed_on: null,
        hours: '2.0',
        exam_score: null,
        practice_score: null,
        voluntary: true,
        attempt: 1,
      },
    ]);
  });

  it('re-importing the workbook reports all rows unchanged; a retake on a later date is attempt 2', async () => {
    const again = await importFile('ENROLLMENTS', 'XLSX', await toXlsx(header, rows));
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await count('enrollment')).toBe(3);

    const retake = await importFile(
      'ENROLLMENTS',
      'CSV',
      toCsv(
        ['工号', '课程编号', '状态', '报名日期', '完成日期', '考试成绩'],
        [['IMP002', 'IMP-NEGO', '通过', '2023-06-01', '2023-06-18', 81]],
      ),
    );
    expect(retake).toMatchObject({ inserted: 1, unchanged: 0 });
    const row = await one<{ attempt: number; exam_score: string; status: string; hours: string }>(
      `select attempt, exam_score::text, status, hours::text from enrollment where employee_id = ? and enrolled_on = '2023-06-01'`,
      [ids.IMP002],
    );
    // No hours column: a completed attempt counts the course's nominal 16 hours.
    expect(row).toEqual({ attempt: 2, exam_score: '81.00', status: 'COMPLETED', hours: '16.0' });
  });

  it('a bad row rejects the whole file: nothing is written, every error names row and field', async () => {
    const before = await count('enrollment');
    const audits = await count('audit_log');
    const file = toCsv(
      ['employee_no', 'course_code', 'status', 'enrolled_on', 'completed_on', 'hours', 'exam_score'],
      [
        ['IMP004', 'IMP-EXCEL', 'COMPLETED', '2024-01-08', '2024-01-09', 8, 90],
        ['IMP004', 'IMP-NEGO', 'COMPLETED', '2024-01-08', '2024-01-20', 16, 105],
        ['NOPE-1', 'IMP-NEGO', 'ENROLLED', '2024-01-08', null, null, null],
        ['IMP003', 'NO-SUCH-COURSE', 'COMPLETED', '2024-02-30', null, 4, 'abc'],
      ],
    );
    const report = await importFile('ENROLLMENTS', 'CSV', file);
    expect(report).toMatchObject({
      committed: false,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 3,
      errorCount: 4,
    });
    expect(report.errors).toEqual([
      { row: 3, field: 'exam_score', message: 'must be between 0 and 100 (got 105)' },
      { row: 4, field: 'employee_no', message: 'unknown employee NOPE-1' },
      { row: 5, field: 'enrolled_on', message: 'is not a calendar date (got "2024-02-30")' },
      { row: 5, field: 'exam_score', message: 'must be a number (got "abc")' },
    ]);
    expect(await count('enrollment')).toBe(before);
    expect(await count('audit_log')).toBe(audits);
  });

  it('allowPartial writes the valid rows and rejects the others', async () => {
    const file = toCsv(
      ['employee_no', 'course_code', 'status', 'enrolled_on', 'completed_on'],
      [
        ['IMP004', 'IMP-EXCEL', 'ENROLLED', '2024-03-04', null],
        ['IMP004', 'IMP-NEGO', 'COMPLETED', '2024-03-04', null],
      ],
    );
    const report = await importFile('ENROLLMENTS', 'CSV', file, { allowPartial: true });
    expect(report).toMatchObject({ committed: true, inserted: 1, rejected: 1 });
    expect(report.errors).toEqual([
      { row: 3, field: 'completed_on', message: 'is required when status is COMPLETED' },
    ]);
    expect(await count('enrollment', 'employee_id = ?', [ids.IMP004])).toBe(1);
  });

  it('two concurrent imports of the same new rows insert them once (imports of a kind are serialised)', async () => {
    const file = toCsv(
      ['employee_no', 'course_code', 'status', 'enrolled_on'],
      [
        ['IMP003', 'IMP-EXCEL', 'ENROLLED', '2024-09-02'],
        ['IMP004', 'IMP-EXCEL', 'ENROLLED', '2024-09-02'],
      ],
    );
    const [a, b] = await Promise.all([
      importFile('ENROLLMENTS', 'CSV', file),
      importFile('ENROLLMENTS', 'CSV', file),
    ]);
    expect([a.inserted + b.inserted, a.unchanged + b.unchanged]).toEqual([2, 2]);
    expect(await count('enrollment', `enrolled_on = '2024-09-02'`)).toBe(2);
  });

  it('duplicate natural keys inside one file are reported against the later row', async () => {
    const file = toCsv(
      ['employee_no', 'course_code', 'status', 'enrolled_on'],
      [
        ['IMP003', 'IMP-NEGO', 'ENROLLED', '2024-04-01'],
        ['IMP003', 'IMP-NEGO', 'ENROLLED', '2024-04-01'],
      ],
    );
    const report = await importFile('ENROLLMENTS', 'CSV', file, { dryRun: true });
    expect(report.errors).toEqual([
      { row: 3, field: 'enrolled_on', message: 'duplicates row 2 (same employee, course and enrolled_on)' },
    ]);
  });
});

describe('performance reviews', () => {
  it('imports Chinese headers and periods, computes final = base + adjustment, updates on re-import with a change', async () => {
    const header = ['工号', '考核周期', '基础得分', '培训加分', '最终得分', '绩效等级'];
    const first = await importFile(
      'PERFORMANCE_REVIEWS',
      'XLSX',
      await toXlsx(header, [
        ['IMP001', '2023年第1季度', 84, 5, 89, 'a'],
        // 71.5 is a B by the rules' cut-offs (the rating column is optional and checked when given).
        ['IMP002', '2023-Q1', 71.5, null, null, 'B'],
      ]),
    );
    expect(first).toMatchObject({ committed: true, inserted: 2, rejected: 0 });
    const stored = await query(
      `select e.employee_no, r.period, r.period_start::text, r.base_score::text, r.training_adjustment::text, r.final_score::text, r.rating
         from performance_review r join employee e on e.id = r.employee_id order by e.employee_no`,
    );
    expect(stored).toEqual([
      {
        employee_no: 'IMP001',
        period: '2023-Q1',
        period_start: '2023-01-01',
        base_score: '84.00',
        training_adjustment: '5.00',
        final_score: '89.00',
        rating: 'A',
      },
      {
        employee_no: 'IMP002',
        period: '2023-Q1',
        period_start: '2023-01-01',
        base_score: '71.50',
        training_adjustment: '0.00',
        final_score: '71.50',
        rating: 'B',
      },
    ]);

    const second = await importFile(
      'PERFORMANCE_REVIEWS',
      'CSV',
      toCsv(
        ['employee_no', 'period', 'base_score', 'rating'],
        [
          ['IMP001', '2023Q1', 84, 'B'],
          ['IMP002', '2023 Q1', 71.5, 'B'],
        ],
      ),
      { dryRun: true },
    );
    // IMP001 had a +5 adjustment; a file without one states final = base (84, a B), so that row changes.
    expect(second).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
  });

  it('an inconsistent final score names the field and the expected value', async () => {
    const report = await importFile(
      'PERFORMANCE_REVIEWS',
      'CSV',
      toCsv(
        ['employee_no', 'period', 'base_score', 'training_adjustment', 'final_score', 'rating'],
        [['IMP003', '2023-Q2', 80, 5, 84, 'B']],
      ),
    );
    expect(report.errors).toEqual([
      {
        row: 2,
        field: 'final_score',
        message: 'must equal base_score + training_adjustment, clamped to 0–100 (85), got 84',
      },
    ]);
    expect(await count('performance_review', 'employee_id = ?', [ids.IMP003])).toBe(0);
  });

  it('a missing required column is reported on the header row', async () => {
    const report = await importFile(
      'PERFORMANCE_REVIEWS',
      'CSV',
      toCsv(['工号', '考核周期', '培训加分'], [['IMP003', '2023-Q2', 5]]),
    );
    expect(report).toMatchObject({ committed: false, rejected: 1 });
    expect(report.errors).toEqual([
      {
        row: 1,
        field: 'base_score',
        message:
          'required column is missing (accepted headers include: base_score, 基础得分, 基础分, 原始得分, 绩效得分)',
      },
    ]);
  });
});

describe('who may import', () => {
  const file = toCsv(
    ['employee_no', 'kpi', 'month', 'value'],
    [['IMP003', 'IMP_SALES_GROWTH', '2024-05', 1]],
  );
  const input = { kind: 'KPI_OBSERVATIONS', format: 'CSV', contentBase64: file.toString('base64') };

  it.each(['manager', 'employee', 'executive', 'integrationReadOnly'])(
    '%s gets FORBIDDEN and nothing is written',
    async (who) => {
      const body = await post(tokens[who]!, input);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(await count('kpi_observation', 'employee_id = ?', [ids.IMP003])).toBe(0);
    },
  );

  it('an anonymous caller gets UNAUTHENTICATED', async () => {
    const body = await post(null, input);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('an integration token with the archive:import scope may import, as itself in the audit log', async () => {
    const report = await importFile('KPI_OBSERVATIONS', 'CSV', file, { as: 'integration' });
    expect(report).toMatchObject({ committed: true, inserted: 1 });
    const audit = await one<{ actor_id: number }>(
      `select actor_id from audit_log where action = 'import.KPI_OBSERVATIONS' and entity_id = ?`,
      [report.checksum],
    );
    expect(audit.actor_id).toBe(ids['user:integration']);
  });

  it('an integration limited to a department subtree cannot write rows outside it', async () => {
    const report = await importFile(
      'KPI_OBSERVATIONS',
      'CSV',
      toCsv(
        ['employee_no', 'kpi', 'month', 'value'],
        [
          ['IMP003', 'IMP_SALES_GROWTH', '2024-06', 2],
          ['IMP009', 'IMP_SALES_GROWTH', '2024-06', 3],
        ],
      ),
      { as: 'integrationSales' },
    );
    expect(report).toMatchObject({ committed: false, rejected: 1 });
    expect(report.errors).toEqual([
      { row: 3, field: 'employee_no', message: 'employee IMP009 is outside your scope' },
    ]);
  });
});

describe('file-level problems', () => {
  it('a file over the size limit is refused with a clear BAD_USER_INPUT naming the field', async () => {
    const big = Buffer.alloc(3.5 * 1024 * 1024, 'a');
    const body = await post(tokens.hr!, {
      kind: 'ENROLLMENTS',
      format: 'CSV',
      contentBase64: big.toString('base64'),
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['input.contentBase64'],
    });
    expect(body.errors?.[0]?.message).toContain('the import limit is 3.0 MB');
  });

  it('an XLSX sent as CSV, or a corrupt workbook, is refused without touching the database', async () => {
    const xlsx = await toXlsx(['employee_no'], [['IMP001']]);
    const asCsv = await post(tokens.hr!, {
      kind: 'ENROLLMENTS',
      format: 'CSV',
      contentBase64: xlsx.toString('base64'),
    });
    expect(asCsv.errors?.[0]?.message).toBe(
      'Invalid input — input.contentBase64: this is an XLSX workbook, not CSV: send it with format XLSX',
    );
    const corrupt = await post(tokens.hr!, {
      kind: 'ENROLLMENTS',
      format: 'XLSX',
      contentBase64: Buffer.from('not a zip').toString('base64'),
    });
    expect(corrupt.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['input.contentBase64'],
    });
    const notBase64 = await post(tokens.hr!, {
      kind: 'ENROLLMENTS',
      format: 'CSV',
      contentBase64: '%%%not base64%%%',
    });
    expect(notBase64.errors?.[0]?.message).toBe('Invalid input — input.contentBase64: is not valid base64');
  });
});

describe('operator CLI (pnpm --filter @talentloop/api run import)', () => {
  let dir: string;
  const cli = async (args: string[], cwd: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, {
      env: { NODE_ENV: 'test', DATABASE_URL: db.url, INIT_CWD: cwd },
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tl-import-cli-'));
    const header = ['工号', '考核周期', '基础得分', '绩效等级'];
    writeFileSync(
      join(dir, 'reviews.csv'),
      toCsv(header, [
        ['IMP004', '2022-Q4', 77, 'B'],
        ['IMP004', '2022-Q5', 77, 'B'],
      ]),
    );
    writeFileSync(join(dir, 'reviews-ok.csv'), toCsv(header, [['IMP004', '2022-Q4', 77, 'B']]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the script entry point prints row errors and exits 1 without writing', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    // The same command as api/package.json's "import" script (which pnpm runs in api/).
    const result = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        '../scripts/register.mjs',
        'src/modules/import/import.cli.ts',
        '--',
        '--kind',
        'PERFORMANCE_REVIEWS',
        'reviews.csv',
      ],
      { cwd: join(root, 'api'), env: { ...process.env, DATABASE_URL: db.url, INIT_CWD: dir } },
    ).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('REJECTED (nothing written): PERFORMANCE_REVIEWS from CSV, 2 rows');
    expect(result.stdout).toContain('row 3, period: must be a quarter YYYY-Qn, e.g. 2025-Q3 (got "2022-Q5")');
    expect(await count('performance_review', 'employee_id = ?', [ids.IMP004])).toBe(0);
  });

  it('dry run writes nothing; a clean file is imported and audited as the given user', async () => {
    const dry = await cli(['--kind', 'PERFORMANCE_REVIEWS', 'reviews-ok.csv', '--dry-run'], dir);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.stdout).toContain('DRY RUN (nothing written)');
    expect(dry.stdout).toContain('inserted 1, updated 0, unchanged 0, rejected 0');
    expect(await count('performance_review', 'employee_id = ?', [ids.IMP004])).toBe(0);

    const ok = await cli(
      ['--kind', 'performance_reviews', join(dir, 'reviews-ok.csv'), '--user', 'imp_hr', '--json'],
      '/',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ committed: true, inserted: 1, rejected: 0 });
    const review = await one<{ final_score: string; rating: string }>(
      `select final_score::text, rating from performance_review where employee_id = ? and period = '2022-Q4'`,
      [ids.IMP004],
    );
    expect(review).toEqual({ final_score: '77.00', rating: 'B' });
    const audit = await one<{ actor_id: number; channel: string }>(
      `select actor_id, after->>'channel' as channel from audit_log where action = 'import.PERFORMANCE_REVIEWS' order by id desc limit 1`,
    );
    expect(audit).toEqual({ actor_id: ids['user:hr'], channel: 'cli' });

    const again = await cli(['--kind', 'PERFORMANCE_REVIEWS', 'reviews-ok.csv'], dir);
    expect(again.stdout).toContain('inserted 0, updated 0, unchanged 1, rejected 0');
  });

  it('refuses a login that may not import, and bad usage with exit code 2', async () => {
    const manager = await cli(
      ['--kind', 'PERFORMANCE_REVIEWS', 'reviews-ok.csv', '--user', 'imp_manager'],
      dir,
    );
    expect(manager.code).toBe(1);
    expect(manager.stderr).toBe(
      'talentloop import: Only HR, or an integration token with the archive:import scope, may import archives',
    );
    const usage = await cli(['--kind', 'SALARIES', 'reviews-ok.csv'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain(
      '--kind must be one of KPI_OBSERVATIONS, ENROLLMENTS, PERFORMANCE_REVIEWS',
    );
    const missing = await cli(['--kind', 'ENROLLMENTS', 'nope.csv'], dir);
    expect(missing).toMatchObject({
      code: 1,
      stderr: `talentloop import: cannot read ${join(dir, 'nope.csv')}`,
    });
  });
});
