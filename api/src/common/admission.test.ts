import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { createApp, type App } from '../server';
import { buildApiSchema } from '../schema';
import { createLogger } from './logger';
import {
  Admission,
  classifyOperation,
  defaultAdmissionOptions,
  OverloadedError,
  type AdmissionOptions,
} from './admission';
import { createFixture } from '../testing/fixtures';
import { TEST_JWT_SECRET } from '../testing/harness';

const operation = (query: string) =>
  parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;

describe('cost classes', () => {
  it('classifies by root fields: pages and measured-heavy fields are expensive', async () => {
    const schema = await buildApiSchema();
    const classOf = (q: string) => classifyOperation(schema, operation(q));
    expect(classOf('{ me { role } }')).toBe('cheap');
    expect(classOf('{ kpiSeries(employeeId: "x", kpi: "SALES_GROWTH") { month } }')).toBe('cheap');
    expect(classOf('{ employees(first: 20) { totalCount } }')).toBe('expensive');
    expect(classOf('{ me { role } employees { totalCount } }')).toBe('expensive');
    expect(classOf('{ growthArchive(employeeId: "x") { __typename } }')).toBe('expensive');
    expect(classOf('{ analytics { __typename } }')).toBe('analytics');
    expect(classOf('mutation { devLogin(username: "hr") { token } }')).toBe('write');
  });
});

describe('lanes', () => {
  const options = (): AdmissionOptions => ({
    maxInFlight: 100,
    maxWaitMs: 60_000,
    lanes: { ...defaultAdmissionOptions().lanes, expensive: { concurrency: 1, queue: 1 } },
  });

  it('queues up to the limit, refuses the next one, and hands a freed slot to the first waiter', async () => {
    const admission = new Admission(options());
    const never = new AbortController().signal;
    const lane = admission.lane('expensive');
    await lane.acquire(never, 60_000);
    let second = false;
    const queued = lane.acquire(never, 60_000).then(() => (second = true));
    await expect(lane.acquire(never, 60_000)).rejects.toBeInstanceOf(OverloadedError);
    expect(second).toBe(false);
    lane.release(10);
    await queued;
    expect(second).toBe(true);
    expect(lane.active).toBe(1);
    lane.release(10);
    expect(lane.active).toBe(0);
  });

  it('drops a waiter whose client went away', async () => {
    const admission = new Admission(options());
    const lane = admission.lane('expensive');
    await lane.acquire(new AbortController().signal, 60_000);
    const client = new AbortController();
    const waiting = lane.acquire(client.signal, 60_000);
    client.abort();
    await expect(waiting).rejects.toThrow(/closed the connection/);
    expect(lane.queued).toBe(0);
    lane.release(10);
    expect(lane.active).toBe(0);
  });

  it('refuses at once a request whose predicted wait exceeds maxWaitMs, once service times are measured', async () => {
    const admission = new Admission({
      ...options(),
      lanes: { ...options().lanes, expensive: { concurrency: 2, queue: 100 } },
    });
    const lane = admission.lane('expensive');
    const never = new AbortController().signal;
    // Five operations that each held a slot for 100 ms.
    for (let i = 0; i < 5; i++) {
      await lane.acquire(never, 1_000);
      lane.release(100);
    }
    expect(lane.expectedWaitMs()).toBe(50);
    await lane.acquire(never, 1_000);
    await lane.acquire(never, 1_000);
    // Queued: the i-th newcomer expects i × 100 / 2 ms; 19 wait, and the 20th...
    const waiting = Array.from({ length: 19 }, () => lane.acquire(never, 1_000).catch((e) => e));
    expect(lane.queued).toBe(19);
    expect(lane.expectedWaitMs()).toBe(1_000);
    // ...is still within budget (exactly 1 000 ms); the 21st is not: refused on arrival
    // (QUEUE_FULL), not after waiting out the budget (that would be QUEUE_TIMEOUT).
    const twentieth = lane.acquire(never, 1_000).catch((e) => e);
    await expect(lane.acquire(never, 1_000)).rejects.toMatchObject({ reason: 'QUEUE_FULL' });
    for (let i = 0; i < 22; i++) lane.release(100);
    await Promise.all([...waiting, twentieth]);
    expect(lane.active).toBe(0);
  });

  it('refuses a waiter that waited longer than maxWaitMs', async () => {
    const admission = new Admission({ ...options(), maxWaitMs: 1 });
    const lane = admission.lane('expensive');
    await lane.acquire(new AbortController().signal, 1);
    await expect(lane.acquire(new AbortController().signal, 1)).rejects.toMatchObject({
      reason: 'QUEUE_TIMEOUT',
    });
  });
});

describe('over HTTP', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let app: App;
  let url: string;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await initOrm(db.url, { autoJoinRefsForFilters: false });
    app = await createApp({
      config: { NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET },
      orm,
      logger: createLogger('silent'),
      admission: {
        maxInFlight: 12,
        maxWaitMs: 60_000,
        lanes: { ...defaultAdmissionOptions().lanes, expensive: { concurrency: 1, queue: 2 } },
      },
    });
    url = await app.listen(0);
    await createFixture(orm.em.fork());
    const login = await post('mutation { devLogin(username: "fx-hr") { token } }');
    token = (await login.json()).data.devLogin.token;
  });
  afterAll(async () => {
    await app?.stop();
    await orm?.close(true);
    await db?.close();
  });

  function post(query: string, signal?: AbortSignal) {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
      signal,
    });
  }

  /** Occupies the expensive lane's only slot, as a long list query would. */
  async function holdExpensiveSlot(): Promise<() => void> {
    const lane = app.admission!.lane('expensive');
    await lane.acquire(new AbortController().signal, 1000);
    return () => lane.release(1000);
  }

  async function until(predicate: () => boolean): Promise<void> {
    while (!predicate()) await new Promise((r) => setTimeout(r, 5));
  }

  it('answers a burst beyond the queue with 503 + Retry-After, while cheap queries still pass', async () => {
    const release = await holdExpensiveSlot();
    const list = '{ employees(first: 5) { totalCount } }';
    const burst = Array.from({ length: 8 }, () => post(list));
    // Two wait in the queue; the other six are refused without waiting for the slot.
    await until(() => app.admission!.snapshot().refused.queueFull >= 6);
    const cheap = await post('{ me { role } }');
    expect(cheap.status).toBe(200);
    expect((await cheap.json()).data.me.role).toBe('HR');
    expect(app.admission!.lane('expensive').queued).toBe(2);

    release();
    const responses = await Promise.all(burst);
    const refused = responses.filter((r) => r.status === 503);
    expect(refused).toHaveLength(6);
    for (const r of refused) {
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await r.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    const served = responses.filter((r) => r.status === 200);
    expect(served).toHaveLength(2);
    for (const r of served) expect((await r.json()).data.employees.totalCount).toBeGreaterThan(0);
  });

  it('does not execute a queued request whose client went away', async () => {
    const release = await holdExpensiveSlot();
    const before = app.admission!.snapshot();
    const client = new AbortController();
    const pending = post('{ employees(first: 5) { totalCount } }', client.signal).catch((e: Error) => e);
    await until(() => app.admission!.lane('expensive').queued === 1);
    client.abort();
    expect(await pending).toBeInstanceOf(Error);
    await until(() => app.admission!.snapshot().clientGone === before.clientGone + 1);
    release();
    expect(app.admission!.snapshot().admitted.expensive).toBe(before.admitted.expensive);
    expect(app.admission!.lane('expensive').active).toBe(0);
  });

  it('refuses requests beyond the in-flight bound before reading them', async () => {
    const release = await holdExpensiveSlot();
    const list = '{ employees(first: 5) { totalCount } }';
    // 12 requests in flight: 2 queued in the expensive lane and 10 whose bodies never arrive
    // (raw sockets that send the headers only).
    const queued = [post(list), post(list)];
    await until(() => app.admission!.lane('expensive').queued === 2);
    const { port } = new URL(url);
    const stalled = Array.from({ length: 10 }, () =>
      connect(Number(port), '127.0.0.1', function (this: Socket) {
        this.write(
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n',
        );
      }).on('error', () => {}),
    );
    await until(() => app.admission!.snapshot().inFlight === 12);
    const refused = await post('{ me { role } }');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(app.admission!.snapshot().refused.inFlight).toBe(1);
    for (const socket of stalled) socket.destroy();
    release();
    for (const r of await Promise.all(queued)) expect(r.status).toBe(200);
    await until(() => app.admission!.snapshot().inFlight === 0);
  });

  it('reports admission and pool state on /stats', async () => {
    const res = await fetch(url.replace('/graphql', '/stats'));
    const body = await res.json();
    expect(body.admission.lanes.expensive).toMatchObject({ concurrency: 1, queue: 2, active: 0, queued: 0 });
    expect(body.pool).toMatchObject({ pendingAcquires: 0 });
  });
});
