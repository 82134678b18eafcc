import type { EntityManager } from '@mikro-orm/core';
import { wrap } from '@mikro-orm/core';
import { AppUser, AuditLog } from '@talentloop/db/entities';
import type { Viewer } from '../../auth/viewer';

/** A JSON image of an entity's own columns (relations as ids) for before/after in the audit log. */
export function snapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) return null;
  return JSON.parse(JSON.stringify(wrap(entity).toPOJO())) as Record<string, unknown>;
}

/**
 * Records who changed what. Call inside the mutation's transaction with the transactional em:
 * the row is flushed with the change, so there is no change without its audit entry.
 */
export function recordAudit(
  em: EntityManager,
  viewer: Viewer | null,
  action: string,
  entityType: string,
  entityId: number | string | null,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditLog {
  const entry = em.create(AuditLog, {
    actor: viewer ? em.getReference(AppUser, viewer.userId) : null,
    action,
    entityType,
    entityId: entityId === null ? null : String(entityId),
    before,
    after,
    at: new Date(),
  });
  em.persist(entry);
  return entry;
}

/**
 * The one write path of every mutation: runs `work` in a transaction on a fork of the request's
 * em (row scope preserved), flushes, and lets `work` record its audit entries and outbox events
 * against the same transaction.
 */
export async function inTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const result = await work(tx);
    await tx.flush();
    return result;
  });
}
