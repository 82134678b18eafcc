/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and Cube answers are untyped JSON. */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { createApp, type App } from '../server';
import { createLogger } from '../common/logger';
import { issueToken } from '../issue-token';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { startCube, type RunningCube } from '@talentloop/semantic/server';

// Sessions that can end (issue 13, item 4), on both services over real HTTP: two API instances
// (each with its own session cache) and Cube, all with a 1-second session cache, so "within the
// cache time" is observable without long sleeps. Production default: 30 s (at most 60).
const SECRET = 'sessions-test-secret-that-is-long-enough-0123456789';
const TTL_SECONDS = 1;
/** How long a probe keeps asking: the TTL plus slack for a loaded machine (well under 60 s). */
const PROBE_MS = TTL_SECONDS * 1000 + 15_000;

let db: TestDatabase;
/** The owner's connection, for set-up and checks in SQL. */
let admin: MikroORM;
let cube: RunningCube;
const apis: { orm: MikroORM; app: App; url: string }[] = [];
const ids: Record<string, number> = {};

async function startInstance() {
  const orm = await initOrm(db.url, { pool: { min: 0, max: 3 } });
  const config = { NODE_ENV: 'production' as const, JWT_SECRET: SECRET, SESSION_CHECK_SECONDS: TTL_SECONDS };
  const app = await createApp({ config, orm, logger: createLogger('silent') });
  apis.push({ orm, app, url: await app.listen(0) });
  return apis.at(-1)!;
}

async function gql(url: string, token: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function cubeMeta(token: string) {
  const res = await fetch(`${cube.url}/cubejs-api/v1/meta`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: (await res.json()) as any };
}

const ME = '{ me { userId role } }';

function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return admin.em.getConnection().execute(text, params) as Promise<T[]>;
}

/** Polls until `probe` reports refused; returns the milliseconds it took. */
async function refusedWithin(probe: () => Promise<boolean>, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await probe()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`still accepted after ${limitMs} ms`);
}

beforeAll(async () => {
  db = await createTestDatabase();
  admin = await initOrm(db.url, { pool: { min: 0, max: 1 } });
  for (const [username, role, scopes] of [
    ['hr', 'HR', '{}'],
    ['etl', 'INTEGRATION', '{analytics:read}'],
    ['bi', 'INTEGRATION', '{analytics:read}'],
    ['gone', 'INTEGRATION', '{analytics:read}'],
  ] as const) {
    const [row] = await sql<{ id: number }>(
      'insert into app_user (username, role, scopes) values (?, ?, ?) returning id',
      [username, role, scopes],
    );
    ids[username] = row!.id;
  }
  await startInstance();
  await startInstance();
  cube = await startCube({
    databaseUrl: db.url,
    port: 0,
    jwtSecret: SECRET,
    refreshSeconds: false,
    sessionCheckSeconds: TTL_SECONDS,
    instanceId: 'sessions-test',
  });
});

afterAll(async () => {
  await cube?.stop();
  for (const { app, orm } of apis) {
    await app.stop();
    await orm.close(true);
  }
  await admin?.close(true);
  await db?.close();
});

describe('tokens', { timeout: 240_000 }, () => {
  it('carry exp, sub and the login version', async () => {
    const token = await issueToken(db.url, SECRET, 'etl', '10m');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ sub: String(ids.etl), ver: 0, role: 'INTEGRATION' });
    expect(claims.exp - claims.iat).toBe(600);
  });

  it.each([
    ['without exp', 'TOKEN_INVALID', (jwt: SignJWT) => jwt.setSubject('1')],
    ['without sub', 'TOKEN_INVALID', (jwt: SignJWT) => jwt.setExpirationTime('5m')],
    [
      'expired',
      'TOKEN_EXPIRED',
      (jwt: SignJWT) => jwt.setSubject('1').setExpirationTime(Math.floor(Date.now() / 1000) - 60),
    ],
  ])('a token %s is refused by both services with 401 %s', async (_name, reason, shape) => {
    const jwt = new SignJWT({ role: 'HR', employeeId: null, departmentId: null, scopes: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt();
    const token = await shape(jwt).sign(new TextEncoder().encode(SECRET));
    const api = await gql(apis[0]!.url, token, ME);
    expect(api.status).toBe(401);
    expect(api.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
    const cubeAnswer = await cubeMeta(token);
    expect(cubeAnswer.status).toBe(401);
    expect(cubeAnswer.body.error).toMatch(new RegExp(`^${reason}`));
  });
});

describe('revocation without rotating the secret', { timeout: 240_000 }, () => {
  it('revokeSessions ends a login’s tokens on every API instance and on Cube within the cache time', async () => {
    const hr = await issueToken(db.url, SECRET, 'hr', '10m');
    const etl = await issueToken(db.url, SECRET, 'etl', '10m');
    // Warm every cache with the token's accepted state first.
    for (const { url } of apis) expect((await gql(url, etl, ME)).body.data.me.userId).toBe(ids.etl);
    expect((await cubeMeta(etl)).status).toBe(200);

    const revoked = await gql(
      apis[0]!.url,
      hr,
      'mutation($id: Int!) { revokeSessions(userId: $id) { userId active tokenVersion } }',
      { id: ids.etl },
    );
    expect(revoked.body.data.revokeSessions).toEqual({ userId: ids.etl, active: true, tokenVersion: 1 });

    // The instance that revoked refuses at once; the other instance and Cube within the TTL.
    const first = await gql(apis[0]!.url, etl, ME);
    expect(first.status).toBe(401);
    expect(first.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
    const apiMs = await refusedWithin(
      async () => (await gql(apis[1]!.url, etl, ME)).status === 401,
      PROBE_MS,
    );
    const cubeMs = await refusedWithin(async () => {
      const answer = await cubeMeta(etl);
      return answer.status === 401 && /^TOKEN_REVOKED/.test(answer.body.error);
    }, PROBE_MS);
    expect(Math.max(apiMs, cubeMs)).toBeLessThan(60_000);

    // A token issued after the revocation works: the login itself stays active.
    const fresh = await issueToken(db.url, SECRET, 'etl', '10m');
    expect((await gql(apis[1]!.url, fresh, ME)).body.data.me.userId).toBe(ids.etl);
    expect((await cubeMeta(fresh)).status).toBe(200);

    const audit = await sql(
      `select actor_id, actor_label, action, entity_id, after from audit_log where action = 'appUser.revokeSessions'`,
    );
    expect(audit).toEqual([
      {
        actor_id: ids.hr,
        actor_label: `user:${ids.hr}`,
        action: 'appUser.revokeSessions',
        entity_id: String(ids.etl),
        after: { active: true, tokenVersion: 1 },
      },
    ]);
  });

  it('deactivating a login revokes its tokens and stops new ones', async () => {
    const hr = await issueToken(db.url, SECRET, 'hr', '10m');
    const bi = await issueToken(db.url, SECRET, 'bi', '10m');
    expect((await cubeMeta(bi)).status).toBe(200);
    const res = await gql(
      apis[1]!.url,
      hr,
      'mutation($id: Int!) { deactivateLogin(userId: $id) { active } }',
      {
        id: ids.bi,
      },
    );
    expect(res.body.data.deactivateLogin.active).toBe(false);
    await refusedWithin(async () => (await gql(apis[0]!.url, bi, ME)).status === 401, PROBE_MS);
    await refusedWithin(async () => (await cubeMeta(bi)).status === 401, PROBE_MS);
    await expect(issueToken(db.url, SECRET, 'bi', '10m')).rejects.toThrow(/no active login/);
  });

  it('deleting a login revokes its tokens', async () => {
    const gone = await issueToken(db.url, SECRET, 'gone', '10m');
    expect((await gql(apis[0]!.url, gone, ME)).status).toBe(200);
    expect((await cubeMeta(gone)).status).toBe(200);
    await sql('delete from app_user where id = ?', [ids.gone]);
    await refusedWithin(async () => (await gql(apis[0]!.url, gone, ME)).status === 401, PROBE_MS);
    await refusedWithin(async () => (await cubeMeta(gone)).status === 401, PROBE_MS);
  });

  it('only HR may revoke', async () => {
    const etl = await issueToken(db.url, SECRET, 'etl', '10m');
    const res = await gql(
      apis[0]!.url,
      etl,
      'mutation($id: Int!) { revokeSessions(userId: $id) { userId } }',
      {
        id: ids.hr,
      },
    );
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('Cube query guard', () => {
  it.each([1e12, 50_001])('answers limit %s with 400, not 500', async (limit) => {
    const hr = await issueToken(db.url, SECRET, 'hr', '10m');
    const res = await fetch(`${cube.url}/cubejs-api/v1/load`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hr}` },
      body: JSON.stringify({ query: { measures: ['training_participation.headcount'], limit } }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatch(/"limit" must be an integer between 1 and 50000/);
  });
});
