import type { EntityManager } from '@mikro-orm/core';
import {
  Employee,
  Enrollment,
  EnrollmentStatus,
  Notification,
  PracticeCase,
  Task,
  TaskStatus,
  TaskType,
  TrainingImpact,
} from '@talentloop/db/entities';
import { EventType } from '../events/events.service';
import {
  applyTrainingAdjustments,
  evaluateAllDueImpacts,
  evaluateEnrollmentImpact,
  pushCasesToKnowledgeBase,
} from '../rules/impact.service';
import { notifyNewlyEligible } from '../rules/promotion.service';

// The linkage workflow (DESIGN.md "Automation"): what each outbox event sets in motion. Every
// handler is idempotent — it checks for what it would create before creating it — so a replayed
// event changes nothing. Handlers return a short description of each effect (for the audit log).

export interface HandlerContext {
  em: EntityManager;
  now: Date;
  /** Today, 'YYYY-MM-DD' (UTC), the date rules are evaluated at. */
  asOf: string;
}

type Payload = Record<string, unknown>;
type Handler = (ctx: HandlerContext, payload: Payload) => Promise<string[]>;

const num = (v: unknown): number | null => (typeof v === 'number' ? v : v == null ? null : Number(v));

async function openTaskOnce(
  ctx: HandlerContext,
  data: { assignee: number; type: TaskType; title: string; subjectType: string; subjectId: number },
): Promise<string | null> {
  const exists = await ctx.em.count(Task, {
    type: data.type,
    subjectType: data.subjectType,
    subjectId: data.subjectId,
  });
  if (exists > 0) return null;
  ctx.em.create(Task, {
    ...data,
    assignee: ctx.em.getReference(Employee, data.assignee),
    createdAt: ctx.now,
  });
  return `task ${data.type} for employee ${data.assignee} on ${data.subjectType} ${data.subjectId}`;
}

async function closeTasks(
  ctx: HandlerContext,
  where: { type: TaskType; subjectType: string; subjectId: number },
  evaluation?: Payload,
) {
  const open = await ctx.em.find(Task, { ...where, status: TaskStatus.OPEN });
  for (const t of open) {
    t.status = TaskStatus.DONE;
    t.completedAt = ctx.now;
    if (evaluation) t.evaluation = evaluation;
  }
  return open.map((t) => `task ${t.id} done`);
}

async function eligibilityEffects(ctx: HandlerContext, employeeId: number): Promise<string[]> {
  const positions = await notifyNewlyEligible(ctx.em, employeeId, ctx.asOf, ctx.now);
  return positions.map((p) => `employee ${employeeId} notified: eligible for position ${p}`);
}

async function impactEffects(ctx: HandlerContext, enrollmentId: number): Promise<string[]> {
  const r = await evaluateEnrollmentImpact(ctx.em, enrollmentId, ctx.asOf, ctx.now);
  return r?.created ? [`impact of enrollment ${enrollmentId}: ${r.result.verdict}`] : [];
}

const enrollmentCompleted: Handler = async (ctx, p) => {
  const enrollmentId = num(p.enrollmentId)!;
  const enrollment = await ctx.em.findOne(Enrollment, enrollmentId, { populate: ['course'] });
  if (!enrollment || enrollment.status !== EnrollmentStatus.COMPLETED) return [];
  const effects: (string | null)[] = [
    await openTaskOnce(ctx, {
      assignee: enrollment.employee.id,
      type: TaskType.PRACTICE,
      title: `实践任务：应用「${enrollment.course.getEntity().name}」解决一个工作问题，并提交实践案例`,
      subjectType: 'Enrollment',
      subjectId: enrollment.id,
    }),
    ...(await closeTasks(ctx, {
      type: TaskType.RETRAIN,
      subjectType: 'Enrollment',
      subjectId: enrollment.id,
    })),
    ...(await impactEffects(ctx, enrollment.id)),
    ...(await eligibilityEffects(ctx, enrollment.employee.id)),
  ];
  return effects.filter((e): e is string => e != null);
};

const caseSubmitted: Handler = async (ctx, p) => {
  const pc = await ctx.em.findOne(PracticeCase, num(p.caseId)!, { populate: ['employee'] });
  if (!pc) return [];
  const managerId = num(p.managerId) ?? pc.employee.getEntity().manager?.id ?? null;
  const effects: (string | null)[] = [];
  if (managerId != null)
    effects.push(
      await openTaskOnce(ctx, {
        assignee: managerId,
        type: TaskType.REVIEW,
        title: `审核实践案例「${pc.title}」（${pc.employee.getEntity().name}）`,
        subjectType: 'PracticeCase',
        subjectId: pc.id,
      }),
    );
  if (pc.enrollment)
    effects.push(
      ...(await closeTasks(ctx, {
        type: TaskType.PRACTICE,
        subjectType: 'Enrollment',
        subjectId: pc.enrollment.id,
      })),
    );
  return effects.filter((e): e is string => e != null);
};

const caseReviewed: Handler = async (ctx, p) => {
  const pc = await ctx.em.findOne(PracticeCase, num(p.caseId)!);
  if (!pc) return [];
  const decision = String(p.decision ?? pc.status);
  const effects = await closeTasks(
    ctx,
    { type: TaskType.REVIEW, subjectType: 'PracticeCase', subjectId: pc.id },
    { decision, score: p.score ?? pc.reviewScore ?? null },
  );
  const notes = await ctx.em.find(Notification, { recipient: pc.employee.id, type: 'CASE_REVIEWED' });
  if (!notes.some((n) => n.data?.caseId === pc.id && n.data?.decision === decision)) {
    ctx.em.create(Notification, {
      recipient: pc.employee,
      type: 'CASE_REVIEWED',
      title:
        decision === 'APPROVED'
          ? `你的实践案例「${pc.title}」已通过审核`
          : `你的实践案例「${pc.title}」未通过审核`,
      body: pc.reviewComment ?? null,
      data: { caseId: pc.id, decision },
      createdAt: ctx.now,
    });
    effects.push(`employee ${pc.employee.id} notified: case ${pc.id} ${decision}`);
  }
  if (decision !== 'APPROVED') return effects;
  if (pc.enrollment) {
    const enrollment = await ctx.em.findOneOrFail(Enrollment, pc.enrollment.id);
    effects.push(...(await impactEffects(ctx, enrollment.id)));
    // A case approved after its course already showed a contribution still goes to the knowledge base.
    const impact = await ctx.em.findOne(
      TrainingImpact,
      { enrollment: enrollment.id },
      { orderBy: { id: 'desc' } },
    );
    if ((impact?.metrics as { verdict?: string } | undefined)?.verdict === 'CONTRIBUTION')
      effects.push(
        ...(await pushCasesToKnowledgeBase(ctx.em, enrollment, ctx.now)).map((id) => `case ${id} adopted`),
      );
  }
  effects.push(...(await eligibilityEffects(ctx, pc.employee.id)));
  return effects;
};

const kpiRecorded: Handler = async (ctx, p) => {
  // Employee KPIs judge that employee's due enrollments; production-line KPIs those of the
  // line's department (operators' line values are read through the department).
  const employeeId = num(p.employeeId);
  const departmentId = num(p.departmentId);
  if (employeeId == null && departmentId == null) return [];
  const only = employeeId != null ? { employeeId } : { departmentId: departmentId! };
  const run = await evaluateAllDueImpacts(ctx.em, ctx.asOf, ctx.now, only);
  return Object.entries(run.byVerdict).map(([verdict, n]) => `${n} impact(s) stored: ${verdict}`);
};

/**
 * A whole KPI feed batch: each person (or line department) the batch touched is judged once,
 * however many of their rows it carried — the same evaluation KPI_RECORDED runs per row.
 */
const kpiBatchRecorded: Handler = async (ctx, p) => {
  const rows = Array.isArray(p.rows) ? (p.rows as Payload[]) : [];
  const employees = new Set<number>();
  const departments = new Set<number>();
  for (const row of rows) {
    const employeeId = num(row.employeeId);
    const departmentId = num(row.departmentId);
    if (employeeId != null) employees.add(employeeId);
    else if (departmentId != null) departments.add(departmentId);
  }
  const byVerdict: Record<string, number> = {};
  const subjects = [
    ...[...employees].map((employeeId) => ({ employeeId })),
    ...[...departments].map((departmentId) => ({ departmentId })),
  ];
  for (const only of subjects) {
    const run = await evaluateAllDueImpacts(ctx.em, ctx.asOf, ctx.now, only);
    for (const [verdict, n] of Object.entries(run.byVerdict))
      byVerdict[verdict] = (byVerdict[verdict] ?? 0) + n;
  }
  return Object.entries(byVerdict).map(([verdict, n]) => `${n} impact(s) stored: ${verdict}`);
};

const performanceReviewed: Handler = async (ctx, p) => {
  const employeeId = num(p.employeeId)!;
  const effects: string[] = [];
  if (typeof p.period === 'string' && (await applyTrainingAdjustments(ctx.em, employeeId, p.period)))
    effects.push(`review ${p.period} of employee ${employeeId}: training adjustment applied`);
  effects.push(...(await eligibilityEffects(ctx, employeeId)));
  return effects;
};

const archiveChanged: Handler = async (ctx, p) => {
  const employeeId = num(p.employeeId);
  return employeeId == null ? [] : eligibilityEffects(ctx, employeeId);
};

export const handlers: Record<string, Handler> = {
  [EventType.ENROLLMENT_COMPLETED]: enrollmentCompleted,
  [EventType.PRACTICE_CASE_SUBMITTED]: caseSubmitted,
  [EventType.PRACTICE_CASE_REVIEWED]: caseReviewed,
  [EventType.PRACTICE_CASE_ADOPTED]: archiveChanged,
  [EventType.KPI_RECORDED]: kpiRecorded,
  [EventType.KPI_BATCH_RECORDED]: kpiBatchRecorded,
  [EventType.PERFORMANCE_REVIEWED]: performanceReviewed,
};
