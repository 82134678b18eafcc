import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { WebhookEvent } from '@talentloop/db/entities';

/**
 * The domain events an outside system can subscribe to (docs/api.md "Webhooks"). Each is
 * published into webhook_event in the transaction of the change that caused it, from the one
 * place every such change already passes through: the audit log (recordAudit) for facts the
 * services record, and the workflow outbox (emitEvent) for facts that start the workflow.
 */
export enum WebhookEventType {
  /** An enrollment was completed (passed). data: enrollmentId, employeeId, courseId, completedOn, hours, examScore */
  COURSE_COMPLETED = 'COURSE_COMPLETED',
  /** A training-impact verdict was stored. data: trainingImpactId, enrollmentId, verdict, contributionPct, ruleKey, ruleVersion */
  VERDICT = 'VERDICT',
  /** A person met every gate of a promotion to a position. data: employeeId, targetPositionId, ruleVersion, asOf */
  GATE_MET = 'GATE_MET',
  /** A promotion application was decided. data: applicationId, employeeId, targetPositionId, decision, decidedAt */
  PROMOTION_DECIDED = 'PROMOTION_DECIDED',
  /** An award campaign was published (awards and success stories written). data: campaignId, winners (employee ids) */
  AWARD_PUBLISHED = 'AWARD_PUBLISHED',
  /** A KPI feed batch was recorded. data: rows, kpiCodes, months, employees, productionLines */
  KPI_BATCH_PROCESSED = 'KPI_BATCH_PROCESSED',
}

export const WEBHOOK_EVENT_TYPES = Object.values(WebhookEventType);

type Data = Record<string, unknown>;
type Draft = { type: WebhookEventType; data: Data };

const idOf = (v: unknown): unknown =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v;

/** Audit actions that are public events, and the event's data drawn from the audit row. */
const FROM_AUDIT: Record<string, (entityId: string | null, after: Data) => Draft | null> = {
  'trainingImpact.evaluate': (id, a) => ({
    type: WebhookEventType.VERDICT,
    data: {
      trainingImpactId: Number(id),
      enrollmentId: a.enrollmentId,
      verdict: a.verdict,
      contributionPct: a.contributionPct ?? null,
      ruleKey: a.ruleKey,
      ruleVersion: a.ruleVersion,
    },
  }),
  'promotion.eligible': (id, a) => ({
    type: WebhookEventType.GATE_MET,
    data: {
      employeeId: Number(id),
      targetPositionId: a.targetPositionId,
      ruleVersion: a.ruleVersion,
      asOf: a.asOf,
    },
  }),
  'awardCampaign.publish': (id, a) => ({
    type: WebhookEventType.AWARD_PUBLISHED,
    data: { campaignId: Number(id), winners: a.winners ?? [] },
  }),
  'promotionApplication.decide': (id, a) => ({
    type: WebhookEventType.PROMOTION_DECIDED,
    data: {
      applicationId: Number(id),
      employeeId: idOf(a.employee),
      targetPositionId: idOf(a.targetPosition),
      decision: a.decision,
      decidedAt: a.decidedAt,
    },
  }),
};

/**
 * The public event an audit row stands for, if any. The payload is whitelisted per type (an
 * audit image may carry a whole frozen report; a receiver gets ids and codes).
 */
export function webhookEventFromAudit(
  action: string,
  entityId: string | null,
  after: Data | null,
): Draft | null {
  const map = FROM_AUDIT[action];
  return map ? map(entityId, after ?? {}) : null;
}

/** The public event an outbox event stands for, if any (ENROLLMENT_COMPLETED, KPI_BATCH_RECORDED). */
export function webhookEventFromOutbox(type: string, payload: Data): Draft | null {
  if (type === 'ENROLLMENT_COMPLETED' && payload.status === 'COMPLETED') {
    const { enrollmentId, employeeId, courseId, completedOn, hours, examScore } = payload;
    return {
      type: WebhookEventType.COURSE_COMPLETED,
      data: { enrollmentId, employeeId, courseId, completedOn, hours, examScore },
    };
  }
  if (type === 'KPI_BATCH_RECORDED') {
    const rows = Array.isArray(payload.rows) ? (payload.rows as Data[]) : [];
    const distinct = (key: string) =>
      [...new Set(rows.map((r) => r[key]).filter((v) => v != null))].sort() as unknown[];
    return {
      type: WebhookEventType.KPI_BATCH_PROCESSED,
      data: {
        rows: rows.length,
        kpiCodes: distinct('kpiCode'),
        months: distinct('month'),
        employees: distinct('employeeId').length,
        productionLines: distinct('productionLine'),
      },
    };
  }
  return null;
}

/** Queues a public event on the em (flushed with the caller's transaction). Returns its id. */
export function publishWebhookEvent(em: EntityManager, draft: Draft): string {
  const id = randomUUID();
  em.persist(em.create(WebhookEvent, { id, type: draft.type, payload: draft.data, occurredAt: new Date() }));
  return id;
}

/** Writes a public event now, in the em's transaction (for callers that write with SQL). */
export async function insertWebhookEvent(em: EntityManager, draft: Draft): Promise<string> {
  const id = randomUUID();
  await em
    .getConnection()
    .execute(
      'insert into webhook_event (id, type, payload) values (?, ?, ?)',
      [id, draft.type, JSON.stringify(draft.data)],
      'run',
      em.getTransactionContext(),
    );
  return id;
}
