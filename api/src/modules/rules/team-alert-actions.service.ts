import type { EntityManager } from '@mikro-orm/core';
import {
  Course,
  Employee,
  Enrollment,
  EnrollmentStatus,
  ImprovementPlan,
  ImprovementPlanStatus,
  Task,
  TaskStatus,
  TaskType,
  TrainingImpact,
} from '@talentloop/db/entities';
import { CAUSE_CODES } from '@talentloop/rules';
import type { Viewer } from '../../auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { parseGlobalId } from '../../common/relay';
import { recordAudit, snapshot } from '../audit/audit.service';
import { assignAttempt } from '../enrollment/attempt';
import { ALERT_VERDICTS } from './team-alerts.service';

// What a manager does about an alert (article §二.2: talk with the employee, find the cause,
// adjust the training plan). Every action lands on the alert's follow-up task (the INVESTIGATE
// task the workflow created, or one created now), so it shows in 我的任务 and in teamAlerts, and
// each is audited with the task's before/after.

export enum TeamAlertAction {
  SCHEDULE_CONVERSATION = 'SCHEDULE_CONVERSATION',
  RECORD_CAUSE = 'RECORD_CAUSE',
  ASSIGN_RETRAINING = 'ASSIGN_RETRAINING',
  /** Adjust the training plan with another course (the cause was the content, not the person). */
  ASSIGN_COURSE = 'ASSIGN_COURSE',
  /** Open an improvement plan for the course with a target to reach (none may be open yet). */
  OPEN_IMPROVEMENT_PLAN = 'OPEN_IMPROVEMENT_PLAN',
  /** Close the course's open improvement plan (the target was met, or the plan is dropped). */
  CLOSE_IMPROVEMENT_PLAN = 'CLOSE_IMPROVEMENT_PLAN',
  MARK_HANDLED = 'MARK_HANDLED',
}

export interface TeamAlertActionInput {
  action: TeamAlertAction;
  /** SCHEDULE_CONVERSATION: the day of the conversation (the task's due date). */
  dueOn?: string | null;
  /** RECORD_CAUSE: one of CAUSE_CODES. */
  causeCode?: string | null;
  /** ASSIGN_COURSE: the course (global id). */
  courseId?: string | null;
  /** OPEN_IMPROVEMENT_PLAN: the target to reach (1–500 characters). */
  target?: string | null;
  note?: string | null;
}

/** The newest improvement plan of the alert's employee and course that is still open. */
async function openPlanOf(em: EntityManager, impact: TrainingImpact): Promise<ImprovementPlan | null> {
  // Access was checked on the impact; plans are read unfiltered like the follow-up task.
  return em.findOne(
    ImprovementPlan,
    { employee: impact.employee.id, course: impact.course.id, status: ImprovementPlanStatus.OPEN },
    { orderBy: { openedAt: 'desc', id: 'desc' }, filters: false },
  );
}

/**
 * OPEN_IMPROVEMENT_PLAN: a plan for the alert's course with the manager's target. Its reason is a
 * code, not a sentence: the cause the manager recorded, else the verdict (NO_CHANGE / RETRAIN).
 */
async function openImprovementPlan(
  em: EntityManager,
  viewer: Viewer | null,
  impact: TrainingImpact,
  cause: unknown,
  rawTarget: string | null | undefined,
  now: Date,
): Promise<ImprovementPlan> {
  const target = rawTarget?.trim() ?? '';
  if (!target) throw badInput({ field: 'input.target', message: 'is required to open an improvement plan' });
  if (target.length > 500) throw badInput({ field: 'input.target', message: 'must be 1–500 characters' });
  if (await openPlanOf(em, impact))
    throw conflict('An improvement plan for this course is already open', 'impactId');
  const plan = em.create(ImprovementPlan, {
    employee: impact.employee.getEntity(),
    course: impact.course.getEntity(),
    enrollment: impact.enrollment.getEntity(),
    reason: typeof cause === 'string' ? cause : impact.outcome,
    target,
    openedAt: now,
  });
  await em.flush();
  recordAudit(em, viewer, 'improvementPlan.open', 'ImprovementPlan', plan.id, null, snapshot(plan));
  return plan;
}

/** CLOSE_IMPROVEMENT_PLAN: closes the course's open plan; refused when none is open. */
async function closeImprovementPlan(
  em: EntityManager,
  viewer: Viewer | null,
  impact: TrainingImpact,
  now: Date,
): Promise<ImprovementPlan> {
  const plan = await openPlanOf(em, impact);
  if (!plan) throw conflict('No improvement plan for this course is open', 'impactId');
  plan.status = ImprovementPlanStatus.CLOSED;
  plan.closedAt = now;
  recordAudit(
    em,
    viewer,
    'improvementPlan.update',
    'ImprovementPlan',
    plan.id,
    { status: ImprovementPlanStatus.OPEN },
    { status: ImprovementPlanStatus.CLOSED },
  );
  return plan;
}

/** ASSIGN_COURSE: enrols the employee in another active course, with a task for them. */
async function assignCourse(
  em: EntityManager,
  viewer: Viewer | null,
  impact: TrainingImpact,
  courseGlobalId: string | null | undefined,
  today: string,
): Promise<Enrollment> {
  if (!courseGlobalId) throw badInput({ field: 'input.courseId', message: 'is required to assign a course' });
  const course = await em.findOne(Course, parseGlobalId(courseGlobalId, 'Course', 'input.courseId'));
  if (!course) throw notFound('Course', courseGlobalId, 'input.courseId');
  if (!course.active) throw conflict('The course is no longer offered', 'input.courseId');
  const employee = impact.employee.getEntity();
  const previous = await em.find(Enrollment, { employee: employee.id, course: course.id });
  if (previous.some((e) => e.status === EnrollmentStatus.ENROLLED))
    throw conflict('The employee is already enrolled in this course', 'input.courseId');
  if (previous.some((e) => e.enrolledOn === today))
    throw conflict('An attempt at this course already started today', 'input.courseId');
  const enrollment = await assignAttempt(em, {
    employee,
    course,
    enrolledOn: today,
    attempt: previous.length + 1,
    task: { type: TaskType.OTHER, title: course.name },
  });
  recordAudit(em, viewer, 'enrollment.assign', 'Enrollment', enrollment.id, null, snapshot(enrollment));
  return enrollment;
}

async function visibleImpact(em: EntityManager, impactId: number): Promise<TrainingImpact> {
  const impact = await em.findOne(TrainingImpact, impactId, {
    populate: ['employee', 'course', 'enrollment'],
  });
  if (impact) return impact;
  if (await em.count(TrainingImpact, { id: impactId }, { filters: false }))
    throw forbidden('This alert is outside your scope', 'impactId');
  throw notFound('TrainingImpact', impactId, 'impactId');
}

/** The alert's follow-up task, created for the acting manager (or the employee's) when missing. */
async function followUpTask(em: EntityManager, viewer: Viewer | null, impact: TrainingImpact): Promise<Task> {
  // Access was checked on the impact; the task may belong to another manager of the subtree.
  const existing = await em.findOne(
    Task,
    { subjectType: 'TrainingImpact', subjectId: impact.id },
    { orderBy: { id: 'desc' }, filters: false },
  );
  if (existing) return existing;
  const employee = impact.employee.getEntity();
  const assignee = viewer?.employeeId ?? employee.manager?.id;
  if (assignee == null) throw conflict('The employee has no manager to follow up', 'impactId');
  const task = em.create(Task, {
    assignee: em.getReference(Employee, assignee),
    type: TaskType.INVESTIGATE,
    title: `${employee.name} · ${impact.course.getEntity().name}`,
    subjectType: 'TrainingImpact',
    subjectId: impact.id,
    evaluation: {},
  });
  await em.flush();
  return task;
}

export async function actOnTeamAlert(
  em: EntityManager,
  viewer: Viewer | null,
  impactId: number,
  input: TeamAlertActionInput,
  today: string,
  now: Date,
): Promise<Task> {
  const impact = await visibleImpact(em, impactId);
  if (!(ALERT_VERDICTS as readonly string[]).includes(impact.outcome))
    throw conflict('Only NO_CHANGE and RETRAIN verdicts are alerts', 'impactId');
  const task = await followUpTask(em, viewer, impact);
  const before = snapshot(task);
  const evaluation: Record<string, unknown> = { ...(task.evaluation ?? {}) };
  switch (input.action) {
    case TeamAlertAction.SCHEDULE_CONVERSATION:
      if (!input.dueOn) throw badInput({ field: 'input.dueOn', message: 'is required to schedule' });
      if (input.dueOn < today) throw badInput({ field: 'input.dueOn', message: 'must not be in the past' });
      task.dueOn = input.dueOn;
      evaluation.conversationOn = input.dueOn;
      break;
    case TeamAlertAction.RECORD_CAUSE:
      if (!input.causeCode || !(CAUSE_CODES as readonly string[]).includes(input.causeCode))
        throw badInput({ field: 'input.causeCode', message: `must be one of ${CAUSE_CODES.join(', ')}` });
      evaluation.cause = input.causeCode;
      break;
    case TeamAlertAction.ASSIGN_RETRAINING: {
      const employee = impact.employee.getEntity();
      const open = await em.count(Enrollment, {
        employee: employee.id,
        course: impact.course.id,
        status: EnrollmentStatus.ENROLLED,
      });
      if (open > 0) throw conflict('A retake of this course is already open', 'impactId');
      const course = impact.course.getEntity();
      const retake = await assignAttempt(em, {
        employee,
        course,
        enrolledOn: today,
        attempt: impact.enrollment.getEntity().attempt + 1,
        task: { type: TaskType.RETRAIN, title: course.name },
      });
      evaluation.retrainingEnrollmentId = retake.id;
      recordAudit(em, viewer, 'enrollment.retrain', 'Enrollment', retake.id, null, snapshot(retake));
      break;
    }
    case TeamAlertAction.ASSIGN_COURSE: {
      const enrollment = await assignCourse(em, viewer, impact, input.courseId, today);
      evaluation.assignedCourseId = enrollment.course.id;
      evaluation.assignedEnrollmentId = enrollment.id;
      break;
    }
    case TeamAlertAction.OPEN_IMPROVEMENT_PLAN: {
      const plan = await openImprovementPlan(em, viewer, impact, evaluation.cause, input.target, now);
      evaluation.improvementPlanId = plan.id;
      break;
    }
    case TeamAlertAction.CLOSE_IMPROVEMENT_PLAN: {
      const plan = await closeImprovementPlan(em, viewer, impact, now);
      evaluation.improvementPlanId = plan.id;
      break;
    }
    case TeamAlertAction.MARK_HANDLED:
      task.status = TaskStatus.DONE;
      task.completedAt = now;
      break;
  }
  if (input.note) evaluation.note = input.note;
  evaluation.actions = [
    ...((evaluation.actions as unknown[] | undefined) ?? []),
    { action: input.action, at: now.toISOString(), by: viewer?.userId ?? null },
  ];
  task.evaluation = evaluation;
  await em.flush();
  recordAudit(em, viewer, `teamAlert.${input.action}`, 'Task', task.id, before, snapshot(task));
  return task;
}
