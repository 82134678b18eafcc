/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, Department, Employee, ProductionLine } from '@talentloop/db/entities';
import { signToken } from '../../auth/token';
import { Role } from '../../auth/viewer';
import { toGlobalId as gid } from '../../common/relay';
import { createFixture } from '../../testing/fixtures';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from '../../testing/harness';

// Master data over GraphQL as an HRIS would send it: created, updated, replayed (nothing
// changes, no audit rows), a bad row reported in its row, and the writer's scope enforced.
// Fixture org: HQ /9001/ with Sales /9001/9002/ (Sales East 9003) and Plant /9001/9004/.

let api: TestApi;
const tokens: Record<string, string> = {};

const ROW = `index status id databaseId sourceSystem externalId problems { code field message }`;
const DEPARTMENTS = `mutation($input: [DepartmentSyncInput!]!) { upsertDepartments(input: $input) { ${ROW} } }`;
const POSITIONS = `mutation($input: [PositionSyncInput!]!) { upsertPositions(input: $input) { ${ROW} } }`;
const EMPLOYEES = `mutation($input: [EmployeeSyncInput!]!) { upsertEmployees(input: $input) { ${ROW} node { id ... on Employee { name employeeNo status department { code } position { code } } } } }`;
const HIRE = `mutation($input: EmployeeSyncInput!) { hireEmployee(input: $input) { ${ROW} } }`;

async function audits(action: string): Promise<AuditLog[]> {
  return api.orm.em.fork().find(AuditLog, { action }, { orderBy: { id: 'asc' } });
}

async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await api.gql(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

beforeAll(async () => {
  api = await startTestApi();
  const em = api.orm.em.fork();
  await createFixture(em);
  await em.getConnection().execute(
    `insert into app_user (id, username, role, scopes) values
       (9590, 'h5-sync', 'INTEGRATION', '{masterdata:write,archive:read}'),
       (9591, 'h5-sync-plant', 'INTEGRATION', '{masterdata:write,archive:read}')`,
  );
  tokens.hr = await api.login('fx-hr');
  tokens.manager = await api.login('fx-manager');
  tokens.integration = await api.login('fx-integration');
  tokens.sync = await api.login('h5-sync');
  tokens.plant = await signToken(
    {
      userId: 9591,
      role: Role.INTEGRATION,
      employeeId: null,
      departmentId: 9004,
      scopes: ['masterdata:write', 'archive:read'],
    },
    TEST_JWT_SECRET,
  );
});
afterAll(async () => api?.close());

const departments = [
  {
    sourceSystem: 'HRIS',
    externalId: 'D-OPS',
    code: 'H5-OPS',
    name: 'Operations',
    parentId: gid('Department', 9001),
  },
  {
    sourceSystem: 'HRIS',
    externalId: 'D-OPS-N',
    code: 'H5-OPS-N',
    name: 'Operations North',
    parentExternalId: 'D-OPS',
  },
];
const positions = [
  {
    sourceSystem: 'HRIS',
    externalId: 'P-OP',
    code: 'H5-OP',
    name: '操作员(H5)',
    family: 'MANUFACTURING',
    level: 1,
  },
  {
    sourceSystem: 'HRIS',
    externalId: 'P-LEAD',
    code: 'H5-LEAD',
    name: '班组长(H5)',
    family: 'MANUFACTURING',
    level: 2,
  },
];
const employees = Array.from({ length: 3 }, (_, i) => ({
  sourceSystem: 'HRIS',
  externalId: `E-${i + 1}`,
  employeeNo: `H5-000${i + 1}`,
  name: `Sync Person ${i + 1}`,
  departmentExternalId: 'D-OPS-N',
  positionExternalId: i === 0 ? 'P-LEAD' : 'P-OP',
  managerExternalId: i === 0 ? null : 'E-1',
  hireDate: '2024-03-0' + (i + 1),
  email: `sync${i + 1}@example.com`,
}));

describe('master data sync', () => {
  it('creates departments (a child under a parent of the same batch), positions and employees', async () => {
    const d = (await ok(DEPARTMENTS, { input: departments }, tokens.sync)).upsertDepartments;
    expect(d.map((r: any) => r.status)).toEqual(['CREATED', 'CREATED']);
    const stored = await api.orm.em
      .fork()
      .find(Department, { code: { $in: ['H5-OPS', 'H5-OPS-N'] } }, { orderBy: { code: 'asc' } });
    expect(stored.map((x) => x.path)).toEqual([
      `/9001/${stored[0]!.id}/`,
      `/9001/${stored[0]!.id}/${stored[1]!.id}/`,
    ]);
    expect(stored.map((x) => x.depth)).toEqual([1, 2]);
    expect(d[0].id).toBe(gid('Department', stored[0]!.id));

    const p = (await ok(POSITIONS, { input: positions }, tokens.sync)).upsertPositions;
    expect(p.map((r: any) => r.status)).toEqual(['CREATED', 'CREATED']);

    const e = (await ok(EMPLOYEES, { input: employees }, tokens.sync)).upsertEmployees;
    expect(e.map((r: any) => r.status)).toEqual(['CREATED', 'CREATED', 'CREATED']);
    expect(e[1].node).toMatchObject({
      name: 'Sync Person 2',
      employeeNo: 'H5-0002',
      status: 'ACTIVE',
      department: { code: 'H5-OPS-N' },
      position: { code: 'H5-OP' },
    });
    const second = await api.orm.em.fork().findOneOrFail(Employee, { externalId: 'E-2' }, { filters: false });
    expect(second.manager?.id).toBe(e[0].databaseId);
    expect((await audits('employee.create')).map((a) => a.entityId)).toEqual(
      e.map((r: any) => String(r.databaseId)),
    );
    const created = (await audits('department.create'))[0]!;
    expect(created.actorLabel).toBe('user:9590');
    expect(created.after).toMatchObject({
      code: 'H5-OPS',
      name: 'Operations',
      sourceSystem: 'HRIS',
      externalId: 'D-OPS',
    });
  });

  it('replaying the same batches changes nothing and writes no audit row', async () => {
    const before = await api.orm.em.fork().count(AuditLog, {});
    expect(
      (await ok(DEPARTMENTS, { input: departments }, tokens.sync)).upsertDepartments.map(
        (r: any) => r.status,
      ),
    ).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(
      (await ok(POSITIONS, { input: positions }, tokens.sync)).upsertPositions.map((r: any) => r.status),
    ).toEqual(['UNCHANGED', 'UNCHANGED']);
    const e = (await ok(EMPLOYEES, { input: employees }, tokens.sync)).upsertEmployees;
    expect(e.map((r: any) => r.status)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(e.every((r: any) => r.id && r.problems.length === 0)).toBe(true);
    expect(await api.orm.em.fork().count(AuditLog, {})).toBe(before);
  });

  it('updates only what changed, with before/after in the audit row', async () => {
    const changed = employees.map((row, i) =>
      i === 2 ? { ...row, name: 'Sync Person Three', positionExternalId: 'P-LEAD' } : row,
    );
    const e = (await ok(EMPLOYEES, { input: changed }, tokens.sync)).upsertEmployees;
    expect(e.map((r: any) => r.status)).toEqual(['UNCHANGED', 'UNCHANGED', 'UPDATED']);
    const audit = (await audits('employee.update')).at(-1)!;
    expect(audit.entityId).toBe(String(e[2].databaseId));
    expect(audit.before).toEqual({ name: 'Sync Person 3', position: expect.any(Number) });
    expect(audit.after).toEqual({ name: 'Sync Person Three', position: expect.any(Number) });
  });

  it('reports a bad row in its row (code + field) and writes the good rows of the batch', async () => {
    const rows = [
      { ...employees[0], externalId: 'E-10', employeeNo: 'H5-0010', name: 'Good Row' },
      { ...employees[0], externalId: 'E-11', employeeNo: 'H5-0011', hireDate: '2024-02-30' },
      { ...employees[0], externalId: 'E-12', employeeNo: 'H5-0012', departmentExternalId: 'NO-SUCH' },
      { ...employees[0], externalId: 'E-13', employeeNo: 'H5-0001' },
      { sourceSystem: 'HRIS', name: 'No key' },
    ];
    const e = (await ok(EMPLOYEES, { input: rows }, tokens.sync)).upsertEmployees;
    expect(e.map((r: any) => r.status)).toEqual(['CREATED', 'ERROR', 'ERROR', 'ERROR', 'ERROR']);
    expect(e[1].problems).toEqual([
      { code: 'BAD_USER_INPUT', field: 'input[1].hireDate', message: expect.any(String) },
    ]);
    expect(e[2].problems).toEqual([
      { code: 'NOT_FOUND', field: 'input[2].departmentExternalId', message: expect.any(String) },
    ]);
    expect(e[3].problems).toEqual([
      { code: 'CONFLICT', field: 'input[3].employeeNo', message: expect.any(String) },
    ]);
    expect(e[4].problems[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input[4].externalId' });
    expect(e.slice(1).every((r: any) => r.id === null && r.node === null)).toBe(true);
    const stored = await api.orm.em
      .fork()
      .find(Employee, { externalId: { $in: ['E-10', 'E-11', 'E-12', 'E-13'] } }, { filters: false });
    expect(stored.map((x) => x.externalId)).toEqual(['E-10']);
  });

  it('a single mutation answers a bad field with BAD_USER_INPUT naming it', async () => {
    const res = await api.gql(
      HIRE,
      { input: { ...employees[0], externalId: 'E-20', employeeNo: 'H5-0020', email: 'not-mail' } },
      tokens.hr,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.email'] });
    const missing = await api.gql(
      HIRE,
      { input: { sourceSystem: 'HRIS', externalId: 'E-21', name: 'Half' } },
      tokens.hr,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.extensions?.fields).toEqual(
      expect.arrayContaining([
        'input.employeeNo',
        'input.departmentId',
        'input.positionId',
        'input.hireDate',
      ]),
    );
  });
});

describe('employee lifecycle', () => {
  const key = { sourceSystem: 'HRIS', externalId: 'E-30' };
  it('hires, transfers and terminates by external key; a replayed hire is UNCHANGED', async () => {
    const hire = {
      ...key,
      employeeNo: 'H5-0030',
      name: 'Lifecycle',
      departmentId: gid('Department', 9003),
      positionId: gid('Position', 9101),
      hireDate: '2025-01-02',
    };
    expect((await ok(HIRE, { input: hire }, tokens.hr)).hireEmployee.status).toBe('CREATED');
    expect((await ok(HIRE, { input: hire }, tokens.hr)).hireEmployee.status).toBe('UNCHANGED');
    const transfer = `mutation($input: EmployeeTransferInput!) { transferEmployee(input: $input) { status node { ... on Employee { department { code } position { code } } } } }`;
    const moved = (
      await ok(
        transfer,
        { input: { ...key, departmentId: gid('Department', 9004), positionId: gid('Position', 9104) } },
        tokens.hr,
      )
    ).transferEmployee;
    expect(moved).toEqual({
      status: 'UPDATED',
      node: { department: { code: 'FX-PLANT' }, position: { code: 'FX-ENG' } },
    });
    const terminate = `mutation($input: EmployeeTerminationInput!) { terminateEmployee(input: $input) { status node { ... on Employee { status } } } }`;
    expect(
      (await ok(terminate, { input: { ...key, terminatedOn: '2026-06-30' } }, tokens.hr)).terminateEmployee,
    ).toEqual({
      status: 'UPDATED',
      node: { status: 'TERMINATED' },
    });
    expect(
      (await ok(terminate, { input: { ...key, terminatedOn: '2026-06-30' } }, tokens.hr)).terminateEmployee
        .status,
    ).toBe('UNCHANGED');
    const stored = await api.orm.em
      .fork()
      .findOneOrFail(Employee, { externalId: 'E-30' }, { filters: false });
    expect(stored.terminatedOn).toBe('2026-06-30');
    const unknown = await api.gql(
      transfer,
      { input: { sourceSystem: 'HRIS', externalId: 'NOPE', departmentId: gid('Department', 9004) } },
      tokens.hr,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: ['input.externalId'],
    });
  });

  it('attaches an external key to an employee created before the sync (found by id)', async () => {
    const res = (
      await ok(
        `mutation($input: EmployeeSyncInput!) { updateEmployee(input: $input) { ${ROW} } }`,
        { input: { id: gid('Employee', 9205), sourceSystem: 'HRIS', externalId: 'LEGACY-9205' } },
        tokens.hr,
      )
    ).updateEmployee;
    expect(res).toMatchObject({ status: 'UPDATED', databaseId: 9205, externalId: 'LEGACY-9205' });
  });
});

describe('scope', () => {
  const lineRow = {
    sourceSystem: 'MES',
    externalId: 'L-1',
    code: 'H5-L1',
    name: 'Line 1',
    departmentId: gid('Department', 9004),
  };
  const LINES = `mutation($input: [ProductionLineSyncInput!]!) { upsertProductionLines(input: $input) { ${ROW} } }`;

  it('refuses managers and integration tokens without masterdata:write', async () => {
    for (const who of ['manager', 'integration']) {
      const res = await api.gql(DEPARTMENTS, { input: departments }, tokens[who]);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const line = await api.gql(LINES, { input: [lineRow] }, tokens[who]);
      expect(line.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('a department-limited token writes inside its subtree only, and no company-wide data', async () => {
    const rows = [
      lineRow,
      { ...lineRow, externalId: 'L-2', code: 'H5-L2', departmentId: gid('Department', 9002) },
    ];
    const res = (await ok(LINES, { input: rows }, tokens.plant)).upsertProductionLines;
    expect(res.map((r: any) => r.status)).toEqual(['CREATED', 'ERROR']);
    expect(res[1].problems).toEqual([
      { code: 'FORBIDDEN', field: 'input[1].departmentId', message: expect.any(String) },
    ]);
    const move = { ...employees[0], departmentId: gid('Department', 9004), departmentExternalId: undefined };
    const e = (await ok(EMPLOYEES, { input: [move] }, tokens.plant)).upsertEmployees;
    // E-1 lives in Operations North (/9001/…), outside the Plant subtree: not movable from there.
    expect(e[0]).toMatchObject({
      status: 'ERROR',
      problems: [{ code: 'FORBIDDEN', field: 'input[0].externalId' }],
    });
    const p = (await ok(POSITIONS, { input: positions }, tokens.plant)).upsertPositions;
    expect(p.map((r: any) => r.problems[0]?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const lines = await api.orm.em.fork().find(ProductionLine, { code: { $like: 'H5-%' } });
    expect(lines.map((l) => l.code)).toEqual(['H5-L1']);
    // The career graph is company-wide (api/src/auth/write-scope.ts): refused whole, before any lookup.
    const edges = await api.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from career_path');
    const path = await api.gql(
      `mutation($input: CareerPathInput!) { upsertCareerPath(input: $input) { status } }`,
      {
        input: {
          fromPositionId: gid('Position', 9104),
          toPositionId: gid('Position', 9105),
          typicalMonths: 12,
        },
      },
      tokens.plant,
    );
    expect(path.errors?.[0]).toMatchObject({
      message: 'Career paths are company-wide master data',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(
      await api.orm.em.fork().getConnection().execute('select count(*)::int as n from career_path'),
    ).toEqual(edges);
  });

  it('productionLines lists the lines in the reader’s scope', async () => {
    const Q = `{ productionLines { id code name department { code } } }`;
    expect((await ok(Q, {}, tokens.hr)).productionLines).toEqual([
      { id: expect.any(String), code: 'H5-L1', name: 'Line 1', department: { code: 'FX-PLANT' } },
    ]);
    expect((await ok(Q, {}, tokens.manager)).productionLines).toEqual([]);
    const plantManager = await api.login('fx-plant-manager');
    expect((await ok(Q, {}, plantManager)).productionLines.map((l: any) => l.code)).toEqual(['H5-L1']);
    const id = (await ok(Q, {}, tokens.hr)).productionLines[0].id;
    expect(
      (
        await ok(
          `query($id: ID!) { node(id: $id) { __typename ... on ProductionLine { code } } }`,
          { id },
          tokens.hr,
        )
      ).node,
    ).toEqual({
      __typename: 'ProductionLine',
      code: 'H5-L1',
    });
  });
});
