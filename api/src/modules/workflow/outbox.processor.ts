import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { DomainEvent } from '@talentloop/db/entities';
import type { Logger } from 'pino';
import { recordAudit, setAuditActor, systemActor } from '../audit/audit.service';
import { handlers } from './workflow.handlers';

// The outbox worker. Each event is handled in its own transaction together with marking it
// processed, so a crash mid-queue rolls that event back and it is picked up again; effects and
// "processed" can never disagree. Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of
// API instances can run the worker side by side. Failures back off exponentially.

export interface OutboxOptions {
  now?: () => Date;
  /** Stop after this many events (default: until the queue is drained). */
  limit?: number;
  maxAttempts?: number;
  logger?: Pick<Logger, 'warn' | 'info'>;
  /** Stop between two events once aborted (each event is its own transaction, so this is safe). */
  signal?: AbortSignal;
}

export interface OutboxRun {
  processed: number;
  failed: number;
}

// Availability is judged by the database clock (the same clock that stamped available_at), so
// instances with skewed clocks — or a test clock — agree on what is due.
async function claimNext(em: EntityManager): Promise<DomainEvent | null> {
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>(
      'select id from domain_event where processed_at is null and available_at <= now() order by id limit 1 for update skip locked',
      [],
      'all',
      em.getTransactionContext(),
    );
  const id = rows[0]?.id;
  return id == null ? null : em.findOneOrFail(DomainEvent, Number(id));
}

/** Handles due events one transaction at a time until the queue is drained (or `limit`). */
export async function processOutbox(orm: MikroORM, options: OutboxOptions = {}): Promise<OutboxRun> {
  const clock = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 5;
  const run: OutboxRun = { processed: 0, failed: 0 };
  const failedIds = new Set<number>();
  while (!options.signal?.aborted && (options.limit == null || run.processed + run.failed < options.limit)) {
    const now = clock();
    let claimedId: number | null = null;
    try {
      const em = orm.em.fork();
      // Every audit row of this job, the handlers' own included, reads system:outbox.
      setAuditActor(em, systemActor('outbox'));
      const handled = await em.transactional(async (tx) => {
        const event = await claimNext(tx);
        if (!event || failedIds.has(event.id)) return false;
        claimedId = event.id;
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
        return true;
      });
      if (!handled) break;
      run.processed++;
    } catch (error) {
      if (claimedId == null) throw error;
      run.failed++;
      failedIds.add(claimedId);
      await recordFailure(orm, claimedId, error, maxAttempts);
      options.logger?.warn({ eventId: claimedId, err: String(error) }, 'outbox event failed');
    }
  }
  return run;
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
