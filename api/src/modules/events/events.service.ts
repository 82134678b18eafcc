import type { EntityManager } from '@mikro-orm/core';
import { DomainEvent } from '@talentloop/db/entities';
import { insertWebhookEvent, webhookEventFromOutbox } from '../webhooks/webhooks.events';

/**
 * Domain event types written to the transactional outbox (table domain_event). The rules
 * helper's workflow (api/src/modules/workflow/) consumes them; payloads are plain JSON with
 * database ids (numbers), never ORM objects.
 */
export const EventType = {
  /** payload: { enrollmentId, employeeId, courseId, status: 'COMPLETED'|'FAILED', completedOn, hours, examScore, practiceScore } */
  ENROLLMENT_COMPLETED: 'ENROLLMENT_COMPLETED',
  /** payload: { enrollmentId, employeeId, courseId, sessionId, voluntary } */
  ENROLLMENT_CREATED: 'ENROLLMENT_CREATED',
  /** payload: { caseId, employeeId, courseId, enrollmentId, managerId } */
  PRACTICE_CASE_SUBMITTED: 'PRACTICE_CASE_SUBMITTED',
  /** payload: { caseId, employeeId, courseId, enrollmentId, decision: 'APPROVED'|'REJECTED', score, reviewerEmployeeId } */
  PRACTICE_CASE_REVIEWED: 'PRACTICE_CASE_REVIEWED',
  /** payload: { caseId, employeeId, courseId } */
  PRACTICE_CASE_ADOPTED: 'PRACTICE_CASE_ADOPTED',
  /** payload: { citationId, caseId, employeeId, departmentId } */
  PRACTICE_CASE_CITED: 'PRACTICE_CASE_CITED',
  /** payload: { observationId, kpiId, kpiCode, employeeId|null, productionLine|null, month: 'YYYY-MM-01', value, sourceSystem } */
  KPI_RECORDED: 'KPI_RECORDED',
  /** One KPI feed batch. payload: { rows: [KPI_RECORDED's payload + previousValue, …] } */
  KPI_BATCH_RECORDED: 'KPI_BATCH_RECORDED',
  /** payload: { reviewId, employeeId, period, finalScore, rating } */
  PERFORMANCE_REVIEWED: 'PERFORMANCE_REVIEWED',
  /** payload: { feedbackId, employeeId, fromEmployeeId, period, score } */
  PEER_FEEDBACK_GIVEN: 'PEER_FEEDBACK_GIVEN',
  /** payload: { courseId } / { sessionId, courseId, lecturerId } */
  COURSE_CREATED: 'COURSE_CREATED',
  COURSE_SESSION_CREATED: 'COURSE_SESSION_CREATED',
} as const;

export type EventTypeName = (typeof EventType)[keyof typeof EventType] | (string & {});

export interface EmitOptions {
  /** The changed aggregate; defaults from the payload (first of caseId, enrollmentId, … found). */
  aggregateType?: string;
  aggregateId?: number;
  /**
   * Same key → the event is recorded once (INSERT … ON CONFLICT DO NOTHING). Defaults to
   * type + aggregate, i.e. "this fact about this row"; pass a finer key for facts that may
   * legitimately repeat (a corrected KPI value).
   */
  idempotencyKey?: string;
}

const AGGREGATE_KEYS: [string, string][] = [
  ['observationId', 'KpiObservation'],
  ['citationId', 'KnowledgeCitation'],
  ['caseId', 'PracticeCase'],
  ['feedbackId', 'PeerFeedback'],
  ['reviewId', 'PerformanceReview'],
  ['enrollmentId', 'Enrollment'],
  ['sessionId', 'CourseSession'],
  ['courseId', 'Course'],
  ['employeeId', 'Employee'],
];

/**
 * Writes one outbox row in the caller's transaction (pass the transactional `em`): the event
 * exists if and only if the change that caused it commits. Returns true when a new row was
 * written, false when the idempotency key was already present.
 */
export async function emitEvent(
  em: EntityManager,
  type: EventTypeName,
  payload: Record<string, unknown>,
  options: EmitOptions = {},
): Promise<boolean> {
  let { aggregateType, aggregateId } = options;
  if (aggregateType === undefined || aggregateId === undefined) {
    const found = AGGREGATE_KEYS.find(([key]) => typeof payload[key] === 'number');
    if (!found) throw new Error(`emitEvent(${type}): cannot infer the aggregate from the payload`);
    aggregateType ??= found[1];
    aggregateId ??= payload[found[0]] as number;
  }
  const idempotencyKey = options.idempotencyKey ?? `${type}:${aggregateType}:${aggregateId}`;
  const qb = (em as unknown as import('@mikro-orm/postgresql').EntityManager)
    .createQueryBuilder(DomainEvent)
    .insert({ type, payload, aggregateType, aggregateId, idempotencyKey })
    .onConflict('idempotency_key')
    .ignore();
  const result = await qb.execute('run');
  const written = (result as { affectedRows?: number }).affectedRows !== 0;
  // A fact outside systems subscribe to (course completed, KPI batch) is published with it,
  // once: a re-emitted event (same key) wrote nothing and publishes nothing.
  const publicEvent = written ? webhookEventFromOutbox(type, payload) : null;
  if (publicEvent) await insertWebhookEvent(em, publicEvent);
  return written;
}

export interface EventDraft {
  type: EventTypeName;
  payload: Record<string, unknown>;
  aggregateType: string;
  aggregateId: number;
  idempotencyKey: string;
}

/**
 * Many outbox rows in one statement (batch feeds: one KPI_RECORDED per accepted row would
 * otherwise cost a statement per row). Same transaction and idempotency rules as emitEvent,
 * but publishes no webhook events: use emitEvent for the types in webhookEventFromOutbox.
 */
export async function emitEvents(em: EntityManager, events: EventDraft[]): Promise<number> {
  if (events.length === 0) return 0;
  const result = await (em as unknown as import('@mikro-orm/postgresql').EntityManager)
    .createQueryBuilder(DomainEvent)
    .insert(events.map((e) => ({ ...e })))
    .onConflict('idempotency_key')
    .ignore()
    .execute('run');
  return (result as { affectedRows?: number }).affectedRows ?? events.length;
}
