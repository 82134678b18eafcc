import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import type { RunningCube } from './server';
import { startTestCube } from './testing';

// Cube's own look-up pool (scope paths, session checks) must survive the database ending one of
// its idle connections (a restart, pg_terminate_backend): an unhandled pool 'error' would end the
// process. A server only: the embedded database serves one session and cannot terminate it.
const SECRET = 'lookup-secret-lookup-secret-lookup-secret';
const schemaPath = fileURLToPath(new URL('./__fixtures__/model', import.meta.url));
const SERVER = !!process.env.TEST_DATABASE_URL;

let db: TestDatabase;
let cube: RunningCube;
let admin: pg.Client;

beforeAll(async () => {
  if (!SERVER) return;
  db = await createTestDatabase();
  admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  cube = await startTestCube(db.url, SECRET, { schemaPath, applicationName: 'lookup-test' });
}, 300_000);
afterAll(async () => {
  await cube?.stop();
  await admin?.end();
  await db?.close();
});

async function lookupBackends(): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = current_database() and application_name = 'lookup-test-lookup'`,
  );
  return rows.map((r) => r.pid);
}

/** The look-up pool's backends once it has one (statistics may lag the request briefly). */
async function openLookupBackends(): Promise<number[]> {
  for (let i = 0; i < 100; i++) {
    const pids = await lookupBackends();
    if (pids.length > 0) return pids;
    await new Promise((r) => setTimeout(r, 20));
  }
  return [];
}

/**
 * A request whose session check reads app_user through the look-up pool (no such login: 401); a
 * new subject each time, as the check caches a login's state.
 */
async function request(subject: number): Promise<number> {
  const bearer = await new SignJWT({ role: 'HR', scopes: [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(subject))
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(SECRET));
  const res = await fetch(`${cube.url}/cubejs-api/v1/meta`, {
    headers: { authorization: `Bearer ${bearer}` },
  });
  await res.arrayBuffer();
  return res.status;
}

describe('Cube look-up pool', () => {
  it.skipIf(!SERVER)('keeps serving after the database ends its idle connection', async () => {
    expect(await request(987_654)).toBe(401);
    const before = await openLookupBackends();
    expect(before.length).toBeGreaterThan(0);
    await admin.query(`select pg_terminate_backend(pid) from unnest($1::int[]) as pid`, [before]);
    for (let i = 0; i < 100 && (await lookupBackends()).some((pid) => before.includes(pid)); i++)
      await new Promise((r) => setTimeout(r, 20));
    // Let the pool see the closed socket before the next look-up.
    await new Promise((r) => setTimeout(r, 200));
    expect(await request(987_655)).toBe(401);
    const after = await openLookupBackends();
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((pid) => before.includes(pid))).toBe(false);
  });
});
