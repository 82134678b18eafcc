import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { DomainEvent } from '@talentloop/db/entities';
import type { Logger } from 'pino';
import { recordAudit, setAuditActor, systemActor } from '../audit/audit.service';
import { handlers } from './workflow.handlers';

// The outbox worker. Events are claimed in batches (FOR UPDATE SKIP LOCKED, so any number of
// worker processes share the queue without double work) and a batch is handled in one
// transaction together with marking its events processed: a crash rolls the batch back and it
// is picked up again; effects and "processed" can never disagree. When a batch fails, its
// events are retried one per transaction, so only the failing event backs off (exponentially).

export interface OutboxOptions {
  now?: () => Date;
  /** Stop after this many events (default: until the queue is drained). */
  limit?: number;
  maxAttempts?: number;
  logger?: Pick<Logger, 'warn' | 'info'>;
  /** Stop between two batches once aborted (each batch is its own transaction, so this is safe). */
  signal?: AbortSignal;
  /** Events claimed per transaction (default 50). */
  batchSize?: number;
}

export interface OutboxRun {
  processed: number;
  failed: number;
}

// Availability is judged by the database clock (the same clock that stamped available_at), so
// instances with skewed clocks — or a test clock — agree on what is due.
async function claimBatch(em: EntityManager, size: number): Promise<DomainEvent[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>(
      'select id from domain_event where processed_at is null and available_at <= now() order by id limit ? for update skip locked',
      [size],
      'all',
      em.getTransactionContext(),
    );
  if (rows.length === 0) return [];
  return em.find(
    DomainEvent,
    { id: { $in: rows.map((r: { id: number }) => Number(r.id)) } },
    { orderBy: { id: 'asc' } },
  );
}

/** Handles due events, a batch per transaction, until the queue is drained (or `limit`). */
export async function processOutbox(orm: MikroORM, options: OutboxOptions = {}): Promise<OutboxRun> {
  const clock = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 5;
  const batchSize = options.batchSize ?? 50;
  const run: OutboxRun = { processed: 0, failed: 0 };
  const failedIds = new Set<number>();
  // After a failed batch, this many events go one per transaction to isolate the culprit.
  let singles = 0;
  while (!options.signal?.aborted && (options.limit == null || run.processed + run.failed < options.limit)) {
    const left = options.limit == null ? Infinity : options.limit - run.processed - run.failed;
    const size = Math.min(singles > 0 ? 1 : batchSize, left);
    const now = clock();
    let claimed: number[] = [];
    try {
      const em = orm.em.fork();
      // Every audit row of this job, the handlers' own included, reads system:outbox.
      setAuditActor(em, systemActor('outbox'));
      const handled = await em.transactional(async (tx) => {
        // An event that failed in this run is not retried in it (it backs off in the table).
        const events = (await claimBatch(tx, size)).filter((e) => !failedIds.has(e.id));
        claimed = events.map((e) => e.id);
        for (const event of events) await handleEvent(tx, event, now);
        return claimed;
      });
      if (handled.length === 0) break;
      run.processed += handled.length;
      if (singles > 0) singles = Math.max(0, singles - handled.length);
      options.logger?.info({ events: handled }, 'outbox batch processed');
    } catch (error) {
      if (claimed.length === 0) throw error;
      if (claimed.length > 1) {
        singles = claimed.length;
        continue;
      }
      const id = claimed[0]!;
      if (singles > 0) singles--;
      run.failed++;
      failedIds.add(id);
      await recordFailure(orm, id, error, maxAttempts);
      options.logger?.warn({ eventId: id, err: String(error) }, 'outbox event failed');
    }
  }
  return run;
}

async function handleEvent(tx: EntityManager, event: DomainEvent, now: Date): Promise<void> {
  const handler = handlers[event.type];
  const effects = handler
    ? await handler({ em: tx, now, asOf: now.toISOString().slice(0, 10) }, event.payload)
    : [];
  event.processedAt = now;
  event.lastError = null;
  // Steps that changed nothing (e.g. a replayed event) leave no audit noise.
  if (effects.length > 0)
    recordAudit(tx, null, `event.${event.type}`, 'DomainEvent', event.id, null, {
      eventId: event.id,
      effects,
    });
}

async function recordFailure(orm: MikroORM, id: number, error: unknown, maxAttempts: number) {
  const message = error instanceof Error ? error.message.slice(0, 2000) : String(error);
  // Exponential back-off (2, 4, 8 … s); after maxAttempts the event parks for a day for someone to look at.
  await orm.em
    .fork()
    .getConnection()
    .execute(
      `update domain_event set attempts = attempts + 1, last_error = ?,
         available_at = now() + case when attempts + 1 >= ? then interval '1 day'
                                     else make_interval(secs => power(2, attempts + 1)) end
       where id = ?`,
      [message, maxAttempts, id],
    );
}

/** Marks every event unprocessed again, so the next run replays the whole history. */
export async function resetOutbox(orm: MikroORM): Promise<number> {
  return orm.em.fork().nativeUpdate(DomainEvent, {}, { processedAt: null, attempts: 0, lastError: null });
}

/** Polls the outbox in the background; returns a function that stops it. */
export function startOutboxWorker(
  orm: MikroORM,
  options: OutboxOptions & { intervalMs?: number } = {},
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  // Stopping must not wait for a long backlog (e.g. right after an import) to drain: the run
  // ends after the event in hand, and the rest stays queued for the next start.
  const abort = new AbortController();
  const timer = setInterval(() => {
    // One run at a time per process; a tick that finds a run in progress is skipped.
    if (running || stopped) return;
    running = processOutbox(orm, { ...options, signal: abort.signal })
      .catch((err) => options.logger?.warn({ err: String(err) }, 'outbox run failed'))
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
