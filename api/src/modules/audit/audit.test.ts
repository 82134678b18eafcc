/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { appRoleOptions, initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { createLogger } from '../../common/logger';
import { issueToken } from '../../issue-token';
import { createApp, type App } from '../../server';
import { ensureDefaultRules } from '../rules/rule-store.service';
import { processOutbox } from '../workflow/outbox.processor';

// An audit log that cannot be rewritten (issue 13, item 5), on a real PostgreSQL server: the
// privileges of the app's role only hold there (the embedded PGlite serves one shared session
// as its superuser). TEST_DATABASE_URL picks the server; default: the machine's PostgreSQL 15.
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECRET = 'audit-test-secret-that-is-long-enough-0123456789';

let db: TestDatabase;
/** The API's own ORM: connected with the owner's URL, then SET ROLE talentloop_app. */
let appOrm: MikroORM;
/** The owner (migrations, set-up, and the trigger check). */
let owner: MikroORM;
let app: App;
let url: string;
let hr: string;
let hrId: number;

async function gql(query: string, variables: Record<string, unknown> = {}, token = hr) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as any;
}

/** The SQLSTATE a statement fails with on `orm`'s connection, or 'ok'. */
async function outcome(orm: MikroORM, sql: string): Promise<string> {
  try {
    await orm.em.getConnection().execute(sql);
    return 'ok';
  } catch (error) {
    return String((error as { code?: string }).code);
  }
}

function ownerSql<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  return owner.em.getConnection().execute(sql, params) as Promise<T[]>;
}

const AUDIT_LOG = `query($actor: String, $entityType: String, $entityId: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditLog(actor: $actor, entityType: $entityType, entityId: $entityId, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { databaseId actor actorUserId action entityType entityId after at }
  }
}`;

beforeAll(async () => {
  const previous = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = SERVER;
  try {
    db = await createTestDatabase({ seed: { employees: 60, seed: 42 } });
  } finally {
    if (previous === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = previous;
  }
  owner = await initOrm(db.url, { pool: { min: 0, max: 1 } });
  appOrm = await initOrm(db.url, {
    autoJoinRefsForFilters: false,
    pool: { min: 0, max: 2 },
    ...appRoleOptions('talentloop_app'),
  });
  app = await createApp({
    config: { NODE_ENV: 'production', JWT_SECRET: SECRET },
    orm: appOrm,
    logger: createLogger('silent'),
  });
  url = await app.listen(0);
  hr = await issueToken(db.url, SECRET, 'hr', '10m');
  hrId = Number(JSON.parse(Buffer.from(hr.split('.')[1]!, 'base64url').toString()).sub);
}, 300_000);

afterAll(async () => {
  await app?.stop();
  await appOrm?.close(true);
  await owner?.close(true);
  await db?.close();
});

describe('the app role', () => {
  it('is what the API runs as', async () => {
    const [row] = await appOrm.em.getConnection().execute('select current_user as role');
    expect(row.role).toBe('talentloop_app');
  });

  it('cannot UPDATE, DELETE or TRUNCATE audit rows, nor run DDL; it can INSERT and SELECT', async () => {
    expect(await outcome(appOrm, `update audit_log set action = 'rewritten'`)).toBe('42501');
    expect(await outcome(appOrm, `delete from audit_log`)).toBe('42501');
    expect(await outcome(appOrm, `truncate audit_log`)).toBe('42501');
    expect(await outcome(appOrm, `create table sneaky (id int)`)).toBe('42501');
    expect(await outcome(appOrm, `alter table audit_log disable trigger audit_log_append_only`)).toBe(
      '42501',
    );
    expect(await outcome(appOrm, `drop table audit_log`)).toBe('42501');
    expect(await outcome(appOrm, `delete from mikro_orm_migrations`)).toBe('42501');
    expect(
      await outcome(
        appOrm,
        `insert into audit_log (actor_label, action, entity_type) values ('system:test', 'test.insert', 'Test')`,
      ),
    ).toBe('ok');
    expect(await outcome(appOrm, `select count(*) from audit_log`)).toBe('ok');
  });

  it('even the owner cannot UPDATE or DELETE audit rows (trigger)', async () => {
    expect(await outcome(owner, `update audit_log set action = 'rewritten'`)).toBe('42501');
    expect(await outcome(owner, `delete from audit_log`)).toBe('42501');
    const [{ n }] = await ownerSql(`select count(*)::int as n from audit_log where action = 'rewritten'`);
    expect(n).toBe(0);
  });
});

describe('attributed audit rows', () => {
  it('a mutation through the API under the app role writes a row attributed to its login', async () => {
    const [etl] = await ownerSql(`select id from app_user where username = 'integration'`);
    const res = await gql('mutation($id: Int!) { revokeSessions(userId: $id) { tokenVersion } }', {
      id: etl.id,
    });
    expect(res.data.revokeSessions.tokenVersion).toBe(1);
    const page = await gql(AUDIT_LOG, {
      actor: `user:${hrId}`,
      entityType: 'AppUser',
      entityId: String(etl.id),
    });
    expect(page.data.auditLog.nodes).toMatchObject([
      {
        actor: `user:${hrId}`,
        actorUserId: hrId,
        action: 'appUser.revokeSessions',
        entityType: 'AppUser',
        entityId: String(etl.id),
        after: { active: true, tokenVersion: 1 },
      },
    ]);
  });

  it('markNotificationsRead writes a row', async () => {
    const [login] = await ownerSql(`select id, employee_id from app_user where username = 'employee'`);
    const [note] = await ownerSql(
      `insert into notification (recipient_id, type, title) values (?, 'TEST', 'hello') returning id`,
      [login.employee_id],
    );
    const employee = await issueToken(db.url, SECRET, 'employee', '10m');
    const res = await gql(
      'mutation($ids: [Int!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [note.id] },
      employee,
    );
    expect(res.data.markNotificationsRead).toBe(1);
    const rows = await ownerSql(
      `select actor_label, after from audit_log where action = 'notification.markRead'`,
    );
    expect(rows).toEqual([{ actor_label: `user:${login.id}`, after: { ids: [note.id], changed: 1 } }]);
  });

  it('evaluateDueImpacts attributes its rows to the HR user who ran it; the outbox worker to system:outbox', async () => {
    // The rules the workflow installs at start-up (createApp alone does not start it).
    await owner.em.fork().transactional((em) => ensureDefaultRules(em));
    const [{ n: before }] = await ownerSql(`select count(*)::int as n from audit_log`);
    const res = await gql('mutation { evaluateDueImpacts { evaluated stored } }');
    expect(res.errors).toBeUndefined();
    await processOutbox(appOrm, { limit: 50 });
    const rows = await ownerSql<{ actor_label: string; actor_id: number | null; action: string }>(
      `select actor_label, actor_id, action from audit_log order by id offset ?`,
      [before],
    );
    expect(rows.length).toBeGreaterThan(0);
    // Every row names its actor; none is anonymous.
    for (const row of rows) expect(row.actor_label).toMatch(/^(user:\d+|system:[a-z-]+)$/);
    const impacts = rows.filter((r) => r.action === 'trainingImpact.evaluate');
    expect(res.data.evaluateDueImpacts.stored).toBeGreaterThan(0);
    expect(impacts.length).toBe(res.data.evaluateDueImpacts.stored);
    for (const row of impacts) expect(row).toMatchObject({ actor_label: `user:${hrId}`, actor_id: hrId });
    for (const row of rows.filter((r) => r.action.startsWith('event.')))
      expect(row).toMatchObject({ actor_label: 'system:outbox', actor_id: null });
  });
});

describe('auditLog query', () => {
  it('filters by actor, entity and time, newest first, in pages', async () => {
    const all = await gql(AUDIT_LOG, { first: 100 });
    expect(all.data.auditLog.totalCount).toBeGreaterThan(2);
    const ats = all.data.auditLog.nodes.map((n: any) => Date.parse(n.at));
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);

    const first = await gql(AUDIT_LOG, { first: 1 });
    const second = await gql(AUDIT_LOG, { first: 1, after: first.data.auditLog.pageInfo.endCursor });
    expect(second.data.auditLog.nodes[0].databaseId).toBe(all.data.auditLog.nodes[1].databaseId);

    const system = await gql(AUDIT_LOG, { actor: 'system:test', first: 100 });
    expect(system.data.auditLog.nodes.map((n: any) => n.action)).toEqual(['test.insert']);

    const future = await gql(AUDIT_LOG, { from: new Date(Date.now() + 3600_000).toISOString() });
    expect(future.data.auditLog.totalCount).toBe(0);
    const past = await gql(AUDIT_LOG, { to: new Date(Date.now() + 3600_000).toISOString(), first: 1 });
    expect(past.data.auditLog.totalCount).toBe(all.data.auditLog.totalCount);
  });

  it('refuses bad filters with BAD_USER_INPUT and non-HR callers with FORBIDDEN', async () => {
    const bad = await gql(AUDIT_LOG, { actor: 'root' });
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['actor'] });
    const orphan = await gql(AUDIT_LOG, { entityId: '1' });
    expect(orphan.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['entityId'] });
    const manager = await issueToken(db.url, SECRET, 'manager', '10m');
    const denied = await gql(AUDIT_LOG, {}, manager);
    expect(denied.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('hash chain', () => {
  const VERIFY = `{ verifyAuditChain { ok checked firstBrokenId problem headHash } }`;

  it('every row, whoever wrote it, is chained; concurrent writers do not fork the chain', async () => {
    const write = (label: string) =>
      appOrm.em.fork().transactional(async (tx) => {
        for (let i = 0; i < 3; i++) {
          await tx
            .getConnection()
            .execute(
              `insert into audit_log (actor_label, action, entity_type, after) values (?, 'test.chain', 'Test', ?)`,
              ['system:test', JSON.stringify({ label, i })],
              'run',
              tx.getTransactionContext(),
            );
          await new Promise((r) => setTimeout(r, 20));
        }
      });
    await Promise.all([write('a'), write('b')]);
    const res = await gql(VERIFY);
    const [{ n }] = await ownerSql(`select count(*)::int as n from audit_log`);
    expect(res.data.verifyAuditChain).toMatchObject({
      ok: true,
      checked: n,
      firstBrokenId: null,
      problem: null,
    });
    expect(res.data.verifyAuditChain.headHash).toMatch(/^[0-9a-f]{64}$/);
    const [{ gaps }] = await ownerSql(
      `select count(*)::int as gaps from (select chain_seq - lag(chain_seq) over (order by chain_seq) as d from audit_log) s where d <> 1`,
    );
    expect(gaps).toBe(0);
  });

  it('links at commit: an open transaction with audit rows does not hold up another writer', async () => {
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    const insert = (tx: EntityManager, label: string) =>
      tx
        .getConnection()
        .execute(
          `insert into audit_log (actor_label, action, entity_type, after) values (?, 'test.link', 'Test', ?)`,
          ['system:test', JSON.stringify({ label })],
          'run',
          tx.getTransactionContext(),
        );
    let firstInserted!: () => void;
    const firstHasInserted = new Promise<void>((resolve) => (firstInserted = resolve));
    const first = appOrm.em.fork().transactional(async (tx) => {
      await insert(tx, 'first');
      firstInserted();
      await firstMayCommit;
    });
    await firstHasInserted;
    // With the chain taken at insert time this writer waited for `first` to commit, which in
    // turn waits for this one: the lock timeout turns that deadlock into an error.
    try {
      await appOrm.em.fork().transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(`set local lock_timeout = '5s'`, [], 'run', tx.getTransactionContext());
        await insert(tx, 'second');
      });
    } finally {
      releaseFirst();
      await first;
    }
    const rows = await ownerSql(
      `select after->>'label' as label, chain_seq from audit_log where action = 'test.link' order by chain_seq`,
    );
    // Chained in commit order, both rows.
    expect(rows.map((r: { label: string }) => r.label)).toEqual(['second', 'first']);
    const res = await gql(VERIFY);
    expect(res.data.verifyAuditChain).toMatchObject({ ok: true, firstBrokenId: null, problem: null });
  });

  it('refuses any change to a chained row, the chain columns included', async () => {
    const [row] = await ownerSql(`select id from audit_log where action = 'test.link' order by id limit 1`);
    await expect(ownerSql(`update audit_log set hash = 'x' where id = ${Number(row.id)}`)).rejects.toThrow(
      /append-only/,
    );
    await expect(
      ownerSql(
        `update audit_log set chain_seq = null, prev_hash = null, hash = null where id = ${Number(row.id)}`,
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('points at a row the superuser rewrote behind the append-only trigger', async () => {
    const [victim] = await ownerSql(
      `select id from audit_log where action = 'test.chain' order by id limit 1`,
    );
    // What an attacker with superuser rights can do: skip the triggers, rewrite a row.
    await owner.em.fork().transactional(async (tx) => {
      const run = (sql: string, params: unknown[] = []) =>
        tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
      await run(`set local session_replication_role = replica`);
      await run(`update audit_log set after = '{"label": "forged"}' where id = ?`, [victim.id]);
    });
    const res = await gql(VERIFY);
    expect(res.data.verifyAuditChain).toMatchObject({
      ok: false,
      firstBrokenId: victim.id,
      problem: 'HASH_MISMATCH',
    });
    const manager = await issueToken(db.url, SECRET, 'manager', '10m');
    const denied = await gql(VERIFY, {}, manager);
    expect(denied.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
