import type { EntityManager, MikroORM } from '@mikro-orm/core';
import {
  AuditLog,
  DomainEvent,
  ImprovementPlan,
  Enrollment,
  EnrollmentStatus,
  Notification,
  PerformanceReview,
  PracticeCase,
  PracticeCaseStatus,
  PromotionRule,
  RuleSet,
  Task,
  TaskStatus,
  TrainingImpact,
} from '@talentloop/db/entities';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitEvent, EventType } from '../events/events.service';
import { ensureDefaultRules } from '../rules/rule-store.service';
import { processOutbox, resetOutbox } from './outbox.processor';
import { startWorkflow } from './workflow.start';
import { handlers } from './workflow.handlers';
import { createWorkflowFixture, type WorkflowFixture } from './workflow.fixtures';

// The workflow over a real database, driving the outbox directly (the GraphQL end-to-end test
// drives the same steps through the API's mutations).

let db: TestDatabase;
let orm: MikroORM;
let fx: WorkflowFixture;
const now = () => new Date('2026-06-10T08:00:00Z');
const run = () => processOutbox(orm, { now });

async function write(work: (em: EntityManager) => Promise<void>) {
  await orm.em.fork().transactional(async (em) => {
    await work(em);
    await em.flush();
  });
}

async function complete(em: EntityManager, id: number, examScore: number) {
  const e = await em.findOneOrFail(Enrollment, id);
  Object.assign(e, {
    status: EnrollmentStatus.COMPLETED,
    completedOn: '2026-06-01',
    hours: 12,
    examScore,
    practiceScore: 85,
  });
  await emitEvent(em, EventType.ENROLLMENT_COMPLETED, {
    enrollmentId: id,
    employeeId: fx.employeeId,
    courseId: e.course.id,
    status: 'COMPLETED',
  });
}

async function state() {
  const em = orm.em.fork();
  const rows = async (entity: never, fields: string[]) =>
    (await em.find(entity, {}, { orderBy: { id: 'asc' } } as never)).map((r: Record<string, unknown>) =>
      Object.fromEntries(fields.map((f) => [f, JSON.stringify(r[f])])),
    );
  return {
    tasks: await rows(Task as never, ['id', 'type', 'status', 'assignee', 'subjectId']),
    notifications: await rows(Notification as never, ['id', 'type', 'title', 'recipient']),
    impacts: await rows(TrainingImpact as never, ['id', 'outcome', 'contribution', 'weightAdjustment']),
    enrollments: await rows(Enrollment as never, ['id', 'status', 'attempt']),
    reviews: await rows(PerformanceReview as never, ['id', 'trainingAdjustment', 'finalScore']),
    cases: await rows(PracticeCase as never, ['id', 'status', 'adoptedAt']),
    audit: await em.getConnection().execute('select count(*)::int as n from audit_log'),
    events: await em.count(DomainEvent),
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await initOrm(db.url);
  fx = await createWorkflowFixture(orm.em.fork());
});
afterAll(async () => {
  await orm?.close(true);
  await db?.close();
});

describe('linkage workflow through the outbox', () => {
  it('stores the article defaults once as version 1', async () => {
    const em = orm.em.fork();
    expect(await ensureDefaultRules(em)).toBe(4); // 2 impact rules, 1 award, 初级经理
    expect(await ensureDefaultRules(orm.em.fork())).toBe(0);
    expect(
      (await em.find(RuleSet, {}, { orderBy: { key: 'asc' } })).map((r) => [r.kind, r.key, r.version]),
    ).toEqual([
      ['AWARD', 'award.excellent-employee', 1],
      ['TRAINING_IMPACT', 'impact.lean-production', 1],
      ['TRAINING_IMPACT', 'impact.sales-negotiation', 1],
    ]);
    expect(
      await em.count(PromotionRule, { targetPosition: fx.juniorManagerId, version: 1, active: true }),
    ).toBe(1);
  });

  it('course completion → practice task; the sales course already past its window → EXCELLENT, +5 on 2026-Q2', async () => {
    await write(async (em) => {
      await complete(em, fx.enrollments.teamBasics, 85);
      await complete(em, fx.enrollments.coordination, 90);
      await emitEvent(em, EventType.KPI_RECORDED, {
        observationId: 8606,
        kpiCode: 'SALES_GROWTH',
        employeeId: fx.employeeId,
      });
      // An earlier RETRAIN left a plan open; a retake that now meets the target closes it.
      em.create(ImprovementPlan, {
        employee: fx.employeeId,
        course: fx.courses.negotiation,
        reason: '培训后效果未达标',
        target: 'SALES_GROWTH >= 5',
        openedAt: new Date('2025-10-01T00:00:00Z'),
      } as never);
    });
    expect(await run()).toEqual({ processed: 3, failed: 0 });
    const em = orm.em.fork();
    const tasks = await em.find(Task, { type: 'PRACTICE' as never }, { orderBy: { id: 'asc' } });
    expect(tasks.map((t) => [t.assignee.id, t.subjectId, t.status])).toEqual([
      [fx.employeeId, fx.enrollments.teamBasics, TaskStatus.OPEN],
      [fx.employeeId, fx.enrollments.coordination, TaskStatus.OPEN],
    ]);
    expect(tasks[0]!.title).toBe('实践任务：应用「团队管理基础」解决一个工作问题，并提交实践案例');
    const impact = await em.findOneOrFail(TrainingImpact, { enrollment: fx.enrollments.negotiation });
    expect([
      impact.outcome,
      impact.ruleVersion,
      Number(impact.weightAdjustment),
      Number(impact.contribution),
    ]).toEqual(['EXCELLENT', 1, 0.05, 0.15]);
    const review = await em.findOneOrFail(PerformanceReview, { employee: fx.employeeId, period: '2026-Q2' });
    expect([Number(review.baseScore), Number(review.trainingAdjustment), Number(review.finalScore)]).toEqual([
      80, 5, 85,
    ]);
    expect(await em.count(Notification, { type: 'PROMOTION_ELIGIBLE' })).toBe(0);
    const plan = await em.findOneOrFail(ImprovementPlan, { employee: fx.employeeId });
    expect([plan.status, plan.closedAt?.toISOString()]).toEqual(['CLOSED', now().toISOString()]);
    const steps = await em.find(AuditLog, { action: { $like: 'event.%' } }, { orderBy: { id: 'asc' } });
    expect(steps.map((a) => a.action)).toEqual([
      'event.ENROLLMENT_COMPLETED',
      'event.ENROLLMENT_COMPLETED',
      'event.KPI_RECORDED',
    ]);
    expect(steps[2]!.after).toMatchObject({ effects: ['1 impact(s) stored: EXCELLENT'] });
  });

  it('a submitted case asks the manager; approval notifies the employee of eligibility', async () => {
    let caseId = 0;
    await write(async (em) => {
      const pc = em.create(PracticeCase, {
        employee: fx.employeeId,
        enrollment: fx.enrollments.teamBasics,
        course: fx.courses.teamBasics,
        title: '优化团队沟通流程',
        summary: '项目交付周期缩短了15%',
        submittedAt: new Date('2026-06-05T00:00:00Z'),
      } as never);
      await em.flush();
      caseId = (pc as PracticeCase).id;
      await emitEvent(em, EventType.PRACTICE_CASE_SUBMITTED, { caseId, employeeId: fx.employeeId });
    });
    await run();
    let em = orm.em.fork();
    const review = await em.findOneOrFail(Task, { type: 'REVIEW' as never });
    expect([review.assignee.id, review.subjectId, review.status]).toEqual([
      fx.managerId,
      caseId,
      TaskStatus.OPEN,
    ]);
    const practice = await em.findOneOrFail(Task, {
      type: 'PRACTICE' as never,
      subjectId: fx.enrollments.teamBasics,
    });
    expect(practice.status).toBe(TaskStatus.DONE);

    await write(async (em) => {
      const pc = await em.findOneOrFail(PracticeCase, caseId);
      Object.assign(pc, {
        status: PracticeCaseStatus.APPROVED,
        reviewedAt: new Date('2026-06-08T00:00:00Z'),
        reviewScore: 90,
      });
      await emitEvent(em, EventType.PRACTICE_CASE_REVIEWED, {
        caseId,
        employeeId: fx.employeeId,
        decision: 'APPROVED',
        score: 90,
      });
    });
    await run();
    em = orm.em.fork();
    expect((await em.findOneOrFail(Task, review.id)).status).toBe(TaskStatus.DONE);
    const notes = await em.find(Notification, { recipient: fx.employeeId }, { orderBy: { id: 'asc' } });
    expect(notes.map((n) => n.title)).toEqual([
      '「客户谈判技巧」培训效果优秀：2026-Q2 绩效评分 +5%',
      '你的实践案例「优化团队沟通流程」已通过审核',
      '你已满足晋升初级经理的全部条件',
    ]);
    expect(notes[2]!.data).toMatchObject({
      targetPositionId: fx.juniorManagerId,
      ruleVersion: 1,
      asOf: '2026-06-10',
    });
  });

  it('replaying every event changes nothing', async () => {
    const before = await state();
    expect(await resetOutbox(orm)).toBe(before.events);
    const again = await run();
    expect(again.failed).toBe(0);
    expect(again.processed).toBe(before.events);
    expect(await state()).toEqual(before);
  });

  it('a stopped run ends after the event in hand; the rest waits for the next run', async () => {
    const before = await state();
    expect(await resetOutbox(orm)).toBe(before.events);
    const stop = new AbortController();
    let ticks = 0;
    // One event per transaction here, so the clock is read per event: the second reading is
    // when the worker is told to stop (with batches, the run ends after the batch in hand).
    const stopped = await processOutbox(orm, {
      now: () => (++ticks === 2 && stop.abort(), now()),
      signal: stop.signal,
      batchSize: 1,
    });
    expect(stopped).toEqual({ processed: 2, failed: 0 });
    expect(await run()).toEqual({ processed: before.events - 2, failed: 0 });
    expect(await state()).toEqual(before);
  });

  it('a failing event rolls back, backs off and does not block the queue', async () => {
    await write(async (em) => {
      await emitEvent(
        em,
        EventType.PRACTICE_CASE_SUBMITTED,
        { caseId: 'not-a-number' },
        { aggregateType: 'PracticeCase', aggregateId: 0 },
      );
      await emitEvent(em, EventType.PEER_FEEDBACK_GIVEN, { feedbackId: 1, employeeId: fx.employeeId });
    });
    expect(await run()).toEqual({ processed: 1, failed: 1 });
    const bad = await orm.em.fork().findOneOrFail(DomainEvent, { aggregateId: 0 });
    expect(bad.processedAt).toBeNull();
    expect(bad.attempts).toBe(1);
    expect(bad.lastError).toBeTruthy();
    expect(bad.availableAt.getTime() - bad.createdAt.getTime()).toBeGreaterThanOrEqual(2000);
    expect(await run()).toEqual({ processed: 0, failed: 0 }); // backing off
  });

  it('a crash after a handler made changes rolls them back; the retry applies them once', async () => {
    const real = handlers[EventType.PRACTICE_CASE_SUBMITTED]!;
    // Park the previous test's failing event so its back-off cannot expire mid-test.
    await orm.em
      .fork()
      .nativeUpdate(DomainEvent, { aggregateId: 0 }, { availableAt: new Date('2100-01-01') });
    let caseId = 0;
    await write(async (em) => {
      const pc = em.create(PracticeCase, {
        employee: fx.employeeId,
        enrollment: fx.enrollments.coordination,
        course: fx.courses.coordination,
        title: '跨部门协调案例',
        summary: '协调会议减少一半',
        submittedAt: new Date('2026-06-09T00:00:00Z'),
      } as never);
      await em.flush();
      caseId = (pc as PracticeCase).id;
      await emitEvent(em, EventType.PRACTICE_CASE_SUBMITTED, { caseId, employeeId: fx.employeeId });
    });
    handlers[EventType.PRACTICE_CASE_SUBMITTED] = async (ctx, payload) => {
      await real(ctx, payload);
      await ctx.em.flush(); // the review task is written …
      throw new Error('worker killed'); // … and then the process dies
    };
    try {
      expect(await run()).toEqual({ processed: 0, failed: 1 });
    } finally {
      handlers[EventType.PRACTICE_CASE_SUBMITTED] = real;
    }
    const em = orm.em.fork();
    expect(await em.count(Task, { type: 'REVIEW' as never, subjectId: caseId })).toBe(0);
    const event = await em.findOneOrFail(DomainEvent, {
      type: EventType.PRACTICE_CASE_SUBMITTED,
      aggregateId: caseId,
    });
    expect([event.processedAt, event.attempts, event.lastError]).toEqual([null, 1, 'worker killed']);
    await em.nativeUpdate(DomainEvent, { id: event.id }, { availableAt: new Date(0) }); // skip the back-off
    expect(await run()).toEqual({ processed: 1, failed: 0 });
    expect(await orm.em.fork().count(Task, { type: 'REVIEW' as never, subjectId: caseId })).toBe(1);
  });

  it('startWorkflow keeps the defaults and drains new events in the background', async () => {
    const stop = await startWorkflow(orm, { now, intervalMs: 20 });
    try {
      expect(await orm.em.fork().count(RuleSet)).toBe(3); // defaults already there: nothing added
      await write(async (em) => {
        await emitEvent(em, EventType.PERFORMANCE_REVIEWED, {
          reviewId: 8701,
          employeeId: fx.employeeId,
          period: '2026-Q2',
        });
      });
      let pending = 1;
      for (let i = 0; i < 200 && pending > 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        pending = await orm.em
          .fork()
          .count(DomainEvent, { type: EventType.PERFORMANCE_REVIEWED, processedAt: null });
      }
      expect(pending).toBe(0);
    } finally {
      await stop();
    }
  });
});
