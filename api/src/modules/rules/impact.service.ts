import type { EntityManager } from '@mikro-orm/core';
import {
  Course,
  Employee,
  Enrollment,
  EnrollmentStatus,
  ImprovementPlan,
  ImprovementPlanStatus,
  Notification,
  PerformanceReview,
  PracticeCase,
  PracticeCaseStatus,
  RuleSet,
  Task,
  TaskType,
  TrainingImpact,
} from '@talentloop/db/entities';
import { recordAudit } from '../audit/audit.service';
import { assignAttempt } from '../enrollment/attempt';
import { emitEvent, EventType } from '../events/events.service';
import { loadKpiSeries } from './archive.service';
import {
  addMonths,
  courseMatches,
  evaluateTrainingImpact,
  isFinalVerdict,
  monthOf,
  round,
  scoreReview,
  type ImpactResult,
} from '@talentloop/rules';
import { listRules } from './rule-store.service';

// Persists training-impact evaluations (one row per enrollment, with its rule version) and carries out
// the actions they imply. Actions run only when the row is created, so re-evaluating — or
// replaying the events that triggered it — changes nothing.

export interface ImpactEvaluation {
  result: ImpactResult;
  /** The stored row, when the verdict is final (not PENDING / NO_DATA). */
  row: TrainingImpact | null;
  created: boolean;
}

export interface ImpactPreview {
  enrollment: Enrollment;
  ruleSetId: number;
  result: ImpactResult;
}

/** Computes (without storing) the verdict of one completed enrollment as of `asOf`. */
export async function previewEnrollmentImpact(
  em: EntityManager,
  enrollmentId: number,
  asOf: string,
): Promise<ImpactPreview | null> {
  const enrollment = await em.findOne(Enrollment, enrollmentId, { populate: ['course', 'employee'] });
  if (!enrollment || enrollment.status !== EnrollmentStatus.COMPLETED || !enrollment.completedOn) return null;
  const course = enrollment.course.getEntity();
  const rules = await listRules(em, 'TRAINING_IMPACT');
  const stored = rules.find((r) => r.rule.courses.some((ref) => courseMatches(ref, course)));
  if (!stored) return null;
  const rule = stored.rule;
  const employee = enrollment.employee.getEntity();
  const m = monthOf(enrollment.completedOn);
  const series = await loadKpiSeries(
    em,
    { id: employee.id, departmentId: employee.department.id },
    rule.kpis.map((k) => k.kpiCode),
    addMonths(m, -rule.windowMonths),
    addMonths(m, rule.windowMonths),
  );
  const result = evaluateTrainingImpact(rule, { completedOn: enrollment.completedOn, series, asOf });
  return { enrollment, ruleSetId: stored.id, result };
}

/** Evaluates one completed enrollment as of `asOf`; null when no active rule binds its course. */
export async function evaluateEnrollmentImpact(
  em: EntityManager,
  enrollmentId: number,
  asOf: string,
  now: Date,
): Promise<ImpactEvaluation | null> {
  const preview = await previewEnrollmentImpact(em, enrollmentId, asOf);
  if (!preview) return null;
  const { enrollment, result } = preview;
  const course = enrollment.course.getEntity();
  const employee = enrollment.employee.getEntity();
  // Only final verdicts are stored, exactly as the evaluator names them (NO_DATA / PENDING come back later).
  const outcome = result.verdict;
  if (!isFinalVerdict(outcome)) return { result, row: null, created: false };

  // An enrollment is judged once: a later rule version applies to enrollments not judged yet.
  const existing = await em.findOne(
    TrainingImpact,
    { enrollment: enrollment.id },
    { orderBy: { id: 'desc' } },
  );
  if (existing) return { result, row: existing, created: false };
  const row = em.create(TrainingImpact, {
    enrollment,
    employee,
    course,
    ruleSet: em.getReference(RuleSet, preview.ruleSetId),
    ruleVersion: result.ruleVersion,
    evaluatedAt: now,
    outcome,
    contribution: result.contributionPct == null ? null : result.contributionPct / 100,
    weightAdjustment: (result.performanceAdjustment?.points ?? 0) / 100,
    metrics: result,
  });
  await em.flush();
  await applyImpactActions(em, row, result, enrollment, now);
  if (result.verdict !== 'RETRAIN') await closeImprovementPlans(em, enrollment, result, now);
  recordAudit(em, null, 'trainingImpact.evaluate', 'TrainingImpact', row.id, null, {
    enrollmentId: enrollment.id,
    ruleKey: result.ruleKey,
    ruleVersion: result.ruleVersion,
    verdict: result.verdict,
    contributionPct: result.contributionPct,
    actions: result.actions,
  });
  return { result, row, created: true };
}

async function applyImpactActions(
  em: EntityManager,
  row: TrainingImpact,
  result: ImpactResult,
  enrollment: Enrollment,
  now: Date,
) {
  const employee = enrollment.employee.getEntity();
  const course = enrollment.course.getEntity();
  for (const action of result.actions) {
    switch (action.type) {
      case 'ADJUST_PERFORMANCE':
        await applyTrainingAdjustments(em, employee.id, action.quarter);
        em.create(Notification, {
          recipient: employee,
          type: 'TRAINING_EXCELLENT',
          title: `「${course.name}」培训效果优秀：${action.quarter} 绩效评分 +${action.points}%`,
          body: result.formula,
          data: { trainingImpactId: row.id, enrollmentId: enrollment.id, quarter: action.quarter },
          createdAt: now,
        });
        break;
      case 'REASSIGN_COURSE': {
        await assignAttempt(em, {
          employee,
          course,
          enrolledOn: now.toISOString().slice(0, 10),
          attempt: enrollment.attempt + 1,
          task: { type: TaskType.RETRAIN, title: `重新参加培训「${course.name}」`, createdAt: now },
        });
        break;
      }
      case 'OPEN_IMPROVEMENT_PLAN':
        em.create(ImprovementPlan, {
          employee,
          course,
          enrollment,
          reason: `培训后效果未达标（${result.kpis.map((k) => `${k.label} ${k.delta}%`).join('，')}）`,
          target: action.target,
          openedAt: now,
        });
        em.create(Notification, {
          recipient: employee,
          type: 'RETRAIN_ASSIGNED',
          title: `请重新参加「${course.name}」并提交改进计划`,
          body: `目标：${action.target}`,
          data: { trainingImpactId: row.id, enrollmentId: enrollment.id },
          createdAt: now,
        });
        break;
      case 'PUSH_TO_KNOWLEDGE_BASE':
        await pushCasesToKnowledgeBase(em, enrollment, now);
        break;
      case 'ALERT_MANAGER': {
        const manager = employee.manager?.id;
        if (!manager) break;
        const causes = action.causes.map((c) => c.label).join(' / ');
        em.create(Task, {
          assignee: em.getReference(Employee, manager),
          type: TaskType.INVESTIGATE,
          title: `「${course.name}」培训后 ${employee.name} 的指标无明显变化，请沟通分析原因`,
          subjectType: 'TrainingImpact',
          subjectId: row.id,
          evaluation: { causes: action.causes },
          createdAt: now,
        });
        em.create(Notification, {
          recipient: em.getReference(Employee, manager),
          type: 'TRAINING_NO_CHANGE',
          title: `${employee.name}「${course.name}」培训效果无明显变化`,
          body: `可能原因：${causes}`,
          data: { trainingImpactId: row.id, causes: action.causes },
          createdAt: now,
        });
        break;
      }
      default:
        break; // RECORD_CONTRIBUTION: the contribution is stored on the impact row itself
    }
  }
}

/**
 * Adopts the employee's approved cases for this enrollment into the knowledge base (article
 * §二.2 "推送优秀案例至知识库"). Called when a CONTRIBUTION verdict is stored and again when a
 * case of an already-contributing enrollment is approved; adopting twice is a no-op.
 */
export async function pushCasesToKnowledgeBase(
  em: EntityManager,
  enrollment: Enrollment,
  now: Date,
): Promise<number[]> {
  const cases = await em.find(PracticeCase, {
    employee: enrollment.employee.id,
    status: PracticeCaseStatus.APPROVED,
    adoptedAt: null,
    $or: [{ enrollment: enrollment.id }, { enrollment: null, course: enrollment.course.id }],
  });
  for (const c of cases) {
    c.adoptedAt = now;
    await emitEvent(em, EventType.PRACTICE_CASE_ADOPTED, {
      caseId: c.id,
      employeeId: enrollment.employee.id,
      courseId: enrollment.course.id,
    });
    recordAudit(
      em,
      null,
      'practiceCase.adopt',
      'PracticeCase',
      c.id,
      { adoptedAt: null },
      { adoptedAt: now.toISOString(), reason: 'training contribution' },
    );
  }
  return cases.map((c) => c.id);
}

/**
 * Sets a quarter's review to final = clamp(base + Σ training adjustments earned for that quarter)
 * and re-derives its rating (scoreReview of @talentloop/rules, as the review mutation and the
 * import do). Absolute, not incremental: safe to call again.
 */
export async function applyTrainingAdjustments(
  em: EntityManager,
  employeeId: number,
  quarter: string,
): Promise<boolean> {
  const review = await em.findOne(PerformanceReview, { employee: employeeId, period: quarter });
  if (!review) return false;
  const impacts = await em.find(TrainingImpact, { employee: employeeId, weightAdjustment: { $gt: 0 } });
  const points = round(
    impacts
      .filter((i) => i.metrics.performanceAdjustment?.quarter === quarter)
      .reduce((a, i) => a + i.metrics.performanceAdjustment!.points, 0),
  );
  const { finalScore, rating } = scoreReview(Number(review.baseScore), points);
  if (
    Number(review.trainingAdjustment) === points &&
    Number(review.finalScore) === finalScore &&
    review.rating === rating
  )
    return false;
  const before = {
    trainingAdjustment: review.trainingAdjustment,
    finalScore: review.finalScore,
    rating: review.rating,
  };
  review.trainingAdjustment = points;
  review.finalScore = finalScore;
  review.rating = rating;
  recordAudit(em, null, 'performanceReview.trainingAdjustment', 'PerformanceReview', review.id, before, {
    trainingAdjustment: points,
    finalScore,
    rating,
  });
  return true;
}

/**
 * Evaluates every completed enrollment of a rule-bound course that has no stored verdict yet
 * (history imported before the workflow ran, or KPI data arriving late), optionally only for
 * some employees or one department. PENDING / NO_DATA ones stay unstored and come back later.
 */
export async function evaluateAllDueImpacts(
  em: EntityManager,
  asOf: string,
  now: Date,
  only: { employeeId?: number; departmentId?: number; afterId?: number; limit?: number } = {},
) {
  const rules = await listRules(em, 'TRAINING_IMPACT');
  const courses = await em.find(Course, { active: true });
  const bound = courses
    .filter((c) => rules.some((r) => r.rule.courses.some((ref) => courseMatches(ref, c))))
    .map((c) => c.id);
  const where: Record<string, unknown> = { course: { $in: bound }, status: EnrollmentStatus.COMPLETED };
  if (only.employeeId != null) where.employee = only.employeeId;
  if (only.departmentId != null) where.employee = { department: only.departmentId };
  // A batch (the sweep, impact-sweep.ts): enrollments after `afterId`, at most `limit` of them.
  if (only.afterId != null) where.id = { $gt: only.afterId };
  const enrollments = await em.find(Enrollment, where, {
    fields: ['id'],
    orderBy: { id: 'asc' },
    ...(only.limit != null ? { limit: only.limit } : {}),
  });
  const judged = await em.find(
    TrainingImpact,
    { enrollment: { $in: enrollments.map((e) => e.id) } },
    { fields: ['enrollment'] },
  );
  const done = new Set(judged.map((j) => j.enrollment.id));
  const run = {
    evaluated: 0,
    stored: 0,
    byVerdict: {} as Record<string, number>,
    /** The last enrollment looked at (the next batch's afterId), null when there was none. */
    lastId: enrollments.at(-1)?.id ?? null,
  };
  for (const e of enrollments.filter((x) => !done.has(x.id))) {
    const r = await evaluateEnrollmentImpact(em, e.id, asOf, now);
    if (!r) continue;
    run.evaluated++;
    if (r.created) {
      run.stored++;
      run.byVerdict[r.result.verdict] = (run.byVerdict[r.result.verdict] ?? 0) + 1;
    }
  }
  return run;
}

/** A retake that no longer earns RETRAIN meets the plan's target (article: 直至达到目标). */
async function closeImprovementPlans(
  em: EntityManager,
  enrollment: Enrollment,
  result: ImpactResult,
  now: Date,
) {
  const open = await em.find(ImprovementPlan, {
    employee: enrollment.employee.id,
    course: enrollment.course.id,
    status: ImprovementPlanStatus.OPEN,
    // The plan opened by this very enrollment stays; plans from earlier attempts (or none) close.
    $or: [{ enrollment: null }, { enrollment: { $ne: enrollment.id } }],
  });
  for (const plan of open) {
    plan.status = ImprovementPlanStatus.CLOSED;
    plan.closedAt = now;
    recordAudit(
      em,
      null,
      'improvementPlan.close',
      'ImprovementPlan',
      plan.id,
      { status: 'OPEN' },
      { status: 'CLOSED', verdict: result.verdict, enrollmentId: enrollment.id },
    );
  }
}
