import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../issue-token';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from '../testing/harness';
import { findBadInput } from './input-guard';

describe('findBadInput', () => {
  it('names NUL bytes and out-of-range numbers in variables and literals, nested', () => {
    const document = parse(`mutation($rows: [KpiObservationInput!]!, $n: String = "a\\u0000b") {
      recordKpiObservations(input: $rows) { accepted }
      x: createCourse(input: { name: "ok", hours: 1e308, tags: ["fine", "bad\\u0000"] }) { id }
    }`);
    const problems = findBadInput(document, { rows: [{ value: 1 }, { value: 1e308, note: 'n\u0000' }] });
    expect(problems.map((p) => p.field)).toEqual([
      '$rows[1].value',
      '$rows[1].note',
      '$n',
      'input.hours',
      'input.tags[1]',
    ]);
  });

  it('accepts ordinary values', () => {
    const document = parse(`{ employees(first: 20, filter: { search: "王" }) { totalCount } }`);
    expect(findBadInput(document, { a: 'text', b: -12.5, c: 1e15, d: [null, true] })).toEqual([]);
  });
});

describe('over HTTP, in production mode', () => {
  let api: TestApi;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi({ nodeEnv: 'production', seed: { employees: 60, seed: 42 } });
    tokens = {};
    for (const user of ['hr', 'manager', 'integration'])
      tokens[user] = await issueToken(api.databaseUrl, TEST_JWT_SECRET, user, '10m');
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it('a NUL byte in a string argument is BAD_USER_INPUT (400) naming it', async () => {
    const res = await api.gql(
      'query($f: EmployeeFilter) { employees(filter: $f) { totalCount } }',
      { f: { search: 'a\u0000b' } },
      tokens.hr,
    );
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['$f.search'] });
  });

  it('a KPI value of 1e308 is BAD_USER_INPUT naming the row', async () => {
    const res = await api.gql(
      'mutation($rows: [KpiObservationInput!]!) { recordKpiObservations(input: $rows) { accepted } }',
      { rows: [{ kpi: 'SALES', month: '2026-01', sourceSystem: 'crm', value: 1e308 }] },
      tokens.integration,
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['$rows[0].value'] });
  });

  it('a manager’s refused request costs no SQL: the scope look-up runs after validation', async () => {
    // The token's session state is cached (SESSION_CHECK_SECONDS) by the first request.
    await api.gql('{ me { userId } }', {}, tokens.manager);
    const refused = await api.countStatements(() =>
      api.gql('{ employees(first: 20) { totalCount nope } }', {}, tokens.manager),
    );
    expect(refused.result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(refused.statements).toEqual([]);
    const badInput = await api.countStatements(() =>
      api.gql(
        'query($f: EmployeeFilter) { employees(filter: $f) { totalCount } }',
        { f: { search: '\u0000' } },
        tokens.manager,
      ),
    );
    expect(badInput.result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(badInput.statements).toEqual([]);
    // A valid request resolves the department path first, then reads in scope.
    const ok = await api.countStatements(() =>
      api.gql('{ employees(first: 5) { totalCount } }', {}, tokens.manager),
    );
    expect(ok.result.data!.employees.totalCount).toBeGreaterThan(0);
    expect(ok.statements[0]).toMatch(/select path from department/);
  });
});
