/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId as gid } from '../common/relay';
import { createFixture } from '../testing/fixtures';
import { startTestApi, type TestApi } from '../testing/harness';

// Role × operation matrix over the fixture org: Sales (/9001/9002/, head M1) with Sales East
// (E1, E2) and Plant (/9001/9004/, head M2, E3).
let api: TestApi;
const tokens: Record<string, string> = {};
const E1 = gid('Employee', 9203);
const E2 = gid('Employee', 9204);
const E3 = gid('Employee', 9205);

beforeAll(async () => {
  api = await startTestApi();
  await createFixture(api.orm.em.fork());
  for (const u of ['hr', 'exec', 'manager', 'employee', 'integration', 'plant-manager'])
    tokens[u] = await api.login(`fx-${u}`);
});
afterAll(async () => api?.close());

const EMPLOYEE = `query($id: ID!) { employee(id: $id) { name email phone } }`;
const ARCHIVE = `query($id: ID!) { growthArchive(employeeId: $id) { employee { name } events { key } } }`;
const SERIES = `query($id: ID!) { kpiSeries(employeeId: $id, kpi: "FX_SALES_GROWTH") { points { value } } }`;
const LIST = `{ employees(first: 100, filter: { search: "FX0" }) { totalCount nodes { employeeNo } } }`;

describe('row scope', () => {
  it.each([
    ['hr', ['FX0001', 'FX0002', 'FX0003', 'FX0004', 'FX0005']],
    ['exec', ['FX0001', 'FX0002', 'FX0003', 'FX0004', 'FX0005']],
    ['integration', ['FX0001', 'FX0002', 'FX0003', 'FX0004', 'FX0005']],
    ['manager', ['FX0001', 'FX0003', 'FX0004']],
    ['plant-manager', ['FX0002', 'FX0005']],
    ['employee', ['FX0003']],
  ])('%s lists exactly its scope', async (user, expected) => {
    const res = await api.gql(LIST, {}, tokens[user]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.employees.nodes.map((n: any) => n.employeeNo)).toEqual(expected);
    expect(res.data!.employees.totalCount).toBe(expected.length);
  });

  it('a manager reading another department’s employee gets null, never the record', async () => {
    const res = await api.gql(EMPLOYEE, { id: E3 }, tokens.manager);
    expect(res.errors).toBeUndefined();
    expect(res.data!.employee).toBeNull();
    const viaNode = await api.gql(
      `query($id: ID!) { node(id: $id) { id ... on Employee { name } } }`,
      { id: E3 },
      tokens.manager,
    );
    expect(viaNode.data!.node).toBeNull();
  });

  it('a manager cannot read another department’s archive or KPIs', async () => {
    for (const query of [ARCHIVE, SERIES]) {
      const res = await api.gql(query, { id: E3 }, tokens.manager);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain('Fixture Employee Three');
    }
  });

  it('a manager reads the archive of someone in the subtree', async () => {
    const res = await api.gql(ARCHIVE, { id: E1 }, tokens.manager);
    expect(res.errors).toBeUndefined();
    expect(res.data!.growthArchive.employee.name).toBe('Fixture Employee One');
    expect(res.data!.growthArchive.events.length).toBe(12);
  });

  it('an employee reads their own archive but nobody else’s', async () => {
    const own = await api.gql(ARCHIVE, { id: E1 }, tokens.employee);
    expect(own.data!.growthArchive.events.length).toBe(12);
    const other = await api.gql(ARCHIVE, { id: E2 }, tokens.employee);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data).toBeNull();
    const record = await api.gql(EMPLOYEE, { id: E2 }, tokens.employee);
    expect(record.data!.employee).toBeNull();
  });

  it('relations never leak out-of-scope people', async () => {
    const res = await api.gql(
      `query($id: ID!) { employee(id: $id) { manager { name } peerFeedback { score fromEmployee { name } } } }`,
      { id: E1 },
      tokens.employee,
    );
    expect(res.data!.employee).toEqual({ manager: null, peerFeedback: [{ score: 90, fromEmployee: null }] });
  });

  it('the knowledge base is shared, its author’s archive is not', async () => {
    const res = await api.gql(
      `{ practiceCases(adopted: true) { nodes { title employee { name } } } }`,
      {},
      tokens['plant-manager'],
    );
    expect(res.data!.practiceCases.nodes).toEqual([{ title: 'Key account renewal', employee: null }]);
    // …nor is anything reachable from the shared case.
    const nested = await api.gql(
      `{ practiceCases(adopted: true) { nodes { enrollment { examScore } reviewer { name } course { sessions { lecturer { name email } } } } } }`,
      {},
      tokens['plant-manager'],
    );
    expect(nested.data!.practiceCases.nodes).toEqual([
      { enrollment: null, reviewer: null, course: { sessions: [{ lecturer: null }] } },
    ]);
    const archive = await api.gql(ARCHIVE, { id: E1 }, tokens['plant-manager']);
    expect(archive.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('production-line KPI rows follow their owning department', async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on KpiObservation { productionLine value department { name } } } }`;
    const line = gid('KpiObservation', 9774);
    expect((await api.gql(q, { id: line }, tokens['plant-manager'])).data!.node).toEqual({
      productionLine: 'FX-LINE-1',
      value: 3.2,
      department: { name: 'Fixture Plant' },
    });
    expect((await api.gql(q, { id: line }, tokens.manager)).data!.node).toBeNull();
    expect((await api.gql(q, { id: line }, tokens.employee)).data!.node).toBeNull();
    expect((await api.gql(q, { id: line }, tokens.hr)).data!.node).not.toBeNull();
  });

  it('nested lists are scoped too (reports, department heads)', async () => {
    const res = await api.gql(
      `{ departments(rootId: "${gid('Department', 9001)}") { head { name } children { name head { name } } } }`,
      {},
      tokens.manager,
    );
    expect(res.data!.departments[0].children).toEqual([
      { name: 'Fixture Plant', head: null },
      { name: 'Fixture Sales', head: { name: 'Fixture Manager Sales' } },
    ]);
  });
});

describe('PII', () => {
  it.each([
    ['hr', 'fx0003@fixture.example.com', '13800009203'],
    ['manager', 'fx0003@fixture.example.com', '13800009203'],
    ['employee', 'fx0003@fixture.example.com', '13800009203'],
    ['exec', 'f*****@fixture.example.com', '138****9203'],
    ['integration', 'f*****@fixture.example.com', '138****9203'],
  ])('%s sees email %s', async (user, email, phone) => {
    const res = await api.gql(EMPLOYEE, { id: E1 }, tokens[user]);
    expect(res.data!.employee).toEqual({ name: 'Fixture Employee One', email, phone });
  });
});

describe('unauthenticated', () => {
  it.each([
    ['employee', EMPLOYEE, { id: E1 }],
    ['employees', LIST, {}],
    ['growthArchive', ARCHIVE, { id: E1 }],
    ['kpiSeries', SERIES, { id: E1 }],
    ['departments', '{ departments { name } }', {}],
    ['positions', '{ positions { name } }', {}],
    ['courses', '{ courses { totalCount } }', {}],
    ['node', `query($id: ID!) { node(id: $id) { id } }`, { id: E1 }],
  ])('%s → UNAUTHENTICATED', async (_name, query, variables) => {
    const res = await api.gql(query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Nullable root fields come back as null next to the error; nothing else does.
    expect(Object.values(res.data ?? {}).every((v) => v === null)).toBe(true);
  });
});
