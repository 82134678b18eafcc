/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppRole, AppUser, Enrollment, EnrollmentStatus } from '@talentloop/db/entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../common/relay';
import { createFixture, type Fixture } from '../../testing/fixtures';
import { startTestApi, type TestApi } from '../../testing/harness';
import { inTransaction, recordAudit, setAuditActor, systemActor } from '../audit/audit.service';
import { emitEvent, EventType } from '../events/events.service';
import { allowPrivateTargets } from './webhooks.service';
import { runWebhooks, type WebhookRun, type WebhookWorkerOptions } from './webhooks.delivery';
import { signPayload, verifySignature } from './webhooks.signature';
import { checkWebhookUrl } from './webhooks.url';

// Events out (issue 13, item 3): a real receiver on loopback verifies every signature and
// records event ids; it is killed mid-stream and restarted; every event still arrives, exactly
// once per idempotency key after the receiver's dedup, and every delivery ends DELIVERED.

let api: TestApi;
let fx: Fixture;
let hr = '';

/** Short back-off so retries happen within the test (config: WEBHOOK_BACKOFF_*). */
const WORKER: WebhookWorkerOptions = {
  maxAttempts: 50,
  backoffBaseMs: 20,
  backoffMaxMs: 80,
  timeoutMs: 2000,
  allowPrivate: true,
  batchSize: 5,
};

/** The outside system: verifies, dedups on Idempotency-Key, can be killed and can fail on purpose. */
class Receiver {
  server: Server | null = null;
  port = 0;
  /** Signing secret per path (one subscription per path). */
  secrets: Record<string, string> = {};
  /** Every request with a valid signature, duplicates included. */
  receipts: string[] = [];
  /** After dedup: event id → body. */
  events = new Map<string, any>();
  badSignatures = 0;
  /** Kill the server after this many receipts (the request in hand gets no answer). */
  dieAfter: number | null = null;
  /** Answer 500 to /flaky until cleared. */
  flaky = true;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const signature = req.headers['talentloop-signature'] as string | undefined;
    if (verifySignature(this.secrets[req.url ?? ''] ?? '', body, signature) !== 'OK') {
      this.badSignatures++;
      res.writeHead(400).end();
      return;
    }
    if (req.url === '/flaky' && this.flaky) {
      res.writeHead(500).end();
      return;
    }
    const key = req.headers['idempotency-key'] as string;
    this.receipts.push(key);
    if (!this.events.has(key)) this.events.set(key, JSON.parse(body));
    if (this.dieAfter !== null && this.receipts.length >= this.dieAfter) {
      // Killed with the request in hand: processed here, but the sender never hears a 2xx.
      this.dieAfter = null;
      req.socket.destroy();
      void this.stop();
      return;
    }
    res.writeHead(204).end();
  }
}

const receiver = new Receiver();

async function gql(query: string, variables: Record<string, unknown> = {}, token = hr) {
  return api.gql(query, variables, token) as Promise<{ data?: any; errors?: any[] }>;
}

async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  return api.orm.em.getConnection().execute(text, params) as Promise<T[]>;
}

let seq = 0;
/** One of each public event type, through the code paths the services use. */
async function publishWave(): Promise<void> {
  const em = api.orm.em.fork();
  setAuditActor(em, systemActor('test'));
  const e1 = fx.employees.e1.id;
  await inTransaction(em, async (tx) => {
    const n = ++seq;
    await emitEvent(
      tx,
      EventType.ENROLLMENT_COMPLETED,
      { enrollmentId: 100 + n, employeeId: e1, courseId: fx.courses.negotiation.id, status: 'COMPLETED' },
      { idempotencyKey: `webhook-test:completed:${n}` },
    );
    await emitEvent(
      tx,
      EventType.KPI_BATCH_RECORDED,
      { rows: [{ kpiCode: 'FX_SALES_GROWTH', employeeId: e1, month: '2026-01-01', value: 3 }] },
      { aggregateType: 'KpiBatch', aggregateId: n, idempotencyKey: `webhook-test:kpi:${n}` },
    );
    recordAudit(tx, null, 'trainingImpact.evaluate', 'TrainingImpact', 500 + n, null, {
      enrollmentId: 100 + n,
      verdict: 'CONTRIBUTION',
      contributionPct: 12.5,
      ruleKey: 'TRAINING_IMPACT',
      ruleVersion: 1,
    });
    recordAudit(tx, null, 'promotion.eligible', 'Employee', e1, null, {
      targetPositionId: fx.positions.seniorRep.id,
      ruleVersion: 1,
      asOf: '2026-12-07',
    });
    recordAudit(tx, null, 'promotionApplication.decide', 'PromotionApplication', 700 + n, null, {
      employee: e1,
      targetPosition: fx.positions.seniorRep.id,
      decision: 'APPROVED',
      decidedAt: '2026-12-07T08:00:00.000Z',
      report: { large: 'not forwarded' },
    });
    recordAudit(tx, null, 'awardCampaign.publish', 'AwardCampaign', 800 + n, null, { winners: [e1] });
  });
}

/** Runs the worker until nothing is pending, waiting out the (short) back-off between runs. */
async function drain(maxRuns = 60): Promise<WebhookRun[]> {
  const runs: WebhookRun[] = [];
  for (let i = 0; i < maxRuns; i++) {
    runs.push(await runWebhooks(api.orm, WORKER));
    const [{ n }] = await sql(
      `select count(*)::int as n from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
        where s.active and d.status in ('PENDING', 'RETRYING')`,
    );
    if (n === 0) return runs;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('deliveries still pending');
}

const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { databaseId url eventTypes active } } }`;

let subscriptionId = 0;

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
  hr = await api.login('fx-hr');
  await receiver.start();
});
afterAll(async () => {
  await receiver.stop();
  await api?.close();
});

describe('webhook subscriptions', () => {
  it('HR subscribes a URL; the secret is returned once and stored encrypted', async () => {
    const res = await gql(CREATE, {
      input: {
        url: `http://127.0.0.1:${receiver.port}/hook`,
        eventTypes: [
          'COURSE_COMPLETED',
          'VERDICT',
          'GATE_MET',
          'PROMOTION_DECIDED',
          'AWARD_PUBLISHED',
          'KPI_BATCH_PROCESSED',
        ],
        description: 'loopback receiver',
      },
    });
    expect(res.errors).toBeUndefined();
    const created = res.data.createWebhookSubscription;
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.subscription.active).toBe(true);
    expect(created.subscription.eventTypes).toHaveLength(6);
    receiver.secrets['/hook'] = created.secret;
    subscriptionId = created.subscription.databaseId;
    const [row] = await sql('select secret_cipher from webhook_subscription where id = ?', [subscriptionId]);
    expect(row.secret_cipher).toMatch(/^enc:v1:dev:/);
    expect(row.secret_cipher).not.toContain(created.secret);
    const list = await gql('{ webhookSubscriptions { databaseId url active } }');
    expect(list.data.webhookSubscriptions).toEqual([
      { databaseId: subscriptionId, url: `http://127.0.0.1:${receiver.port}/hook`, active: true },
    ]);
    const [audit] = await sql(
      `select actor_label, after from audit_log where action = 'webhookSubscription.create' and entity_id = ?`,
      [String(subscriptionId)],
    );
    expect(audit.actor_label).toBe(`user:${fx.users.hr.id}`);
    expect(JSON.stringify(audit.after)).not.toContain('whsec_');
  });

  it('refuses non-http(s) URLs and callers without the right', async () => {
    const bad = await gql(CREATE, { input: { url: 'ftp://127.0.0.1/x', eventTypes: ['VERDICT'] } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual(['input.url']);
    const integration = await api.login('fx-integration');
    const denied = await gql('{ webhookSubscriptions { databaseId } }', {}, integration);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An integration holding webhooks:manage may; one limited to a department may not (events are company-wide).
    const em = api.orm.em.fork();
    em.create(AppUser, {
      id: 9601,
      username: 'wh-integration',
      role: AppRole.INTEGRATION,
      scopes: ['webhooks:manage'],
    });
    em.create(AppUser, {
      id: 9602,
      username: 'wh-integration-dept',
      role: AppRole.INTEGRATION,
      employee: fx.employees.e1,
      scopes: ['webhooks:manage'],
    });
    await em.flush();
    const allowed = await gql(
      '{ webhookSubscriptions { databaseId } }',
      {},
      await api.login('wh-integration'),
    );
    expect(allowed.data.webhookSubscriptions).toHaveLength(1);
    const limited = await gql(
      '{ webhookSubscriptions { databaseId } }',
      {},
      await api.login('wh-integration-dept'),
    );
    expect(limited.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const manager = await api.login('fx-manager');
    const create = await gql(
      CREATE,
      { input: { url: 'https://example.com/x', eventTypes: ['VERDICT'] } },
      manager,
    );
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('in production refuses private and loopback targets unless WEBHOOK_ALLOW_PRIVATE=true', async () => {
    for (const url of [
      'http://127.0.0.1:9/x',
      'http://localhost/x',
      'http://10.1.2.3/x',
      'http://192.168.0.1/x',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/x',
      'http://[fd00::1]/x',
      'http://[::ffff:127.0.0.1]/x',
    ])
      expect(await checkWebhookUrl(url, false), url).toBe('PRIVATE_TARGET');
    expect(await checkWebhookUrl('https://93.184.215.14/hook', false)).toBeNull();
    expect(await checkWebhookUrl('http://127.0.0.1:9/x', true)).toBeNull();
    expect(await checkWebhookUrl('file:///etc/passwd', true)).toBe('SCHEME');
    expect(allowPrivateTargets('development')).toBe(true);
    const previous = process.env.WEBHOOK_ALLOW_PRIVATE;
    try {
      process.env.WEBHOOK_ALLOW_PRIVATE = 'false';
      expect(allowPrivateTargets('production')).toBe(false);
      process.env.WEBHOOK_ALLOW_PRIVATE = 'true';
      expect(allowPrivateTargets('production')).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.WEBHOOK_ALLOW_PRIVATE;
      else process.env.WEBHOOK_ALLOW_PRIVATE = previous;
    }
  });
});

describe('delivery', () => {
  it('delivers each event type, signed, with the event id as idempotency key', async () => {
    await publishWave();
    await drain();
    expect(receiver.badSignatures).toBe(0);
    const types = [...receiver.events.values()].map((e) => e.type).sort();
    expect(types).toEqual([
      'AWARD_PUBLISHED',
      'COURSE_COMPLETED',
      'GATE_MET',
      'KPI_BATCH_PROCESSED',
      'PROMOTION_DECIDED',
      'VERDICT',
    ]);
    const byType = Object.fromEntries([...receiver.events.values()].map((e) => [e.type, e.data]));
    expect(byType.PROMOTION_DECIDED).toEqual({
      applicationId: 701,
      employeeId: fx.employees.e1.id,
      targetPositionId: fx.positions.seniorRep.id,
      decision: 'APPROVED',
      decidedAt: '2026-12-07T08:00:00.000Z',
    });
    expect(byType.KPI_BATCH_PROCESSED).toEqual({
      rows: 1,
      kpiCodes: ['FX_SALES_GROWTH'],
      months: ['2026-01-01'],
      employees: 1,
      productionLines: [],
    });
    expect(byType.VERDICT.verdict).toBe('CONTRIBUTION');
    expect(byType.AWARD_PUBLISHED).toEqual({ campaignId: 801, winners: [fx.employees.e1.id] });
    expect(byType.GATE_MET.targetPositionId).toBe(fx.positions.seniorRep.id);
    // The body's id is the header's key.
    for (const [key, body] of receiver.events) expect(body.id).toBe(key);
  });

  it('a re-emitted outbox event (same idempotency key) publishes nothing new', async () => {
    const [{ n: before }] = await sql(`select count(*)::int as n from webhook_event`);
    const em = api.orm.em.fork();
    await inTransaction(em, (tx) =>
      emitEvent(
        tx,
        EventType.ENROLLMENT_COMPLETED,
        { enrollmentId: 101, employeeId: fx.employees.e1.id, status: 'COMPLETED' },
        { idempotencyKey: 'webhook-test:completed:1' },
      ),
    );
    const [{ n: after }] = await sql(`select count(*)::int as n from webhook_event`);
    expect(after).toBe(before);
  });

  it('survives the receiver dying mid-stream: retries with back-off, then every event arrives once per key', async () => {
    const receiptsBefore = receiver.receipts.length;
    // Dies while handling the 4th request of this stream (processed, never acknowledged).
    receiver.dieAfter = receiptsBefore + 4;
    for (let i = 0; i < 3; i++) await publishWave();
    // First passes: some delivered, the rest fail against a closed port and back off.
    const first = await runWebhooks(api.orm, WORKER);
    expect(receiver.server).toBeNull();
    expect(first.fannedOut).toBe(18);
    expect(first.failed).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    await runWebhooks(api.orm, WORKER);
    const retrying = await sql(
      `select attempts, last_error, next_attempt_at > now() - interval '1 minute' as scheduled
         from webhook_delivery where status = 'RETRYING'`,
    );
    expect(retrying.length).toBeGreaterThan(0);
    expect(Math.max(...retrying.map((r: any) => r.attempts))).toBeGreaterThanOrEqual(2);
    expect(
      retrying.every((r: any) => /fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(r.last_error)),
    ).toBe(true);

    // The receiver comes back on the same port.
    await receiver.start();
    await drain();

    const published = await sql<{ id: string }>(`select id from webhook_event order by id`);
    const delivered = await sql<{ event_id: string; status: string; attempts: number }>(
      `select event_id, status, attempts from webhook_delivery where subscription_id = ?`,
      [subscriptionId],
    );
    expect(published).toHaveLength(24);
    expect(delivered).toHaveLength(24);
    expect(delivered.every((d) => d.status === 'DELIVERED')).toBe(true);
    // Exactly once per key after dedup, every published event included.
    expect([...receiver.events.keys()].sort()).toEqual(published.map((p) => p.id).sort());
    // At least once before dedup: the request the receiver died on came again.
    expect(receiver.receipts.length).toBeGreaterThan(receiver.events.size);
    expect(new Set(receiver.receipts).size).toBe(24);
    expect(delivered.some((d) => d.attempts >= 2)).toBe(true);
    expect(receiver.badSignatures).toBe(0);
  });

  it('parks deliveries as DEAD after the last attempt; the dead-letter view lists them; redeliver revives them', async () => {
    const res = await gql(CREATE, {
      input: { url: `http://127.0.0.1:${receiver.port}/flaky`, eventTypes: ['GATE_MET'] },
    });
    const flakyId = res.data.createWebhookSubscription.subscription.databaseId;
    receiver.secrets['/flaky'] = res.data.createWebhookSubscription.secret;
    await publishWave();
    // Two attempts allowed: both answered 500.
    await runWebhooks(api.orm, { ...WORKER, maxAttempts: 2 });
    await new Promise((r) => setTimeout(r, 100));
    await runWebhooks(api.orm, { ...WORKER, maxAttempts: 2 });
    const dead = await gql(
      `query($s: Int) { webhookDeliveries(status: DEAD, subscriptionId: $s) { totalCount
         nodes { databaseId eventType status attempts lastError lastStatusCode } } }`,
      { s: flakyId },
    );
    expect(dead.errors).toBeUndefined();
    expect(dead.data.webhookDeliveries.totalCount).toBe(1);
    const [node] = dead.data.webhookDeliveries.nodes;
    expect(node).toMatchObject({
      eventType: 'GATE_MET',
      status: 'DEAD',
      attempts: 2,
      lastError: 'HTTP 500',
      lastStatusCode: 500,
    });

    receiver.flaky = false;
    const again = await gql(`mutation($id: Int!) { redeliverWebhook(deliveryId: $id) { status attempts } }`, {
      id: node.databaseId,
    });
    expect(again.data.redeliverWebhook).toEqual({ status: 'PENDING', attempts: 0 });
    await runWebhooks(api.orm, WORKER);
    const [row] = await sql(`select status, attempts from webhook_delivery where id = ?`, [node.databaseId]);
    expect(row).toEqual({ status: 'DELIVERED', attempts: 1 });
    await drain();
  });

  it('the receiver detects a forged signature', async () => {
    const body = JSON.stringify({ id: 'forged', type: 'VERDICT', data: {} });
    const res = await fetch(`http://127.0.0.1:${receiver.port}/hook`, {
      method: 'POST',
      headers: {
        'idempotency-key': 'forged',
        'talentloop-signature': signPayload('whsec_not-the-secret', body, Math.floor(Date.now() / 1000)),
      },
      body,
    });
    expect(res.status).toBe(400);
    expect(receiver.badSignatures).toBe(1);
    expect(receiver.events.has('forged')).toBe(false);
  });

  it('a completion recorded through GraphQL arrives as COURSE_COMPLETED', async () => {
    const open = await api.orm.em
      .fork()
      .findOneOrFail(Enrollment, { employee: fx.employees.e1.id, status: EnrollmentStatus.ENROLLED });
    const res = await gql(
      `mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) { status } }`,
      {
        input: {
          enrollmentId: toGlobalId('Enrollment', open.id),
          hours: 16,
          examScore: 90,
          completedOn: '2026-12-01',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.recordCompletion.status).toBe('COMPLETED');
    await drain();
    const completed = [...receiver.events.values()].filter(
      (e) => e.type === 'COURSE_COMPLETED' && e.data.enrollmentId === open.id,
    );
    expect(completed).toHaveLength(1);
    expect(completed[0].data).toMatchObject({
      employeeId: fx.employees.e1.id,
      completedOn: '2026-12-01',
      examScore: 90,
    });
  });

  it('a disabled subscription gets no new deliveries', async () => {
    const res = await gql(`mutation($id: Int!) { disableWebhookSubscription(id: $id) { active } }`, {
      id: subscriptionId,
    });
    expect(res.data.disableWebhookSubscription.active).toBe(false);
    const [{ n: before }] = await sql(
      `select count(*)::int as n from webhook_delivery where subscription_id = ?`,
      [subscriptionId],
    );
    await publishWave();
    await runWebhooks(api.orm, WORKER);
    const [{ n: after }] = await sql(
      `select count(*)::int as n from webhook_delivery where subscription_id = ?`,
      [subscriptionId],
    );
    expect(after).toBe(before);
  });
});

describe('signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"e1","type":"VERDICT","data":{}}';
  const now = 1_800_000_000;

  it('verify the body and timestamp; a tampered body, a wrong secret or an old timestamp is detected', () => {
    const header = signPayload(secret, body, now);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, body, header, { now })).toBe('OK');
    expect(verifySignature(secret, body.replace('VERDICT', 'GATE_MET'), header, { now })).toBe('MISMATCH');
    expect(verifySignature('whsec_other', body, header, { now })).toBe('MISMATCH');
    expect(verifySignature(secret, body, header.replace('t=1800000000', 't=1800000001'), { now })).toBe(
      'MISMATCH',
    );
    expect(verifySignature(secret, body, header, { now: now + 301 })).toBe('EXPIRED');
    expect(verifySignature(secret, body, 'garbage', { now })).toBe('MALFORMED');
    expect(verifySignature(secret, body, undefined, { now })).toBe('MALFORMED');
  });
});
