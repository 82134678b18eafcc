/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskEmail, maskPhone } from '../auth/pii';
import { toGlobalId as gid } from '../common/relay';
import { createFixture, type Fixture } from '../testing/fixtures';
import { startTestApi, type TestApi } from '../testing/harness';

/**
 * The compiled read path answers like the field resolvers: GraphQL's selection features,
 * fields it leaves to their resolvers, row scope on joined rows, PII per viewer.
 */
let api: TestApi;
let fx: Fixture;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
  for (const user of ['fx-hr', 'fx-exec', 'fx-manager', 'fx-employee', 'fx-plant-manager']) {
    tokens[user] = await api.login(user);
  }
});
afterAll(async () => api?.close());

async function query(user: string, document: string, variables: Record<string, unknown> = {}) {
  const result = await api.gql(document, variables, tokens[user]);
  expect(result.errors).toBeUndefined();
  return result.data as any;
}

describe('compiled read path', () => {
  it('handles aliases, named and inline fragments, @skip/@include and __typename', async () => {
    const document = `query($id: ID!, $skip: Boolean!) {
      node(id: $id) {
        __typename id
        ... on Employee { who: name ...F dept: department { n: name } manager @skip(if: $skip) { name } boss: manager @include(if: $skip) { employeeNo } }
      } }
      fragment F on Employee { employeeNo managerName databaseId }`;
    const id = gid('Employee', fx.employees.e1.id);
    const data = await query('fx-hr', document, { id, skip: true });
    expect(data.node).toEqual({
      __typename: 'Employee',
      id,
      who: 'Fixture Employee One',
      employeeNo: 'FX0003',
      managerName: 'Fixture Manager Sales',
      databaseId: fx.employees.e1.id,
      dept: { n: 'Fixture Sales East' },
      boss: { employeeNo: 'FX0001' },
    });
    const shown = await query('fx-hr', document, { id, skip: false });
    expect(shown.node.manager).toEqual({ name: 'Fixture Manager Sales' });
    expect(shown.node.boss).toBeUndefined();
  });

  it('leaves fields it does not compile to their resolvers, on the entity', async () => {
    const data = await query(
      'fx-hr',
      `query($id: ID!) { employee(id: $id) {
        department { parent { name head { name } } children { name } }
        position { name competencyRequirements { requiredLevel } }
      } }`,
      { id: gid('Employee', fx.employees.e1.id) },
    );
    expect(data.employee.department.parent).toEqual({
      name: 'Fixture Sales',
      head: { name: 'Fixture Manager Sales' },
    });
    expect(data.employee.department.children).toEqual([]);
    expect(Array.isArray(data.employee.position.competencyRequirements)).toBe(true);
  });

  it('keeps a response key that names different fields in nodes and edges apart', async () => {
    const data = await query(
      'fx-hr',
      `query($dep: ID!) { employees(first: 2, filter: { departmentId: $dep }) {
        nodes { x: name } edges { cursor node { x: employeeNo } } pageInfo { hasNextPage endCursor } totalCount } }`,
      { dep: gid('Department', fx.departments.salesEast.id) },
    );
    const c = data.employees;
    expect(c.totalCount).toBe(2);
    expect(c.nodes.map((n: any) => n.x)).toEqual(['Fixture Employee One', 'Fixture Employee Two']);
    expect(c.edges.map((e: any) => e.node.x)).toEqual(['FX0003', 'FX0004']);
    expect(c.pageInfo).toEqual({ hasNextPage: false, endCursor: c.edges[1].cursor });
  });

  it('masks PII per viewer with the resolvers’ rule', async () => {
    const document = `query($id: ID!) { employee(id: $id) { email phone } }`;
    const id = gid('Employee', fx.employees.e1.id);
    const raw = { email: fx.employees.e1.email, phone: fx.employees.e1.phone };
    expect((await query('fx-hr', document, { id })).employee).toEqual(raw);
    expect((await query('fx-manager', document, { id })).employee).toEqual(raw);
    expect((await query('fx-exec', document, { id })).employee).toEqual({
      email: maskEmail(raw.email),
      phone: maskPhone(raw.phone),
    });
  });

  it('scopes joined rows: an out-of-scope manager is null, the directory name stays', async () => {
    const document = `query($id: ID!) { employee(id: $id) { name manager { name } managerName reports { name } } }`;
    const own = await query('fx-employee', document, { id: gid('Employee', fx.employees.e1.id) });
    expect(own.employee).toEqual({
      name: 'Fixture Employee One',
      manager: null,
      managerName: 'Fixture Manager Sales',
      reports: [],
    });
    const boss = await query('fx-manager', document, { id: gid('Employee', fx.employees.m1.id) });
    expect(boss.employee.reports.map((r: any) => r.name)).toEqual([
      'Fixture Employee One',
      'Fixture Employee Two',
    ]);
    const outside = await query('fx-plant-manager', document, { id: gid('Employee', fx.employees.e1.id) });
    expect(outside.employee).toBeNull();
    const list = await query('fx-plant-manager', `{ employees(first: 50) { nodes { name } } }`);
    expect(list.employees.nodes.map((n: any) => n.name)).toEqual([
      'Fixture Manager Plant',
      'Fixture Employee Three',
    ]);
  });
});
