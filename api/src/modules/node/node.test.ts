/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AwardCampaign,
  Course,
  Department,
  Employee,
  ImprovementPlan,
  Position,
  ProductionLine,
  PromotionApplication,
} from '@talentloop/db/entities';
import { nodeEntities } from '../../common/node-registry';
import { toGlobalId as gid } from '../../common/relay';
import { buildApiSchema } from '../../schema';
import { createFixture } from '../../testing/fixtures';
import { startTestApi, type TestApi } from '../../testing/harness';

// Relay conformance: every type with an id implements Node and node(id) answers it, and
// connections page backward (`last`/`before`) as well as forward, with the same cursors.

let api: TestApi;
const tokens: Record<string, string> = {};

/** GraphQL type → the type name inside its global ids, where they differ. */
const ID_TYPE: Record<string, string> = { AwardCampaignSummary: 'AwardCampaign' };

beforeAll(async () => {
  api = await startTestApi();
  const em = api.orm.em.fork();
  await createFixture(em);
  // Rows the fixture has none of: a line, an improvement plan and a promotion application.
  const plant = em.getReference(Department, 9004);
  em.create(ProductionLine, { code: 'NODE-L1', name: 'Line', department: plant });
  em.create(ImprovementPlan, {
    employee: em.getReference(Employee, 9205),
    course: em.getReference(Course, 9302),
    reason: 'below target',
    openedAt: new Date('2026-03-01T00:00:00Z'),
  });
  em.create(PromotionApplication, {
    employee: em.getReference(Employee, 9205),
    targetPosition: em.getReference(Position, 9104),
    eligibilitySnapshot: {} as never,
  });
  await em.flush();
  tokens.hr = await api.login('fx-hr');
  tokens.manager = await api.login('fx-manager');
});
afterAll(async () => api?.close());

async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await api.gql(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

describe('node(id)', () => {
  it('every type with an id implements Node, and node(id) answers each of them', async () => {
    const schema = await buildApiSchema();
    // An object's own identity is a non-null `id: ID!` (a nullable id names another object).
    const withId = Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType =>
        isObjectType(t) && !t.name.startsWith('__') && String(t.getFields().id?.type) === 'ID!',
    );
    const notNodes = withId.filter((t) => !t.getInterfaces().some((i) => i.name === 'Node'));
    expect(notNodes.map((t) => t.name)).toEqual([]);
    const names = withId.map((t) => t.name).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'AwardCampaignSummary',
        'ImprovementPlan',
        'ProductionLine',
        'PromotionApplication',
      ]),
    );
    for (const typeName of names) {
      const idType = ID_TYPE[typeName] ?? typeName;
      const entity =
        idType === 'AwardCampaign'
          ? AwardCampaign
          : idType === 'PromotionApplication'
            ? PromotionApplication
            : nodeEntities.get(idType);
      expect(entity, `${typeName} has an entity`).toBeDefined();
      const [row] = await api.orm.em
        .fork()
        .find(entity as never, {}, { filters: false, orderBy: { id: 'asc' } as never, limit: 1 });
      expect(row, `a ${typeName} row exists`).not.toBeNull();
      const id = gid(idType, (row as { id: number }).id);
      const node = (await ok(`query($id: ID!) { node(id: $id) { __typename id } }`, { id }, tokens.hr)).node;
      expect(node, typeName).toEqual({ __typename: typeName, id });
    }
  });

  it('answers null for ids outside the scope, for the newly added node types too', async () => {
    const em = api.orm.em.fork();
    const plan = await em.findOneOrFail(ImprovementPlan, { reason: 'below target' }, { filters: false });
    const app = await em.findOneOrFail(PromotionApplication, { employee: 9205 }, { filters: false });
    for (const id of [gid('ImprovementPlan', plan.id), gid('PromotionApplication', app.id)]) {
      expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id }, tokens.manager)).node).toBeNull();
      expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id }, tokens.hr)).node).toEqual({ id });
    }
    const campaign = await ok(`{ awardCampaigns { id name } }`, {}, tokens.hr);
    const first = campaign.awardCampaigns[0];
    expect(
      (
        await ok(
          `query($id: ID!) { node(id: $id) { ... on AwardCampaignSummary { id name } } }`,
          { id: first.id },
          tokens.hr,
        )
      ).node,
    ).toEqual(first);
  });
});

const EMPLOYEES = `query($first: Int, $after: String, $last: Int, $before: String) {
  employees(first: $first, after: $after, last: $last, before: $before, filter: { search: "FX0" }) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { employeeNo } } }`;
const COURSES = `query($first: Int, $after: String, $last: Int, $before: String) {
  courses(first: $first, after: $after, last: $last, before: $before) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { code } } }`;

describe('backward paging', () => {
  it('employees (compiled read path): last, then last/before walk back to the start', async () => {
    const all = (await ok(EMPLOYEES, { first: 100 }, tokens.hr)).employees.nodes.map(
      (n: any) => n.employeeNo,
    );
    expect(all).toEqual(['FX0001', 'FX0002', 'FX0003', 'FX0004', 'FX0005']);
    const tail = (await ok(EMPLOYEES, { last: 2 }, tokens.hr)).employees;
    expect(tail.nodes.map((n: any) => n.employeeNo)).toEqual(['FX0004', 'FX0005']);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(tail.totalCount).toBe(5);
    const prev = (await ok(EMPLOYEES, { last: 2, before: tail.pageInfo.startCursor }, tokens.hr)).employees;
    expect(prev.nodes.map((n: any) => n.employeeNo)).toEqual(['FX0002', 'FX0003']);
    expect(prev.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const head = (await ok(EMPLOYEES, { last: 2, before: prev.pageInfo.startCursor }, tokens.hr)).employees;
    expect(head.nodes.map((n: any) => n.employeeNo)).toEqual(['FX0001']);
    expect(head.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // The cursors are the forward ones: `after` the page's end continues where `before` came from.
    const forward = (await ok(EMPLOYEES, { first: 2, after: head.pageInfo.endCursor }, tokens.hr)).employees;
    expect(forward.nodes.map((n: any) => n.employeeNo)).toEqual(['FX0002', 'FX0003']);
  });

  it('employees without totalCount: one statement, last alone and with before', async () => {
    const Q = `query($last: Int, $before: String) { employees(last: $last, before: $before, filter: { search: "FX0" }) { pageInfo { hasNextPage hasPreviousPage } nodes { employeeNo } } }`;
    const { result, statements } = await api.countStatements(() => api.gql(Q, { last: 3 }, tokens.hr));
    expect((result as any).data.employees).toEqual({
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      nodes: [{ employeeNo: 'FX0003' }, { employeeNo: 'FX0004' }, { employeeNo: 'FX0005' }],
    });
    expect(statements.filter((s) => /select/i.test(s))).toHaveLength(1);
  });

  it('courses (ORM paging) and a manager’s scoped employees page backward the same way', async () => {
    const tail = (await ok(COURSES, { last: 1 }, tokens.hr)).courses;
    const all = (await ok(COURSES, { first: 100 }, tokens.hr)).courses.nodes;
    expect(tail.nodes).toEqual(all.slice(-1));
    const before = (await ok(COURSES, { last: 5, before: tail.pageInfo.startCursor }, tokens.hr)).courses;
    expect(before.nodes).toEqual(all.slice(-6, -1));
    const mine = (await ok(EMPLOYEES, { last: 2 }, tokens.manager)).employees;
    expect(mine.nodes.map((n: any) => n.employeeNo)).toEqual(['FX0003', 'FX0004']);
    expect(mine.totalCount).toBe(3);
  });

  it('refuses first with last, and a size out of range, naming the argument', async () => {
    const both = await api.gql(EMPLOYEES, { first: 2, last: 2 }, tokens.hr);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(both.errors?.[0]?.extensions)).toContain('last');
    const big = await api.gql(EMPLOYEES, { last: 500 }, tokens.hr);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await api.gql(EMPLOYEES, { last: 2, before: 'nope' }, tokens.hr);
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['before'] });
  });
});
