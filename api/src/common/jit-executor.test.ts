/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../server';
import { createLogger } from './logger';
import { toGlobalId as gid } from './relay';
import { executorFromEnv } from './jit-executor';
import { ARCHIVE_QUERY } from '../testing/queries';
import { createFixture, type Fixture } from '../testing/fixtures';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from '../testing/harness';

/**
 * graphql-jit (the default executor) and Apollo's graphql-js execution must answer every
 * request with the same bytes: data, error codes, messages, paths and HTTP status. Two apps on
 * one database and one schema, the same requests to both.
 */
let api: TestApi;
let fx: Fixture;
let jit: App;
let graphqlJs: App;
const urls = { jit: '', graphqlJs: '' };
let hr: string;
let manager: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
  const config = { NODE_ENV: 'production' as const, JWT_SECRET: TEST_JWT_SECRET };
  const logger = createLogger('silent');
  const common = { config, orm: api.orm, logger, schema: api.app.schema };
  jit = await createApp({ ...common, executor: 'jit' });
  graphqlJs = await createApp({ ...common, executor: 'graphql-js' });
  urls.jit = await jit.listen(0);
  urls.graphqlJs = await graphqlJs.listen(0);
  hr = await api.login('fx-hr');
  manager = await api.login('fx-manager');
});
afterAll(async () => {
  await jit?.stop();
  await graphqlJs?.stop();
  await api?.close();
});

async function post(url: string, query: string, variables: object, token: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.text() };
}

/**
 * The request twice to the jit app (an operation is compiled on its second request, so at least
 * the second answer is graphql-jit's) and once
 * to the graphql-js app; all three answers byte-identical. Returns the parsed answer.
 */
async function same(query: string, variables: object, token = hr): Promise<{ status: number; body: any }> {
  const executed = jit.executor.jit!.executed;
  const first = await post(urls.jit, query, variables, token);
  const compiled = await post(urls.jit, query, variables, token);
  const reference = await post(urls.graphqlJs, query, variables, token);
  expect(compiled).toEqual(reference);
  expect(first).toEqual(reference);
  expect(jit.executor.jit!.executed).toBeGreaterThan(executed);
  return { status: reference.status, body: JSON.parse(reference.body) };
}

describe('graphql-jit executor', () => {
  it('is the default, and API_EXECUTOR=graphql-js switches it off', () => {
    expect(executorFromEnv(undefined)).toBe('jit');
    expect(executorFromEnv('graphql-js')).toBe('graphql-js');
    expect(() => executorFromEnv('fast')).toThrow(/API_EXECUTOR/);
    expect(graphqlJs.executor).toEqual({ kind: 'graphql-js', jit: null });
  });

  it('answers the full growth archive exactly as graphql-js does', async () => {
    const { body } = await same(ARCHIVE_QUERY, { id: gid('Employee', fx.employees.e1.id) });
    const events = body.data.growthArchive.events;
    // The fixture's history of E1: several event types, each with its linked record.
    expect(new Set(events.map((e: any) => e.__typename)).size).toBeGreaterThan(1);
    expect(events.every((e: any) => typeof e.title === 'string' && e.key.includes(':'))).toBe(true);
    expect(body.data.growthArchive.employee.name).toBe(fx.employees.e1.name);
  });

  it('answers the HR list page and a manager-scoped list exactly as graphql-js does', async () => {
    const page = `query Page($first: Int, $filter: EmployeeFilter) {
      employees(first: $first, filter: $filter) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id name position { name } department { name } enrollments { course { name } examScore } reviews { period finalScore } }
      } }`;
    const asHr = await same(page, {
      first: 10,
      filter: { departmentId: gid('Department', fx.departments.hq.id) },
    });
    expect(asHr.body.data.employees.totalCount).toBe(5);
    const asManager = await same(page, { first: 10 }, manager);
    expect(asManager.body.data.employees.nodes.map((n: any) => n.name)).not.toContain(fx.employees.e3.name);
  });

  it('resolves node(id) through the Node interface (fragments on concrete types) as graphql-js does', async () => {
    const query = `query($e: ID!, $c: ID!, $none: ID!) {
      e: node(id: $e) { __typename id ... on Employee { name department { name } enrollments { status } } }
      c: node(id: $c) { __typename ... on Course { code name } }
      none: node(id: $none) { id }
    }`;
    const { body } = await same(query, {
      e: gid('Employee', fx.employees.e1.id),
      c: gid('Course', fx.courses.lean.id),
      none: gid('Employee', 987654),
    });
    expect(body.data.e).toMatchObject({ __typename: 'Employee', name: fx.employees.e1.name });
    expect(body.data.c.__typename).toBe('Course');
    expect(body.data.none).toBeNull();
  });

  it('keeps errors identical: codes, messages, paths, partial data, no stack traces', async () => {
    // FORBIDDEN for an archive outside the manager's scope (Plant), NOT_FOUND, a malformed id.
    const forbidden = await same(ARCHIVE_QUERY, { id: gid('Employee', fx.employees.e3.id) }, manager);
    expect(forbidden.body.data).toBeNull();
    expect(forbidden.body.errors).toEqual([
      expect.objectContaining({
        path: ['growthArchive'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
    const missing = await same(ARCHIVE_QUERY, { id: gid('Employee', 987654) });
    expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const partial = await same(
      `query($ok: ID!, $bad: ID!) { ok: growthArchive(employeeId: $ok) { employee { name } } bad: growthArchive(employeeId: $bad) { employee { name } } }`,
      { ok: gid('Employee', fx.employees.e1.id), bad: gid('Course', 1) },
    );
    expect(partial.body.data).toBeNull();
    expect(partial.body.errors[0]).toMatchObject({ path: ['bad'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(partial.body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('leaves refused variables to graphql-js, with its wording and status', async () => {
    const query = `query($id: ID!, $from: Date) { growthArchive(employeeId: $id, from: $from) { events { key } } }`;
    const fallbacks = jit.executor.jit!.fallbacks;
    await post(urls.jit, query, { id: 5 * 1.5, from: 'not-a-date' }, hr);
    // Compiled on this second request; graphql-jit refuses the variables, graphql-js answers.
    const refused = await post(urls.jit, query, { id: 5 * 1.5, from: 'not-a-date' }, hr);
    const reference = await post(urls.graphqlJs, query, { id: 5 * 1.5, from: 'not-a-date' }, hr);
    expect(refused).toEqual(reference);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(jit.executor.jit!.fallbacks).toBe(fallbacks + 2);
  });
});
