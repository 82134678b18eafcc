/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Department, Employee, EmployeeStatus } from '@talentloop/db/entities';
import { toGlobalId as gid } from '../common/relay';
import { createFixture, type Fixture } from '../testing/fixtures';
import { startTestApi, type TestApi } from '../testing/harness';

/**
 * `employees { totalCount }` from the maintained department headcounts
 * (Migration20261207182000) must be the number of rows the list would count, for every filter
 * and scope that takes that path, before and after hires, transfers, status changes and
 * deletions; other filters keep counting rows.
 */
let api: TestApi;
let fx: Fixture;
const tokens: Record<string, string> = {};

const TOTAL = `query($filter: EmployeeFilter) { employees(first: 1, filter: $filter) { totalCount } }`;

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
  for (const user of ['fx-hr', 'fx-manager', 'fx-plant-manager', 'fx-employee'])
    tokens[user] = await api.login(user);
});
afterAll(async () => api?.close());

async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await api.orm.em.getConnection().execute(text, params)) as T[];
}

/** The truth, row by row: employees under `path` (and the caller's subtree) with `status`. */
async function rowCount(paths: string[], status?: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `select count(*)::int as n from employee e join department d on d.id = e.department_id
      where ${paths.map(() => `d.path like ? || '%'`).join(' and ') || 'true'}
        ${status ? 'and e.status = ?' : ''}`,
    [...paths, ...(status ? [status] : [])],
  );
  return row!.n;
}

async function total(user: string, filter: Record<string, unknown>) {
  const { result, statements } = await api.countStatements(() => api.gql(TOTAL, { filter }, tokens[user]));
  expect(result.errors).toBeUndefined();
  const page = statements.find((s) => s.includes('with page as'))!;
  return {
    n: (result.data as any).employees.totalCount as number,
    fromHeadcount: page.includes('department_headcount'),
  };
}

async function expectExact() {
  const { sales, salesEast, plant, hq } = fx.departments;
  const salesPath = sales.path;
  // The fixture's manager m1 heads Sales; m2 heads the plant.
  const cases: [string, Record<string, unknown>, string[], string | undefined, boolean][] = [
    ['fx-hr', {}, [], undefined, true],
    ['fx-hr', { departmentId: gid('Department', sales.id) }, [sales.path], undefined, true],
    ['fx-hr', { departmentId: gid('Department', salesEast.id) }, [salesEast.path], undefined, true],
    ['fx-hr', { departmentId: gid('Department', hq.id), status: 'ACTIVE' }, [hq.path], 'ACTIVE', true],
    ['fx-hr', { status: 'ON_LEAVE' }, [], 'ON_LEAVE', true],
    ['fx-manager', {}, [salesPath], undefined, true],
    [
      'fx-manager',
      { departmentId: gid('Department', salesEast.id) },
      [salesPath, salesEast.path],
      undefined,
      true,
    ],
    ['fx-manager', { departmentId: gid('Department', plant.id) }, [salesPath, plant.path], undefined, true],
    ['fx-plant-manager', { status: 'TERMINATED' }, [plant.path], 'TERMINATED', true],
  ];
  for (const [user, filter, paths, status, fromHeadcount] of cases) {
    const got = await total(user, filter);
    expect({ user, filter, n: got.n }).toEqual({ user, filter, n: await rowCount(paths, status) });
    expect(got.fromHeadcount).toBe(fromHeadcount);
  }
  // Anything else about a person is counted row by row, as before.
  const searched = await total('fx-hr', { departmentId: gid('Department', sales.id), search: 'a' });
  expect(searched.fromHeadcount).toBe(false);
  expect((await total('fx-employee', {})).fromHeadcount).toBe(false);
  expect((await total('fx-employee', {})).n).toBe(1);
  // The table itself: one row per department and status, equal to counting employees.
  const drift = await sql<{ n: number }>(
    `select count(*)::int as n
       from (select department_id, status::text as status, count(*)::int as n from employee group by 1, 2) c
       full join (select * from analytics.department_headcount where n <> 0) h using (department_id, status)
      where c.n is distinct from h.n`,
  );
  expect(drift[0]!.n).toBe(0);
}

describe('employees { totalCount } from department headcounts', () => {
  it('equals the row count for every filter and scope that uses it', async () => {
    await expectExact();
  });

  it('stays exact through hires, transfers, status changes and deletions', async () => {
    const em = api.orm.em.fork();
    const { salesEast, plant } = fx.departments;
    const hires = Array.from({ length: 7 }, (_, i) =>
      em.create(Employee, {
        id: 20_000 + i,
        employeeNo: `HC${i}`,
        name: `Headcount ${i}`,
        department: salesEast,
        position: fx.positions.rep,
        hireDate: '2026-01-01',
      }),
    );
    await em.flush();
    await expectExact();
    const toPlant = em.getReference(Department, plant.id, { wrapped: true });
    hires[0]!.department = toPlant;
    hires[1]!.status = EmployeeStatus.ON_LEAVE;
    hires[2]!.status = EmployeeStatus.TERMINATED;
    hires[2]!.department = toPlant;
    await em.flush();
    await expectExact();
    await sql(`delete from employee where id in (?, ?)`, [20_005, 20_006]);
    await expectExact();
    // A transaction that rolls back leaves the counts as they were.
    await api.orm.em
      .fork()
      .transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(
            `update employee set department_id = ? where id = ?`,
            [plant.id, 20_003],
            'run',
            tx.getTransactionContext(),
          );
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await expectExact();
  });

  it('a department filter answers from the moved department, not a remembered path', async () => {
    const { salesEast, plant } = fx.departments;
    const LIST = `query($dep: ID) { employees(first: 50, filter: { departmentId: $dep }) { totalCount nodes { employeeNo } } }`;
    const list = async () => {
      const { result, statements } = await api.countStatements(() =>
        api.gql(LIST, { dep: gid('Department', salesEast.id) }, tokens['fx-hr']),
      );
      expect(result.errors).toBeUndefined();
      return { employees: (result.data as any).employees, statements: statements.length };
    };
    const before = await list();
    expect((await list()).statements).toBe(1);
    expect(before.employees.totalCount).toBeGreaterThan(0);
    // Move Sales East (and anything under it) below the plant: its path changes.
    const [{ path: oldPath }] = await sql<{ path: string }>(`select path from department where id = ?`, [
      salesEast.id,
    ]);
    const newPath = `${plant.path}${salesEast.id}/`;
    await sql(
      `update department set path = ? || substr(path, length(?) + 1), parent_id = case when id = ? then ? else parent_id end
        where path like ? || '%'`,
      [newPath, oldPath, salesEast.id, plant.id, oldPath],
    );
    const after = await list();
    // The remembered path selected nobody any more; the page was computed again from the new one.
    expect(after.statements).toBe(2);
    expect(after.employees).toEqual(before.employees);
    expect((await list()).statements).toBe(1);
  });
});
