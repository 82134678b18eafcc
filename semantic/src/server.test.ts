import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type RunningDatabase } from '@talentloop/db/embedded';
import type { ViewPolicy } from './policies';
import { startCube, type RunningCube } from './server';

const ALL = ['EMPLOYEE', 'MANAGER', 'HR', 'EXECUTIVE', 'INTEGRATION'] as ViewPolicy['roles'];
const policies: Record<string, ViewPolicy> = {
  fixture_scores: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    people: { default: 'people' },
  },
  fixture_statistics: {
    kind: 'aggregate',
    roles: ['HR', 'EXECUTIVE', 'INTEGRATION'],
    people: { default: 'people' },
  },
};

// The server's auth, scoping and suppression on a tiny fixture model (independent of the real
// schema), on the embedded PGlite database. The real model's tests are in model.test.ts.
const SECRET = 'fixture-secret-fixture-secret-fixture-secret';
const schemaPath = fileURLToPath(new URL('./__fixtures__/model', import.meta.url));

let db: RunningDatabase;
let cube: RunningCube;

async function token(claims: Record<string, unknown>, secret = SECRET): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.sub ?? '1'))
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(secret));
}

type Row = Record<string, string | number | null>;
interface LoadBody {
  data: Row[];
  error?: string;
}

async function load(query: unknown, bearer?: string): Promise<{ status: number; body: LoadBody }> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const res = await fetch(`${cube.url}/cubejs-api/v1/load`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as LoadBody;
    if (body?.error === 'Continue wait') continue;
    return { status: res.status, body };
  }
  throw new Error('Cube kept answering "Continue wait"');
}

beforeAll(async () => {
  db = await startEmbeddedDatabase({ port: 0 });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(`
    create table department (id int primary key, path text not null);
    insert into department values (1, '/1/'), (2, '/1/2/'), (3, '/1/3/');
    create table fixture_score (id serial primary key, employee_id int, department_path text, team text, score numeric);
    insert into fixture_score (employee_id, department_path, team, score)
      select g, '/1/2/', 'A', 10 from generate_series(1, 6) g
      union all select g, '/1/3/', 'B', 20 from generate_series(7, 12) g
      union all select g, '/1/2/', 'C', 30 from generate_series(13, 15) g
      union all select g, '/1/2/', 'D', 40 from generate_series(16, 22) g;
  `);
  await client.end();
  cube = await startCube({
    databaseUrl: db.url,
    port: 0,
    jwtSecret: SECRET,
    schemaPath,
    refreshSeconds: false,
    policies,
    // The fixture database has no logins (app_user); revocation is tested in api/src/auth/sessions.test.ts.
    sessionCheckSeconds: false,
  });
});

afterAll(async () => {
  await cube?.stop();
  await db?.close();
});

const byTeam = {
  measures: ['fixture_scores.score_sum'],
  dimensions: ['fixture_scores.team'],
  order: { 'fixture_scores.team': 'asc' },
};

describe('Cube server on PGlite', () => {
  it('answers /load for HR without the small team and its complement', async () => {
    const { status, body } = await load(
      byTeam,
      await token({ role: 'HR', employeeId: null, departmentId: null, scopes: [] }),
    );
    expect(status).toBe(200);
    const rows = body.data.map((r: Row) => [
      r['fixture_scores.team'],
      Number(r['fixture_scores.score_sum']),
      Number(r['fixture_scores.people']),
    ]);
    // Team C has 3 people: suppressed, and so is the smallest other team (A and B tie at 6: the
    // later, B), or the total over teams minus A and D would give C.
    expect(rows).toEqual([
      ['A', 60, 6],
      ['D', 280, 7],
    ]);
  });

  it('scopes a manager to the department subtree', async () => {
    const { status, body } = await load(
      byTeam,
      await token({ role: 'MANAGER', employeeId: 1, departmentId: 2, scopes: [] }),
    );
    expect(status).toBe(200);
    // The subtree /1/2/ holds A (6), C (3) and D (7); never B. C is small and A its complement.
    expect(body.data.map((r: Row) => r['fixture_scores.team'])).toEqual(['D']);
  });

  it('shows an employee only their own numbers', async () => {
    const { status, body } = await load(
      byTeam,
      await token({ role: 'EMPLOYEE', employeeId: 14, departmentId: 2, scopes: [] }),
    );
    expect(status).toBe(200);
    expect(
      body.data.map((r: Row) => [r['fixture_scores.team'], Number(r['fixture_scores.score_sum'])]),
    ).toEqual([['C', 30]]);
  });

  it('refuses statistics views to employees and managers, and hidden cubes to everyone', async () => {
    const q = { measures: ['fixture_statistics.score_sum'], dimensions: ['fixture_statistics.team'] };
    expect((await load(q, await token({ role: 'EMPLOYEE', employeeId: 1, departmentId: 2 }))).status).toBe(
      403,
    );
    expect((await load(q, await token({ role: 'MANAGER', employeeId: 1, departmentId: 2 }))).status).toBe(
      403,
    );
    expect(
      (await load(q, await token({ role: 'EXECUTIVE', employeeId: null, departmentId: null }))).status,
    ).toBe(200);
    const raw = { measures: ['fixture_score_rows.score_sum'] };
    expect((await load(raw, await token({ role: 'HR' }))).status).toBe(403);
  });

  it('rejects absent, forged and unknown-role tokens', async () => {
    expect((await load(byTeam)).status).toBe(401);
    expect(
      (await load(byTeam, await token({ role: 'HR' }, 'another-secret-another-secret-another-secret')))
        .status,
    ).toBe(401);
    expect((await load(byTeam, 'not-a-jwt')).status).toBe(401);
    const unknown = await load(byTeam, await token({ role: 'ADMIN' }));
    expect(unknown.status).toBe(403);
    expect(JSON.stringify(unknown.body)).not.toMatch(/stack|at .*\.js/);
    expect((await load(byTeam, await token({ role: 'INTEGRATION', scopes: ['archives:read'] }))).status).toBe(
      403,
    );
    expect(
      (await load(byTeam, await token({ role: 'INTEGRATION', scopes: ['analytics:read'] }))).status,
    ).toBe(200);
  });

  it('closes the SQL-text and Cube GraphQL endpoints', async () => {
    const hr = await token({ role: 'HR' });
    const sql = await fetch(
      `${cube.url}/cubejs-api/v1/sql?query=${encodeURIComponent(JSON.stringify(byTeam))}`,
      {
        headers: { authorization: `Bearer ${hr}` },
      },
    );
    expect(sql.status).toBe(404);
    const gql = await fetch(`${cube.url}/cubejs-api/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hr}` },
    });
    expect(gql.status).toBe(404);
  });
});
