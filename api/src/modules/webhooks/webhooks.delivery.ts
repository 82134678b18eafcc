import type { MikroORM } from '@mikro-orm/core';
import { loadSettings, type Config } from '@talentloop/db/config';
import { decryptPii } from '@talentloop/db/pii-crypto';
import type { Logger } from 'pino';
import { signPayload, SIGNATURE_HEADER } from './webhooks.signature';
import { checkWebhookUrl } from './webhooks.url';

/**
 * The webhook worker (runs in the outbox worker process, api/src/modules/workflow/outbox.worker.ts).
 * Two steps, each safe with any number of workers on one database:
 *
 * 1. fan-out: claims public events not fanned out yet (FOR UPDATE SKIP LOCKED) and inserts one
 *    delivery per matching active subscription (unique (subscription, event): idempotent);
 * 2. delivery: claims due deliveries by pushing their next_attempt_at one lease ahead in the
 *    same statement (so a crashed worker's claim simply expires and another retries it), POSTs
 *    them, and records DELIVERED, or RETRYING with exponential back-off and jitter, or DEAD
 *    after the last attempt.
 *
 * At-least-once: a receiver may see an event twice (a lost 2xx, an expired lease) and
 * deduplicates on the Idempotency-Key header, which is the event id.
 */

export interface WebhookWorkerOptions {
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  timeoutMs: number;
  /** Deliver to private/loopback targets (development, tests, WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** Deliveries claimed per round (sent concurrently). */
  batchSize?: number;
  logger?: Pick<Logger, 'warn' | 'info'>;
  /** Jitter source in [0, 1); tests may fix it. */
  random?: () => number;
  signal?: AbortSignal;
}

export interface WebhookRun {
  fannedOut: number;
  delivered: number;
  failed: number;
  dead: number;
}

type Sql = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

function sqlOf(orm: MikroORM): Sql {
  const connection = orm.em.getConnection();
  return (sql, params = []) => connection.execute(sql, params) as Promise<Record<string, unknown>[]>;
}

/** Fans out up to `limit` pending public events; returns how many events were fanned out. */
export async function fanOutWebhookEvents(orm: MikroORM, limit = 200): Promise<number> {
  const rows = await sqlOf(orm)(
    `with claimed as (
       select id, type from webhook_event where fanned_out_at is null
        order by occurred_at, id limit ? for update skip locked
     ), deliveries as (
       insert into webhook_delivery (subscription_id, event_id, status, next_attempt_at)
       select s.id, c.id, 'PENDING', now() from claimed c
         join webhook_subscription s on s.active and c.type = any(s.event_types)
       on conflict (subscription_id, event_id) do nothing
     )
     update webhook_event e set fanned_out_at = now() from claimed c where e.id = c.id returning e.id`,
    [limit],
  );
  return rows.length;
}

/** Delay before attempt n+1 after n failed attempts: base·2^(n-1), capped, "equal jitter". */
export function backoffMs(attempts: number, options: WebhookWorkerOptions): number {
  const capped = Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(capped / 2 + (options.random ?? Math.random)() * (capped / 2));
}

interface Claimed {
  id: number;
  attempts: number;
  url: string;
  secret: string;
  eventId: string;
  body: string;
}

async function claimDue(orm: MikroORM, options: WebhookWorkerOptions, dueBy: Date): Promise<Claimed[]> {
  const leaseSeconds = options.timeoutMs / 1000 + 30;
  const rows = await sqlOf(orm)(
    `with due as (
       select d.id from webhook_delivery d
         join webhook_subscription s on s.id = d.subscription_id and s.active
        where d.status in ('PENDING', 'RETRYING') and d.next_attempt_at <= ?
        order by d.next_attempt_at, d.id limit ? for update of d skip locked
     )
     update webhook_delivery d
        set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
       from due, webhook_subscription s, webhook_event e
      where d.id = due.id and s.id = d.subscription_id and e.id = d.event_id
     returning d.id, d.attempts, s.url, s.secret_cipher, e.id as event_id, e.type, e.payload, e.occurred_at`,
    [dueBy, options.batchSize ?? 10, leaseSeconds],
  );
  return rows.map((r) => {
    const payload = typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload;
    const occurredAt = new Date(r.occurred_at as string | Date).toISOString();
    return {
      id: Number(r.id),
      attempts: Number(r.attempts),
      url: String(r.url),
      secret: decryptPii(String(r.secret_cipher)),
      eventId: String(r.event_id),
      body: JSON.stringify({ id: r.event_id, type: r.type, occurredAt, data: payload }),
    };
  });
}

/** One POST. Resolves to the HTTP status, or throws (network error, timeout, refused target). */
async function post(d: Claimed, options: WebhookWorkerOptions): Promise<number> {
  const problem = await checkWebhookUrl(d.url, options.allowPrivate);
  if (problem) throw new Error(`target refused: ${problem}`);
  const response = await fetch(d.url, {
    method: 'POST',
    // Redirects are not followed: a 3xx could point the worker at an internal address.
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: {
      'content-type': 'application/json',
      'user-agent': 'TalentLoop-Webhooks/1',
      'idempotency-key': d.eventId,
      'talentloop-event-id': d.eventId,
      'talentloop-delivery-attempt': String(d.attempts),
      [SIGNATURE_HEADER]: signPayload(d.secret, d.body, Math.floor(Date.now() / 1000)),
    },
    body: d.body,
  });
  // The body is not needed; reading it frees the socket.
  await response.arrayBuffer().catch(() => undefined);
  return response.status;
}

async function attempt(orm: MikroORM, d: Claimed, options: WebhookWorkerOptions, run: WebhookRun) {
  const sql = sqlOf(orm);
  let status: number | null = null;
  let error: string;
  try {
    status = await post(d, options);
    if (status >= 200 && status < 300) {
      await sql(
        `update webhook_delivery set status = 'DELIVERED', delivered_at = now(), last_status_code = ?,
           last_error = null where id = ?`,
        [status, d.id],
      );
      run.delivered++;
      return;
    }
    error = `HTTP ${status}`;
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    error = `${e instanceof Error ? e.message : String(e)}${cause ? ` (${cause})` : ''}`.slice(0, 1000);
  }
  const dead = d.attempts >= options.maxAttempts;
  await sql(
    `update webhook_delivery set status = ?, last_error = ?, last_status_code = ?,
       next_attempt_at = now() + make_interval(secs => ?) where id = ?`,
    [dead ? 'DEAD' : 'RETRYING', error, status, dead ? 0 : backoffMs(d.attempts, options) / 1000, d.id],
  );
  if (dead) run.dead++;
  else run.failed++;
  options.logger?.warn({ deliveryId: d.id, attempts: d.attempts, error }, 'webhook delivery failed');
}

/** One pass: fan out, then deliver what is due until nothing is (or `signal` aborts). */
export async function runWebhooks(orm: MikroORM, options: WebhookWorkerOptions): Promise<WebhookRun> {
  const run: WebhookRun = { fannedOut: 0, delivered: 0, failed: 0, dead: 0 };
  for (let n = await fanOutWebhookEvents(orm); n > 0; n = await fanOutWebhookEvents(orm)) run.fannedOut += n;
  // Only what was due when the run began: a delivery that fails now is retried by a later
  // run, after its back-off, not again and again within this one.
  const [{ now }] = (await sqlOf(orm)('select now() as now')) as [{ now: Date }];
  while (!options.signal?.aborted) {
    const batch = await claimDue(orm, options, new Date(now));
    if (batch.length === 0) break;
    await Promise.all(batch.map((d) => attempt(orm, d, options, run)));
  }
  return run;
}

/** Polls in the background; returns a function that stops it (after the batch in hand). */
export function startWebhookWorker(
  orm: MikroORM,
  options: WebhookWorkerOptions & { intervalMs?: number },
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const abort = new AbortController();
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = runWebhooks(orm, { ...options, signal: abort.signal })
      .catch((err) => options.logger?.warn({ err: String(err) }, 'webhook run failed'))
      .finally(() => (running = null));
  }, options.intervalMs ?? 1000);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    abort.abort();
    await running;
  };
}

const WEBHOOK_SETTINGS = [
  'WEBHOOK_ALLOW_PRIVATE',
  'WEBHOOK_MAX_ATTEMPTS',
  'WEBHOOK_BACKOFF_BASE_MS',
  'WEBHOOK_BACKOFF_MAX_MS',
  'WEBHOOK_TIMEOUT_MS',
] as const;
type WebhookSettings = Pick<Config, (typeof WEBHOOK_SETTINGS)[number]>;

/**
 * The worker's settings from the configuration (db/src/config.ts, WEBHOOK_*); a partial
 * configuration (an embedding's ApiConfig) takes the configuration's own defaults for the rest.
 */
export function webhookOptionsFrom(
  config: Pick<Config, 'NODE_ENV'> & Partial<WebhookSettings>,
): WebhookWorkerOptions {
  const defined = Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined));
  const settings: WebhookSettings = { ...loadSettings([...WEBHOOK_SETTINGS], {}), ...defined };
  return {
    maxAttempts: settings.WEBHOOK_MAX_ATTEMPTS,
    backoffBaseMs: settings.WEBHOOK_BACKOFF_BASE_MS,
    backoffMaxMs: settings.WEBHOOK_BACKOFF_MAX_MS,
    timeoutMs: settings.WEBHOOK_TIMEOUT_MS,
    allowPrivate: config.NODE_ENV !== 'production' || settings.WEBHOOK_ALLOW_PRIVATE,
  };
}
