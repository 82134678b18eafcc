import type { EntityManager } from '@mikro-orm/core';
import { wrap } from '@mikro-orm/core';
import { AppUser, AuditLog } from '@talentloop/db/entities';
import type { Viewer } from '../../auth/viewer';
import { publishWebhookEvent, webhookEventFromAudit } from '../webhooks/webhooks.events';

/** A JSON image of an entity's own columns (relations as ids) for before/after in the audit log. */
export function snapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) return null;
  return JSON.parse(JSON.stringify(wrap(entity).toPOJO())) as Record<string, unknown>;
}

/**
 * Who an audit row is attributed to: a login (`user:<id>`) or one of the system's own jobs
 * (`system:<job>`, e.g. system:outbox). Never empty: audit_log.actor_label is NOT NULL.
 */
export interface AuditActor {
  userId: number | null;
  label: string;
}

export function userActor(viewer: Pick<Viewer, 'userId'>): AuditActor {
  return { userId: viewer.userId, label: `user:${viewer.userId}` };
}

export function systemActor(job: string): AuditActor {
  return { userId: null, label: `system:${job}` };
}

/**
 * The actor is kept in the EntityManager's filter-parameter bag (not a filter: only a name no
 * filter uses). MikroORM copies that bag into every fork, transactional ones included, so a
 * service deep inside a request's transaction attributes its rows without threading the viewer
 * through every call — e.g. evaluateDueImpacts' verdicts belong to the HR user who ran it.
 */
const AUDIT_ACTOR = 'talentloop:auditActor';

export function setAuditActor(em: EntityManager, actor: AuditActor | null): void {
  em.setFilterParams(AUDIT_ACTOR, { actor });
}

/** Rows written with no viewer and no actor on the em: a job that did not name itself. */
const UNNAMED_JOB = systemActor('job');

function actorFor(em: EntityManager, viewer: Viewer | null): AuditActor {
  if (viewer) return userActor(viewer);
  return em.getFilterParams<{ actor: AuditActor | null }>(AUDIT_ACTOR)?.actor ?? UNNAMED_JOB;
}

/**
 * Records who changed what. Call inside the mutation's transaction with the transactional em:
 * the row is flushed with the change, so there is no change without its audit entry. `viewer`
 * null → the actor set on the em (the request's login, or the job's system:<name>).
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
  const actor = actorFor(em, viewer);
  const entry = em.create(AuditLog, {
    actor: actor.userId === null ? null : em.getReference(AppUser, actor.userId),
    actorLabel: actor.label,
    action,
    entityType,
    entityId: entityId === null ? null : String(entityId),
    before,
    after,
    at: new Date(),
  });
  em.persist(entry);
  // Facts outside systems subscribe to (a verdict, a gate met, a decision, a publication) are
  // audited exactly once, in the change's transaction: the audit row is where they become public.
  const publicEvent = webhookEventFromAudit(action, entry.entityId ?? null, after);
  if (publicEvent) publishWebhookEvent(em, publicEvent);
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
