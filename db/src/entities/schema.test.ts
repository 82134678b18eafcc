import { readdirSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsList } from '../../migrations';
import { migrate } from '../migrate';
import { initOrm, migrationsPath, type Orm } from '../orm';
import { createTestDatabase, type TestDatabase } from '../testing';
import {
  Course,
  Department,
  Employee,
  Enrollment,
  EnrollmentStatus,
  KpiDefinition,
  KpiDirection,
  KpiObservation,
  Position,
  PositionFamily,
  entities,
} from './index';

// Runs on the embedded PGlite by default and on a real server when TEST_DATABASE_URL is set.
let db: TestDatabase;
let client: pg.Client;
let orm: Orm;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  orm = await initOrm(db.url, { pool: { min: 0, max: 2 } });
});

afterAll(async () => {
  await orm?.close(true);
  await client?.end();
  await db?.close();
});

async function rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query(sql, params)).rows as T[];
}

/** The SQLSTATE of a failing statement (rolled back inside a savepoint-free autocommit). */
async function sqlState(sql: string, params: unknown[] = []): Promise<string | undefined> {
  try {
    await client.query(sql, params);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('migrations', () => {
  it('registers every migration file in db/migrations/index.ts, in order', () => {
    const files = readdirSync(migrationsPath)
      .filter((f) => /^Migration\d{14}.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrationsList.map((m) => m.name)).toEqual(files);
  });

  it('is idempotent: a second run applies nothing and leaves the history unchanged', async () => {
    const before = await rows<{ name: string }>('select name from mikro_orm_migrations order by id');
    expect(before.map((r) => r.name)).toEqual(migrationsList.map((m) => m.name));
    expect(await migrate(db.url)).toEqual([]);
    const after = await rows<{ name: string }>('select name from mikro_orm_migrations order by id');
    expect(after).toEqual(before);
  });

  it('matches the entities: the committed snapshot needs no new migration', async () => {
    expect(await orm.migrator.checkMigrationNeeded()).toBe(false);
  });

  it('creates one table per entity', async () => {
    const tables = (
      await rows<{ table_name: string }>(
        `select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'`,
      )
    ).map((r) => r.table_name);
    const expected = entities.map((e) => orm.getMetadata().get(e.name).tableName);
    expect(tables.sort()).toEqual([...expected].sort());
    expect(expected).toContain('kpi_observation');
    expect(expected).toContain('app_user');
    expect(expected).toHaveLength(36);
  });
});

describe('column types', () => {
  it('stores money and scores as numeric, never as floating point', async () => {
    const types = await rows<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns
        where table_schema = 'public'
          and (table_name, column_name) in (('course', 'cost'), ('kpi_definition', 'value_per_unit'),
                                            ('enrollment', 'exam_score'), ('enrollment', 'hours'),
                                            ('kpi_observation', 'value'), ('performance_review', 'final_score'))`,
    );
    expect(types).toHaveLength(6);
    for (const t of types) expect(t.data_type, `${t.table_name}.${t.column_name}`).toBe('numeric');
    const floats = await rows(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type in ('real', 'double precision', 'money')`,
    );
    expect(floats).toEqual([]);
  });

  it('uses timestamptz for instants and date for calendar days', async () => {
    const [r] = await rows<{ submitted: string; month: string; hire: string }>(
      `select
         (select data_type from information_schema.columns where table_name = 'practice_case' and column_name = 'submitted_at') as submitted,
         (select data_type from information_schema.columns where table_name = 'kpi_observation' and column_name = 'month') as month,
         (select data_type from information_schema.columns where table_name = 'employee' and column_name = 'hire_date') as hire`,
    );
    expect(r).toEqual({ submitted: 'timestamp with time zone', month: 'date', hire: 'date' });
  });
});

describe('indexes', () => {
  it('indexes every foreign key column (as the leading column of some index)', async () => {
    const unindexed = await rows<{ tbl: string; col: string }>(
      `select c.conrelid::regclass::text as tbl, a.attname as col
         from pg_constraint c
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace
          and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
        order by 1, 2`,
    );
    expect(unindexed).toEqual([]);
  });

  it('has the access-path indexes other packages rely on', async () => {
    const defs = (
      await rows<{ indexdef: string }>(`select indexdef from pg_indexes where schemaname = 'public'`)
    ).map((r) => r.indexdef);
    const has = (fragment: string) => defs.some((d) => d.includes(fragment));
    expect(has('ON public.department USING btree (path text_pattern_ops)')).toBe(true);
    expect(has('ON public.kpi_observation USING btree (employee_id, kpi_id, month)')).toBe(true);
    expect(has('ON public.enrollment USING btree (course_id, completed_on)')).toBe(true);
    expect(has('ON public.enrollment USING btree (employee_id, enrolled_on)')).toBe(true);
    expect(has('ON public.enrollment USING btree (enrolled_on) INCLUDE (completed_on, hours)')).toBe(true);
    expect(has('ON public.employee USING btree (department_id, status)')).toBe(true);
  });
});

describe('constraints and ORM round trip', () => {
  let kpiId: number;
  let employeeId: number;

  beforeAll(async () => {
    const em = orm.em.fork();
    const root = em.create(Department, { code: 'HQ', name: '总部', path: '/1/', id: 1 });
    const sales = em.create(Department, {
      id: 2,
      code: 'SALES',
      name: '销售部',
      parent: root,
      path: '/1/2/',
      depth: 1,
    });
    em.create(Department, {
      id: 3,
      code: 'SALES-E',
      name: '华东销售',
      parent: sales,
      path: '/1/2/3/',
      depth: 2,
    });
    em.create(Department, { id: 4, code: 'FIN', name: '财务部', parent: root, path: '/1/4/', depth: 1 });
    const position = em.create(Position, {
      code: 'AM',
      name: '客户经理',
      family: PositionFamily.SALES,
      level: 1,
    });
    const employee = em.create(Employee, {
      employeeNo: 'E0001',
      name: '张伟',
      department: sales,
      position,
      hireDate: '2023-03-01',
    });
    const course = em.create(Course, {
      code: 'NEG',
      name: '客户谈判技巧',
      category: 'SALES',
      hours: 16,
      cost: '1234.50',
    });
    em.create(Enrollment, {
      employee,
      course,
      enrolledOn: '2025-01-06',
      completedOn: '2025-01-10',
      status: EnrollmentStatus.COMPLETED,
      hours: 16,
      examScore: 87.5,
    });
    const kpi = em.create(KpiDefinition, {
      code: 'SALES_GROWTH',
      name: '销售增长率',
      unit: '%',
      direction: KpiDirection.HIGHER_IS_BETTER,
      valuePerUnit: '5000.0000',
    });
    await em.flush();
    kpiId = kpi.id;
    employeeId = employee.id;
  });

  it('reads money back as an exact string and scores as numbers', async () => {
    const em = orm.em.fork();
    const course = await em.findOneOrFail(Course, { code: 'NEG' });
    expect(course.cost).toBe('1234.50');
    expect(course.hours).toBe(16);
    expect(course.passScore).toBe(60);
    const enrollment = await em.findOneOrFail(Enrollment, { course });
    expect(enrollment.examScore).toBe(87.5);
    expect(enrollment.completedOn).toBe('2025-01-10');
  });

  it('finds a department subtree by path prefix', async () => {
    const subtree = await rows<{ code: string }>(
      `select code from department where path like $1 order by id`,
      ['/1/2/%'],
    );
    expect(subtree.map((r) => r.code)).toEqual(['SALES', 'SALES-E']);
  });

  it('rejects a second KPI value for the same employee and month', async () => {
    const insert = `insert into kpi_observation (kpi_id, employee_id, month, value, source_system) values ($1, $2, '2025-02-01', $3, 'CRM')`;
    expect(await sqlState(insert, [kpiId, employeeId, 0.1])).toBeUndefined();
    expect(await sqlState(insert, [kpiId, employeeId, 0.2])).toBe('23505');
  });

  it('rejects a second KPI value for the same production line and month', async () => {
    const insert = `insert into kpi_observation (kpi_id, production_line, month, value, source_system) values ($1, 'L1', '2025-02-01', 1, 'MES')`;
    expect(await sqlState(insert, [kpiId])).toBeUndefined();
    expect(await sqlState(insert, [kpiId])).toBe('23505');
  });

  it('requires exactly one subject and a first-of-month date', async () => {
    expect(
      await sqlState(
        `insert into kpi_observation (kpi_id, employee_id, production_line, month, value, source_system) values ($1, $2, 'L9', '2025-03-01', 1, 'X')`,
        [kpiId, employeeId],
      ),
    ).toBe('23514');
    expect(
      await sqlState(
        `insert into kpi_observation (kpi_id, month, value, source_system) values ($1, '2025-03-01', 1, 'X')`,
        [kpiId],
      ),
    ).toBe('23514');
    expect(
      await sqlState(
        `insert into kpi_observation (kpi_id, employee_id, month, value, source_system) values ($1, $2, '2025-03-15', 1, 'X')`,
        [kpiId, employeeId],
      ),
    ).toBe('23514');
  });

  it('supports batch upserts with ON CONFLICT (kpi_id, subject, month)', async () => {
    await client.query(
      `insert into kpi_observation (kpi_id, employee_id, month, value, source_system)
       values ($1, $2, '2025-04-01', 1, 'CRM'), ($1, $2, '2025-05-01', 2, 'CRM')
       on conflict (kpi_id, subject, month) do update set value = excluded.value`,
      [kpiId, employeeId],
    );
    await client.query(
      `insert into kpi_observation (kpi_id, employee_id, month, value, source_system)
       values ($1, $2, '2025-04-01', 10, 'CRM')
       on conflict (kpi_id, subject, month) do update set value = excluded.value`,
      [kpiId, employeeId],
    );
    const em = orm.em.fork();
    await em.upsertMany(
      KpiObservation,
      [{ kpi: kpiId, employee: employeeId, month: '2025-05-01', value: 20, sourceSystem: 'CRM' }],
      {
        onConflictFields: ['kpi', 'subject', 'month'],
        onConflictAction: 'merge',
        onConflictMergeFields: ['value'],
      },
    );
    const values = await rows<{ month: string; value: string; subject: string }>(
      `select to_char(month, 'YYYY-MM-DD') as month, value::text as value, subject from kpi_observation
        where employee_id = $1 and month in ('2025-04-01', '2025-05-01') order by month`,
      [employeeId],
    );
    expect(values).toEqual([
      { month: '2025-04-01', value: '10.000000', subject: `E:${employeeId}` },
      { month: '2025-05-01', value: '20.000000', subject: `E:${employeeId}` },
    ]);
  });

  it('rejects a value outside an enum', async () => {
    expect(await sqlState(`update employee set status = 'RETIRED' where id = $1`, [employeeId])).toBe(
      '23514',
    );
  });
});
