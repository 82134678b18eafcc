/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditLog,
  Course,
  Employee,
  ImprovementPlan,
  Notification,
  Task,
  TaskType,
} from '@talentloop/db/entities';
import { signToken } from '../../auth/token';
import { Role } from '../../auth/viewer';
import { toGlobalId as gid } from '../../common/relay';
import { createFixture } from '../../testing/fixtures';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from '../../testing/harness';

// Improvement plans in the schema (read, update; closing on a met retake is covered in
// workflow.service.test.ts) and HR/managers reading someone's tasks and notifications, scoped.
// Fixture: E1 (9203) and E2 in Sales East under fx-manager; E3 (9205) in Plant.

let api: TestApi;
const tokens: Record<string, string> = {};
let salesPlan: number;
let plantPlan: number;

beforeAll(async () => {
  api = await startTestApi();
  const em = api.orm.em.fork();
  await createFixture(em);
  const plan = (employee: number) =>
    em.create(ImprovementPlan, {
      employee: em.getReference(Employee, employee),
      course: em.getReference(Course, 9301),
      reason: '培训后效果未达标',
      target: 'SALES_GROWTH ≥ 5',
      openedAt: new Date(`2026-0${employee === 9203 ? 3 : 4}-01T00:00:00Z`),
    });
  const a = plan(9203);
  const b = plan(9205);
  for (const assignee of [9203, 9205]) {
    em.create(Task, {
      assignee: em.getReference(Employee, assignee),
      type: TaskType.RETRAIN,
      title: `retrain ${assignee}`,
    });
    em.create(Notification, {
      recipient: em.getReference(Employee, assignee),
      type: 'RETRAIN_ASSIGNED',
      title: `note ${assignee}`,
    });
  }
  await em.flush();
  [salesPlan, plantPlan] = [a.id, b.id];
  await em
    .getConnection()
    .execute(
      `insert into app_user (id, username, role, scopes) values (9592, 'h5-plans', 'INTEGRATION', '{masterdata:write}')`,
    );
  tokens.hr = await api.login('fx-hr');
  tokens.manager = await api.login('fx-manager');
  tokens.employee = await api.login('fx-employee');
  tokens.plantSync = await signToken(
    {
      userId: 9592,
      role: Role.INTEGRATION,
      employeeId: null,
      departmentId: 9004,
      scopes: ['masterdata:write'],
    },
    TEST_JWT_SECRET,
  );
});
afterAll(async () => api?.close());

async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await api.gql(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

const PLANS = `query($employeeId: ID, $status: ImprovementPlanStatus) {
  improvementPlans(first: 10, employeeId: $employeeId, status: $status) {
    totalCount nodes { id databaseId reason target status closedAt employee { employeeNo } course { code } } } }`;
const UPDATE = `mutation($input: ImprovementPlanUpdateInput!) { updateImprovementPlan(input: $input) { id status target closedAt } }`;

describe('improvementPlans', () => {
  it('reads plans in the viewer’s scope, newest first', async () => {
    const hr = (await ok(PLANS, {}, tokens.hr)).improvementPlans;
    expect(hr.nodes.map((n: any) => n.employee.employeeNo)).toEqual(['FX0005', 'FX0003']);
    expect(hr.nodes[1]).toMatchObject({
      id: gid('ImprovementPlan', salesPlan),
      status: 'OPEN',
      target: 'SALES_GROWTH ≥ 5',
      course: { code: 'FX-C-NEGO' },
      closedAt: null,
    });
    expect(
      (await ok(PLANS, {}, tokens.manager)).improvementPlans.nodes.map((n: any) => n.databaseId),
    ).toEqual([salesPlan]);
    expect((await ok(PLANS, {}, tokens.employee)).improvementPlans.totalCount).toBe(1);
    const byPerson = await ok(PLANS, { employeeId: gid('Employee', 9205) }, tokens.manager);
    expect(byPerson.improvementPlans.totalCount).toBe(0);
  });

  it('HR updates the target and closes a plan, audited; a repeat changes nothing', async () => {
    const id = gid('ImprovementPlan', salesPlan);
    const updated = (
      await ok(UPDATE, { input: { id, target: 'SALES_GROWTH ≥ 8', status: 'CLOSED' } }, tokens.hr)
    ).updateImprovementPlan;
    expect(updated).toMatchObject({
      id,
      status: 'CLOSED',
      target: 'SALES_GROWTH ≥ 8',
      closedAt: expect.any(String),
    });
    const audits = () => api.orm.em.fork().find(AuditLog, { action: 'improvementPlan.update' });
    expect((await audits()).map((a) => [a.entityId, a.before, a.after])).toEqual([
      [
        String(salesPlan),
        { target: 'SALES_GROWTH ≥ 5', status: 'OPEN' },
        { target: 'SALES_GROWTH ≥ 8', status: 'CLOSED' },
      ],
    ]);
    await ok(UPDATE, { input: { id, target: 'SALES_GROWTH ≥ 8', status: 'CLOSED' } }, tokens.hr);
    expect(await audits()).toHaveLength(1);
    expect(
      (await ok(PLANS, { status: 'CLOSED' }, tokens.hr)).improvementPlans.nodes.map((n: any) => n.databaseId),
    ).toEqual([salesPlan]);
  });

  it('refuses managers, out-of-subtree integrations and bad input, naming the field', async () => {
    const id = gid('ImprovementPlan', plantPlan);
    const manager = await api.gql(UPDATE, { input: { id, status: 'CLOSED' } }, tokens.manager);
    expect(manager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outside = await api.gql(
      UPDATE,
      { input: { id: gid('ImprovementPlan', salesPlan), target: 'x' } },
      tokens.plantSync,
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['input.id'] });
    const inside = (await ok(UPDATE, { input: { id, target: 'DEFECT_RATE ≤ 2' } }, tokens.plantSync))
      .updateImprovementPlan;
    expect(inside).toMatchObject({ status: 'OPEN', target: 'DEFECT_RATE ≤ 2' });
    const empty = await api.gql(UPDATE, { input: { id, target: '  ' } }, tokens.hr);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.target'] });
    const wrongType = await api.gql(UPDATE, { input: { id: gid('Employee', 9203) } }, tokens.hr);
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.id'] });
  });
});

describe('tasks and notifications of someone else', () => {
  const TASKS = `query($id: ID!) { tasks(employeeId: $id) { title status } notifications(employeeId: $id) { title } }`;

  it('HR reads anyone’s; a manager reads their subtree’s', async () => {
    expect(await ok(TASKS, { id: gid('Employee', 9205) }, tokens.hr)).toEqual({
      tasks: [{ title: 'retrain 9205', status: 'OPEN' }],
      notifications: [{ title: 'note 9205' }],
    });
    expect(await ok(TASKS, { id: gid('Employee', 9203) }, tokens.manager)).toEqual({
      tasks: [{ title: 'retrain 9203', status: 'OPEN' }],
      notifications: [{ title: 'note 9203' }],
    });
  });

  it('out of scope is refused, and employees use myTasks', async () => {
    const outside = await api.gql(TASKS, { id: gid('Employee', 9205) }, tokens.manager);
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['employeeId'] });
    expect(outside.data).toBeNull();
    expect(JSON.stringify(outside.data)).not.toContain('9205');
    const employee = await api.gql(TASKS, { id: gid('Employee', 9203) }, tokens.employee);
    expect(employee.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
