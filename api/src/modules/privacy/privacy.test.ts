import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../issue-token';
import { toGlobalId } from '../../common/relay';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from '../../testing/harness';

// PIPL export and erasure over real HTTP (production mode), on the PostgreSQL server.
let api: TestApi;
let hr: string;
let person: { id: number; name: string; loginId: number };

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  api.orm.em.getConnection().execute(text, params) as Promise<T[]>;

/** Aggregates the dashboards and Cube compute: they must not move when a person is erased. */
async function aggregates() {
  const [row] = await sql(
    `select
      (select count(*)::int from employee) as employees,
      (select count(*)::int from enrollment) as enrollments,
      (select coalesce(sum(hours), 0)::text from enrollment) as hours,
      (select count(*)::int from enrollment where status = 'COMPLETED') as completed,
      (select coalesce(sum(value), 0)::text from kpi_observation) as kpi,
      (select count(*)::int from performance_review) as reviews,
      (select coalesce(sum(final_score), 0)::text from performance_review) as scores,
      (select count(*)::int from employee where department_id = (select department_id from employee where id = ?)) as team`,
    [person.id],
  );
  return row;
}

beforeAll(async () => {
  const previous = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = previous ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  try {
    api = await startTestApi({ nodeEnv: 'production', seed: { employees: 60, seed: 42 } });
  } finally {
    if (previous === undefined) delete process.env.TEST_DATABASE_URL;
  }
  hr = await issueToken(api.databaseUrl, TEST_JWT_SECRET, 'hr', '10m');
  const [row] = await sql<{ id: number; name: string; login_id: number }>(
    `select e.id, e.name, u.id as login_id from app_user u join employee e on e.id = u.employee_id where u.username = 'employee'`,
  );
  person = { id: row!.id, name: row!.name, loginId: row!.login_id };
}, 300_000);

afterAll(async () => {
  await api?.close();
});

describe('PIPL', () => {
  it('exports all of one person’s data as a JSON file, audited', async () => {
    const res = await api.gql<{ exportPersonalData: { fileName: string; content: string } }>(
      'mutation($id: ID!) { exportPersonalData(employeeId: $id) { fileName content } }',
      { id: toGlobalId('Employee', person.id) },
      hr,
    );
    const file = res.data!.exportPersonalData;
    expect(file.fileName).toMatch(/^pipl-export-.+\.json$/);
    const data = JSON.parse(file.content);
    expect(data.format).toBe('talentloop-pipl-export/1');
    expect(data.employee).toMatchObject({ id: person.id, name: person.name });
    expect(data.logins.map((l: { username: string }) => l.username)).toEqual(['employee']);
    expect(JSON.stringify(data.logins)).not.toMatch(/passwordHash/);
    const [{ n }] = await sql<{ n: number }>(
      'select count(*)::int as n from enrollment where employee_id = ?',
      [person.id],
    );
    expect(data.records['Enrollment.employee'] ?? []).toHaveLength(n);
    const [{ k }] = await sql<{ k: number }>(
      'select count(*)::int as k from kpi_observation where employee_id = ?',
      [person.id],
    );
    expect(data.records['KpiObservation.employee'] ?? []).toHaveLength(k);
    const audit = await sql(
      `select actor_label, entity_id from audit_log where action = 'employee.piplExport'`,
    );
    expect(audit).toEqual([
      { actor_label: expect.stringMatching(/^user:\d+$/), entity_id: String(person.id) },
    ]);
  });

  it('erases a person by anonymisation, keeping every aggregate, audited without the erased values', async () => {
    const before = await aggregates();
    const res = await api.gql<{ erasePersonalData: { loginsDeactivated: number } }>(
      'mutation($id: ID!) { erasePersonalData(employeeId: $id) { employeeDatabaseId loginsDeactivated erasedText } }',
      { id: toGlobalId('Employee', person.id) },
      hr,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.erasePersonalData.loginsDeactivated).toBe(1);
    expect(await aggregates()).toEqual(before);
    const [row] = await sql<{ name: string; email: string | null; phone: string | null }>(
      'select name, email, phone from employee where id = ?',
      [person.id],
    );
    expect(row).toEqual({ name: `已匿名 ${person.id}`, email: null, phone: null });
    const [login] = await sql<{ username: string; active: boolean }>(
      'select username, active from app_user where id = ?',
      [person.loginId],
    );
    expect(login).toEqual({ username: `erased-${person.loginId}`, active: false });
    const audit = await sql<{ after: Record<string, unknown> }>(
      `select after from audit_log where action = 'employee.piplErase'`,
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).not.toContain(person.name);
  });

  it('is HR only', async () => {
    const manager = await issueToken(api.databaseUrl, TEST_JWT_SECRET, 'manager', '10m');
    const res = await api.gql(
      'mutation($id: ID!) { exportPersonalData(employeeId: $id) { fileName } }',
      { id: toGlobalId('Employee', person.id) },
      manager,
    );
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
