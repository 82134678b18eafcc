/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/core';
import {
  Department,
  Employee,
  Enrollment,
  EnrollmentStatus,
  ImprovementPlan,
  ImprovementPlanStatus,
  Task,
  TaskType,
  TrainingImpact,
  TrainingImpactOutcome,
} from '@talentloop/db/entities';
import { toGlobalId as gid } from '../../common/relay';
import { createFixture, type Fixture } from '../../testing/fixtures';
import { startTestApi, type TestApi } from '../../testing/harness';
import {
  addMonths,
  evaluateTrainingImpact,
  NO_CHANGE_CAUSES,
  TrainingImpactRuleSchema,
} from '@talentloop/rules';

// teamAlerts: the whole scope, exact and paged, a fixed number of statements, nothing outside
// the caller's scope, and a completed retake replaces the alert of the attempt before it.

const RULE = TrainingImpactRuleSchema.parse({
  key: 'impact.fx-alerts',
  name: 'FX alerts',
  courses: [{ code: 'FX-C-NEGO', name: '客户谈判技巧(FX)' }],
  kpis: [{ key: 'K', kpiCode: 'FX_SALES_GROWTH', label: 'K' }],
  outcomes: [
    {
      verdict: 'RETRAIN',
      when: [{ kpi: 'K', op: '<', value: -5 }],
      effects: [{ type: 'REASSIGN_COURSE' }, { type: 'OPEN_IMPROVEMENT_PLAN' }],
    },
  ],
  noChange: { thresholdPct: 5, effects: [{ type: 'ALERT_MANAGER', causes: NO_CHANGE_CAUSES }] },
});

/** Post-window level for each verdict (baseline 100). */
const POST = { NO_CHANGE: 100, RETRAIN: 80, IMPROVED: 120 } as const;
const SIZES = { 9030: 1, 9031: 10, 9032: 100 } as const;

let api: TestApi;
let fx: Fixture;
let hr: string;

function judge(
  em: EntityManager,
  employee: Employee,
  verdict: keyof typeof POST,
  completedOn = '2026-01-15',
  attempt = 1,
) {
  const enrollment = em.create(Enrollment, {
    employee,
    course: fx.courses.negotiation,
    status: EnrollmentStatus.COMPLETED,
    enrolledOn: completedOn,
    completedOn,
    hours: 16,
    attempt,
  });
  // Three months before the month of completion at 100, three after at the verdict's level.
  const m = completedOn.slice(0, 7);
  const series = {
    FX_SALES_GROWTH: [-3, -2, -1, 1, 2, 3].map((k) => ({
      month: addMonths(m, k),
      value: k < 0 ? 100 : POST[verdict],
    })),
  };
  const result = evaluateTrainingImpact(RULE, { completedOn, series });
  expect(result.verdict).toBe(verdict);
  return em.create(TrainingImpact, {
    enrollment,
    employee,
    course: fx.courses.negotiation,
    ruleVersion: 1,
    evaluatedAt: new Date(`${completedOn}T00:00:00Z`),
    outcome: TrainingImpactOutcome[verdict],
    metrics: result,
  });
}

async function populate(em: EntityManager) {
  let n = 0;
  for (const [id, size] of Object.entries(SIZES)) {
    const department = em.create(Department, {
      id: Number(id),
      code: `FX-TA-${id}`,
      name: `Alerts ${size}`,
      path: `/9001/9002/${id}/`,
      depth: 2,
      parent: fx.departments.sales,
    });
    for (let i = 0; i < size; i++, n++) {
      const employee = em.create(Employee, {
        id: 30_000 + n,
        employeeNo: `TA${String(n).padStart(4, '0')}`,
        name: `Alerted ${n}`,
        department,
        position: fx.positions.rep,
        manager: fx.employees.m1,
        hireDate: '2020-01-01',
      });
      judge(
        em,
        employee,
        i % 2 ? 'RETRAIN' : 'NO_CHANGE',
        `2026-01-${String(1 + (n % 28)).padStart(2, '0')}`,
      );
      // An effective course is no alert.
      if (i % 3 === 0) judge(em, employee, 'IMPROVED', '2025-06-15');
    }
  }
  // e1: RETRAIN, then a completed retake without a verdict yet — the old alert is gone.
  judge(em, fx.employees.e1 as Employee, 'RETRAIN', '2026-01-15');
  em.create(Enrollment, {
    employee: fx.employees.e1,
    course: fx.courses.negotiation,
    status: EnrollmentStatus.COMPLETED,
    enrolledOn: '2026-05-01',
    completedOn: '2026-05-20',
    hours: 16,
    attempt: 2,
  });
  // e2: RETRAIN with the retake only enrolled — still an alert.
  judge(em, fx.employees.e2 as Employee, 'RETRAIN', '2026-01-16');
  em.create(Enrollment, {
    employee: fx.employees.e2,
    course: fx.courses.negotiation,
    status: EnrollmentStatus.ENROLLED,
    enrolledOn: '2026-05-01',
    attempt: 2,
  });
  // e3 (plant): NO_CHANGE, with the manager's investigate task.
  const plant = judge(em, fx.employees.e3 as Employee, 'NO_CHANGE', '2026-01-17');
  await em.flush();
  em.create(Task, {
    assignee: fx.employees.m2,
    type: TaskType.INVESTIGATE,
    title: 'investigate',
    subjectType: 'TrainingImpact',
    subjectId: plant.id,
    dueOn: '2026-08-01',
  });
  await em.flush();
}

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
  await populate(api.orm.em.fork());
  hr = await api.login('fx-hr');
});
afterAll(async () => api?.close());

const ALERTS = `query($filter: TeamAlertFilter, $first: Int, $after: String) {
  teamAlerts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    summary { total byVerdict { verdict count } }
    nodes {
      impactId employeeId employeeName departmentName courseName completedOn verdict causes
      taskStatus dueOn foundCause followUpNote actionsTaken { action at }
      improvementPlanId improvementPlanStatus improvementPlanTarget
      impact { verdict stored ruleVersion formula kpis { key delta } actions { type } }
    }
  } }`;

async function alerts(variables: Record<string, unknown>, token = hr) {
  const res = await api.gql(ALERTS, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data!.teamAlerts;
}

describe('teamAlerts', () => {
  it('lists every alert of the scope, newest completion first, with totals per verdict', async () => {
    const all = await alerts({ first: 100 });
    // 111 alerted + e2 (retake not completed) + e3 (plant); e1's alert was replaced by its retake.
    expect(all.totalCount).toBe(113);
    expect(all.summary.byVerdict).toEqual([
      { verdict: 'NO_CHANGE', count: 57 },
      { verdict: 'RETRAIN', count: 56 },
    ]);
    const ids: number[] = [];
    let after: string | null = null;
    do {
      const page: any = await alerts({ first: 40, after });
      expect(page.summary).toEqual(all.summary);
      ids.push(...page.nodes.map((n: any) => n.impactId));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(113);
    const dates = all.nodes.map((n: any) => n.completedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const noChange = all.nodes.find((n: any) => n.verdict === 'NO_CHANGE');
    expect(noChange.causes).toEqual(NO_CHANGE_CAUSES.map((c) => c.key));
    expect(noChange.impact.stored).toBe(true);
    expect(noChange.impact.kpis[0].delta).toBe(0);
    const retrain = all.nodes.find((n: any) => n.verdict === 'RETRAIN');
    expect(retrain.causes).toEqual([]);
    expect(retrain.impact.actions.map((a: any) => a.type)).toEqual([
      'REASSIGN_COURSE',
      'OPEN_IMPROVEMENT_PLAN',
    ]);
    const names = all.nodes.map((n: any) => n.employeeName);
    expect(names).not.toContain('Fixture Employee One');
    expect(names).toContain('Fixture Employee Two');

    const retrainOnly = await alerts({ first: 5, filter: { verdicts: ['RETRAIN'] } });
    expect(retrainOnly.totalCount).toBe(56);
  });

  it('keeps to the caller’s scope', async () => {
    const sales = await alerts({ first: 100 }, await api.login('fx-manager'));
    expect(sales.totalCount).toBe(112);
    expect(sales.nodes.map((n: any) => n.employeeName)).not.toContain('Fixture Employee Three');
    const plant = await alerts({ first: 100 }, await api.login('fx-plant-manager'));
    expect(plant.totalCount).toBe(1);
    expect(plant.nodes[0]).toMatchObject({
      employeeName: 'Fixture Employee Three',
      taskStatus: 'OPEN',
      dueOn: '2026-08-01',
    });
    const narrowed = await alerts(
      { first: 100, filter: { departmentId: gid('Department', 9032) } },
      await api.login('fx-plant-manager'),
    );
    expect(narrowed.totalCount).toBe(0);
    const employee = await api.gql(ALERTS, { first: 10 }, await api.login('fx-employee'));
    expect(employee.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('runs a fixed number of SQL statements for 1, 10 and 100 alerts', async () => {
    const counts: number[] = [];
    for (const [id, size] of Object.entries(SIZES)) {
      const { result, statements } = await api.countStatements(() =>
        api.gql(ALERTS, { first: 100, filter: { departmentId: gid('Department', id) } }, hr),
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as any).teamAlerts.totalCount).toBe(size);
      counts.push(statements.length);
    }
    console.log(`teamAlerts(1/10/100 alerts): ${counts.join(' / ')} statements`);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('names a bad filter', async () => {
    const res = await api.gql(ALERTS, { first: 10, filter: { verdicts: ['EXCELLENT'] } }, hr);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('filter.verdicts');
  });
});

const ACT = `mutation($id: Int!, $input: TeamAlertActionInput!) {
  actOnTeamAlert(impactId: $id, input: $input) { taskId status dueOn cause retrainingEnrollmentId } }`;

describe('actOnTeamAlert', () => {
  it('schedules, records the cause and closes the follow-up task, audited, in scope only', async () => {
    const plantManager = await api.login('fx-plant-manager');
    const [alert] = (await alerts({ first: 1 }, plantManager)).nodes;
    const act = (input: Record<string, unknown>, token = plantManager) =>
      api.gql(ACT, { id: alert.impactId, input }, token);

    const scheduled = await act({ action: 'SCHEDULE_CONVERSATION', dueOn: '2099-01-15' });
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data!.actOnTeamAlert).toMatchObject({ status: 'OPEN', dueOn: '2099-01-15' });
    const cause = await act({ action: 'RECORD_CAUSE', causeCode: 'SKILL_NOT_MASTERED', note: '谈过' });
    expect(cause.data!.actOnTeamAlert.cause).toBe('SKILL_NOT_MASTERED');
    // The same task each time: the one the workflow created for this verdict.
    expect(cause.data!.actOnTeamAlert.taskId).toBe(scheduled.data!.actOnTeamAlert.taskId);

    const missing = await act({ action: 'RECORD_CAUSE' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(missing.errors?.[0]?.extensions)).toContain('input.causeCode');
    const past = await act({ action: 'SCHEDULE_CONVERSATION', dueOn: '2000-01-01' });
    expect(JSON.stringify(past.errors?.[0]?.extensions)).toContain('input.dueOn');
    const outside = await act({ action: 'MARK_HANDLED' }, await api.login('fx-manager'));
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const handled = await act({ action: 'MARK_HANDLED' });
    expect(handled.data!.actOnTeamAlert.status).toBe('DONE');
    const after = (await alerts({ first: 1 }, plantManager)).nodes[0];
    expect(after).toMatchObject({
      taskStatus: 'DONE',
      dueOn: '2099-01-15',
      foundCause: 'SKILL_NOT_MASTERED',
      followUpNote: '谈过',
    });
    // What was done, in order, for the manager's list and the archive's follow-up card.
    expect(after.actionsTaken.map((a: { action: string }) => a.action)).toEqual([
      'SCHEDULE_CONVERSATION',
      'RECORD_CAUSE',
      'MARK_HANDLED',
    ]);

    const audit = await api.orm.em
      .getConnection()
      .execute<{ action: string }[]>(
        "select action from audit_log where entity_type = 'Task' and action like 'teamAlert.%' order by id",
      );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'teamAlert.SCHEDULE_CONVERSATION',
      'teamAlert.RECORD_CAUSE',
      'teamAlert.MARK_HANDLED',
    ]);
  });

  it('assigns retraining once, as a new attempt with a task for the employee', async () => {
    const retrain = (await alerts({ first: 100, filter: { verdicts: ['RETRAIN'] } })).nodes;
    const e2 = retrain.find((n: any) => n.employeeName === 'Fixture Employee Two');
    // e2's retake is already open.
    const conflict = await api.gql(ACT, { id: e2.impactId, input: { action: 'ASSIGN_RETRAINING' } }, hr);
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = retrain.find((n: any) => n.employeeName.startsWith('Alerted'));
    const res = await api.gql(ACT, { id: other.impactId, input: { action: 'ASSIGN_RETRAINING' } }, hr);
    expect(res.errors).toBeUndefined();
    const enrollmentId = res.data!.actOnTeamAlert.retrainingEnrollmentId;
    const em = api.orm.em.fork();
    const retake = await em.findOneOrFail(Enrollment, enrollmentId);
    expect(retake.status).toBe(EnrollmentStatus.ENROLLED);
    expect(retake.attempt).toBe(2);
    expect(await em.count(Task, { type: TaskType.RETRAIN, subjectId: enrollmentId })).toBe(1);
  });

  it('assigns another course (adjusting the plan): enrolled with a task, once, the course named', async () => {
    const [alert] = (await alerts({ first: 1, filter: { verdicts: ['NO_CHANGE'] } })).nodes;
    const { courses } = (
      await api.gql('{ courses(first: 20, filter: { active: true }) { nodes { id name } } }', {}, hr)
    ).data!;
    const course = courses.nodes.find((c: any) => c.name !== alert.courseName);
    const act = (input: Record<string, unknown>) => api.gql(ACT, { id: alert.impactId, input }, hr);
    const missing = await act({ action: 'ASSIGN_COURSE' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(missing.errors?.[0]?.extensions)).toContain('input.courseId');
    const em = api.orm.em.fork();
    const before = await em.count(Enrollment, { status: EnrollmentStatus.ENROLLED, voluntary: false });
    const res = await act({ action: 'ASSIGN_COURSE', courseId: course.id, note: '换一门更贴近岗位的课' });
    expect(res.errors).toBeUndefined();
    expect(await em.count(Enrollment, { status: EnrollmentStatus.ENROLLED, voluntary: false })).toBe(
      before + 1,
    );
    const again = await act({ action: 'ASSIGN_COURSE', courseId: course.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = (await alerts({ first: 1, filter: { verdicts: ['NO_CHANGE'] } })).nodes[0];
    expect(after.actionsTaken.map((a: any) => a.action)).toContain('ASSIGN_COURSE');
    expect(after.followUpNote).toBe('换一门更贴近岗位的课');
  });

  it('opens an improvement plan with its target and closes it: on the alert, audited, once', async () => {
    const alert = (await alerts({ first: 2, filter: { verdicts: ['NO_CHANGE'] } })).nodes[1];
    expect(alert.improvementPlanStatus).toBeNull();
    const act = (input: Record<string, unknown>) => api.gql(ACT, { id: alert.impactId, input }, hr);
    const current = async () =>
      (await alerts({ first: 100, filter: { verdicts: ['NO_CHANGE'] } })).nodes.find(
        (n: any) => n.impactId === alert.impactId,
      );

    const noTarget = await act({ action: 'OPEN_IMPROVEMENT_PLAN', target: '  ' });
    expect(noTarget.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noTarget.errors?.[0]?.extensions)).toContain('input.target');
    const nothingOpen = await act({ action: 'CLOSE_IMPROVEMENT_PLAN' });
    expect(nothingOpen.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const target = '三个月内销售额增长率 ≥ 5%';
    const opened = await act({ action: 'OPEN_IMPROVEMENT_PLAN', target, note: '面谈后约定' });
    expect(opened.errors).toBeUndefined();
    const withPlan = await current();
    expect(withPlan).toMatchObject({ improvementPlanStatus: 'OPEN', improvementPlanTarget: target });
    const em = api.orm.em.fork();
    const plan = await em.findOneOrFail(ImprovementPlan, { target }, { filters: false });
    expect(withPlan.improvementPlanId).toBe(gid('ImprovementPlan', plan.id));
    // A code, not a sentence: no cause recorded on this alert, so the verdict.
    expect(plan).toMatchObject({ status: ImprovementPlanStatus.OPEN, reason: 'NO_CHANGE', closedAt: null });
    const twice = await act({ action: 'OPEN_IMPROVEMENT_PLAN', target });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // HR's list of plans has it, open.
    const plans = await api.gql(
      `query($e: ID!) { improvementPlans(employeeId: $e, status: OPEN, first: 10) { nodes { id target } } }`,
      { e: alert.employeeId },
      hr,
    );
    expect(plans.data!.improvementPlans.nodes).toEqual([{ id: withPlan.improvementPlanId, target }]);

    const closed = await act({ action: 'CLOSE_IMPROVEMENT_PLAN' });
    expect(closed.errors).toBeUndefined();
    const after = await current();
    expect(after).toMatchObject({
      improvementPlanId: withPlan.improvementPlanId,
      improvementPlanStatus: 'CLOSED',
      improvementPlanTarget: target,
    });
    expect(after.actionsTaken.map((a: any) => a.action)).toEqual([
      'OPEN_IMPROVEMENT_PLAN',
      'CLOSE_IMPROVEMENT_PLAN',
    ]);
    const row = await api.orm.em.fork().findOneOrFail(ImprovementPlan, plan.id, { filters: false });
    expect(row.status).toBe(ImprovementPlanStatus.CLOSED);
    expect(row.closedAt).toBeInstanceOf(Date);
    const audit = await api.orm.em
      .getConnection()
      .execute<{ action: string }[]>(
        `select action from audit_log where entity_type = 'ImprovementPlan' and entity_id = '${plan.id}' order by id`,
      );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'improvementPlan.open',
      'improvementPlan.update',
    ]);
  });
});
