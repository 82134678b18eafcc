import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import type { ServiceMessage } from '@talentloop/db/service-process';

// Scale-out proof (issue 14): two API processes and two outbox worker processes against one
// PostgreSQL server. Events written through both APIs (and a burst inserted at once) are each
// processed exactly once: the workers' logs name every event they committed, and no event is
// named twice or left pending. Always on the real server (SKIP LOCKED is what is under test).
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

const REGISTER = fileURLToPath(new URL('../../../../scripts/register.mjs', import.meta.url));
const API_WORKER = fileURLToPath(new URL('../../worker.ts', import.meta.url));
const OUTBOX_WORKER = fileURLToPath(new URL('./outbox.worker.ts', import.meta.url));

interface Proc {
  child: ChildProcess;
  ready: Promise<ServiceMessage>;
  output: string[];
}

function start(entry: string, env: Record<string, string>): Proc {
  const child = fork(entry, [], {
    execArgv: ['--import', REGISTER],
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  let rest = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop()!;
    output.push(...lines);
  });
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const ready = new Promise<ServiceMessage>((resolve, reject) => {
    child.on('message', (m: ServiceMessage) =>
      m.type === 'ready' ? resolve(m) : reject(new Error(m.error)),
    );
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}`)));
  });
  return { child, ready, output };
}

async function stop(proc: Proc): Promise<void> {
  if (proc.child.exitCode !== null) return;
  const exited = new Promise((resolve) => proc.child.once('exit', resolve));
  proc.child.kill('SIGTERM');
  await exited;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let db: TestDatabase;
let orm: MikroORM;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- plain SQL rows
const query = async <T = any>(text: string): Promise<T[]> => orm.em.fork().getConnection().execute<T[]>(text);
const procs: Proc[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: 60, seed: 7 } });
  orm = await initOrm(db.url);
}, 180_000);

afterAll(async () => {
  await Promise.all(procs.map(stop));
  await orm?.close(true);
  await db?.close();
});

describe('two API processes and two outbox workers on one PostgreSQL', () => {
  it('process every event exactly once', async () => {
    const env = { DATABASE_URL: db.url };
    const apis = [
      start(API_WORKER, { ...env, API_PORT: String(await freePort()) }),
      start(API_WORKER, { ...env, API_PORT: String(await freePort()) }),
    ];
    const workers = [start(OUTBOX_WORKER, env), start(OUTBOX_WORKER, env)];
    procs.push(...apis, ...workers);
    const urls = (await Promise.all(apis.map((a) => a.ready))).map((m) => m.url!);
    await Promise.all(workers.map((w) => w.ready));

    const gql = async (url: string, query: string, variables: unknown, token?: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: { devLogin: { token: string } }; errors?: unknown[] };
    };
    const login = await gql(urls[0]!, 'mutation { devLogin(username: "hr") { token } }', {});
    const token = login.data!.devLogin.token;
    const people = await query<{ id: number }>(
      "select e.id from employee e join position p on p.id = e.position_id where p.family = 'SALES' order by e.id limit 20",
    );
    expect(people.length).toBeGreaterThan(0);
    const { toGlobalId } = await import('../../common/relay');

    // 20 KPI batches of 10 rows, alternating between the two API processes, all at once.
    const batches = Array.from({ length: 20 }, (_, b) =>
      Array.from({ length: 10 }, (_, r) => ({
        employeeId: toGlobalId('Employee', people[(b + r) % people.length]!.id),
        kpi: 'SALES_GROWTH',
        month: `2030-${String((r % 12) + 1).padStart(2, '0')}`,
        value: 1000 + b * 10 + r,
        sourceSystem: 'scale-out-test',
      })),
    );
    const results = await Promise.all(
      batches.map((input, b) =>
        gql(
          urls[b % 2]!,
          'mutation($input: [KpiObservationInput!]!) { recordKpiObservations(input: $input) { accepted } }',
          { input },
          token,
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    // …and a burst of 400 events at once, so both workers find work at the same moment.
    await query(
      `insert into domain_event (type, payload, aggregate_type, aggregate_id, idempotency_key)
       select 'SCALE_OUT_PROBE', jsonb_build_object('n', n), 'Probe', n, 'probe:' || n from generate_series(1, 400) n`,
    );

    const all = await query<{ id: number; type: string }>('select id, type from domain_event');
    expect(all.filter((e) => e.type === 'KPI_BATCH_RECORDED')).toHaveLength(20);
    for (let i = 0; i < 600; i++) {
      const rows = await query('select count(*)::int as n from domain_event where processed_at is null');
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await Promise.all(workers.map(stop));

    const processedBy = workers.map((w) =>
      w.output
        .filter((line) => line.includes('outbox batch processed'))
        .flatMap((line) => (JSON.parse(line) as { events: number[] }).events),
    );
    const everyClaim = processedBy.flat();
    expect(new Set(everyClaim).size).toBe(everyClaim.length);
    expect(everyClaim.sort((a, b) => a - b)).toEqual(all.map((e) => Number(e.id)).sort((a, b) => a - b));
    const pending = await query('select count(*)::int as n from domain_event where processed_at is null');
    expect(pending[0].n).toBe(0);
    // Handler effects are recorded once per event, never twice.
    const twice = await query(
      `select entity_id from audit_log where action like 'event.%' group by entity_id having count(*) > 1`,
    );
    expect(twice).toEqual([]);
  }, 300_000);
});
