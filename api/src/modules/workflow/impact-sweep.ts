import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { setAuditActor, systemActor } from '../audit/audit.service';
import { evaluateAllDueImpacts } from '../rules/impact.service';

/**
 * An enrollment becomes due for its training-impact verdict by the calendar — the KPI window
 * after completion closes (article §二.2: judged three months on) — not by an event the outbox
 * could carry. So the outbox worker process of `pnpm start` sweeps: shortly after start and then
 * every `intervalMs`, it evaluates every completed, rule-bound enrollment without a stored verdict
 * (evaluateAllDueImpacts, the same code as HR's evaluateDueImpacts mutation and the KPI
 * handlers), audited as `system:impact-sweep`. Stored verdicts are never re-judged, so a sweep
 * over a settled database stores nothing. Several workers: a transaction-scoped advisory lock
 * per batch keeps two from judging the same batch; the one that finds it held stops its round.
 */
export interface ImpactSweepOptions {
  intervalMs: number;
  /** Delay of the first sweep after start (default 5 s: let the API and Cube come up first). */
  firstDelayMs?: number;
  logger?: Pick<Logger, 'info' | 'warn'>;
  /** The day verdicts are judged as of (default: today, UTC). */
  asOf?: () => string;
}

/** pg_try_advisory_xact_lock key of the sweep ('impact sweep' as two int4). */
const LOCK = [0x696d7061, 0x63747377] as const;

export interface SweepRun {
  ran: boolean;
  evaluated: number;
  stored: number;
  byVerdict: Record<string, number>;
}

/** Enrollments judged per transaction: short transactions, so the API is never held up. */
const BATCH = 50;

/**
 * One sweep: batches of BATCH due enrollments in id order, each its own short transaction (on
 * the embedded database every session shares one connection). `ran: false` when another worker
 * held the sweep's lock at the start of a batch: it is sweeping, this one stops.
 */
export async function sweepDueImpacts(orm: MikroORM, asOf: string): Promise<SweepRun> {
  const total: SweepRun = { ran: true, evaluated: 0, stored: 0, byVerdict: {} };
  let afterId: number | undefined;
  for (;;) {
    const em = orm.em.fork();
    setAuditActor(em, systemActor('impact-sweep'));
    const batch = await em.transactional(async (tx) => {
      const [row] = await tx
        .getConnection()
        .execute<{ locked: boolean }[]>(
          'select pg_try_advisory_xact_lock(?, ?) as locked',
          [...LOCK],
          'all',
          tx.getTransactionContext(),
        );
      if (!row?.locked) return null;
      return evaluateAllDueImpacts(tx, asOf, new Date(), { afterId, limit: BATCH });
    });
    if (!batch) return { ...total, ran: afterId !== undefined };
    total.evaluated += batch.evaluated;
    total.stored += batch.stored;
    for (const [verdict, n] of Object.entries(batch.byVerdict))
      total.byVerdict[verdict] = (total.byVerdict[verdict] ?? 0) + n;
    if (batch.lastId === null) return total;
    afterId = batch.lastId;
  }
}

/** Starts the periodic sweep; the returned function stops it and waits for a running sweep. */
export function startImpactSweep(orm: MikroORM, options: ImpactSweepOptions): () => Promise<void> {
  const asOf = options.asOf ?? (() => new Date().toISOString().slice(0, 10));
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = sweepDueImpacts(orm, asOf())
      .then((run) => {
        if (run.stored > 0) options.logger?.info({ ...run }, 'impact sweep stored verdicts');
      })
      .catch((error: unknown) => options.logger?.warn({ err: error }, 'impact sweep failed'));
  };
  const first = setTimeout(tick, options.firstDelayMs ?? 5_000);
  const timer = setInterval(tick, options.intervalMs);
  first.unref();
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
