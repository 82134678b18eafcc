import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import { setAuditActor, systemActor } from '../audit/audit.service';
import { ensureDefaultRules } from '../rules/rule-store.service';
import { startOutboxWorker, type OutboxOptions } from './outbox.processor';

/**
 * Starts the linkage workflow next to the API: stores the article's default rules where none
 * exist yet (idempotent, safe on every start and on every instance), then polls the outbox.
 * Returns a function that stops the worker.
 */
export async function startWorkflow(
  orm: MikroORM,
  options: OutboxOptions & { intervalMs?: number } = {},
): Promise<() => Promise<void>> {
  try {
    const em = orm.em.fork();
    setAuditActor(em, systemActor('startup'));
    await em.transactional((tx) => ensureDefaultRules(tx));
  } catch (error) {
    // Another instance stored them first: the defaults exist, which is all we need.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  return startOutboxWorker(orm, options);
}
