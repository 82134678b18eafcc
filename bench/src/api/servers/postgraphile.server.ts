/**
 * Child process: PostGraphile 4.14.1 (the peer engine that compiles each GraphQL request
 * into one SQL statement) on the same database and a `pg` pool of the same size.
 *
 * Its stock `condition` argument only does equality, so two conditions are added with
 * graphile-utils (inside the generated SQL, still one statement): `departmentSubtree` on
 * employees (the department and its whole subtree, by materialised path, like the API's
 * filter) and `monthFrom`/`monthTo` on KPI observations. Statements are counted by wrapping
 * `query` on every pooled client; the parent reads the count over IPC.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makeAddPgTableConditionPlugin } from 'graphile-utils';
import { answerParent } from './control';

const pool = new pg.Pool({
  connectionString: process.env.BENCH_DATABASE_URL!,
  max: Number(process.env.BENCH_POOL_MAX ?? 10),
});

const log = answerParent();
const wrapped = new WeakSet<pg.PoolClient>();
pool.on('connect', (client) => {
  if (wrapped.has(client)) return;
  wrapped.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (log.recording) {
      const first = args[0] as string | { text?: string };
      log.push({ sql: typeof first === 'string' ? first : (first?.text ?? '?'), ms: NaN });
    }
    return query(...args);
  };
});

/* eslint-disable @typescript-eslint/no-explicit-any -- graphile-utils' build/helpers are loosely typed */
const DepartmentSubtree = makeAddPgTableConditionPlugin(
  'public',
  'employee',
  'departmentSubtree',
  (build: any) => ({
    description: 'The department with this id and its whole subtree (by department.path).',
    type: build.graphql.GraphQLInt,
  }),
  (value: unknown, helpers: any) => {
    const { sql, sqlTableAlias } = helpers;
    return sql.fragment`${sqlTableAlias}.department_id in (
      select d.id from public.department d
      where d.path like (select r.path from public.department r where r.id = ${sql.value(value)}) || '%')`;
  },
);
const MonthFrom = makeAddPgTableConditionPlugin(
  'public',
  'kpi_observation',
  'monthFrom',
  (build: any) => ({
    description: 'month >= this day',
    type: build.getTypeByName('Date') ?? build.graphql.GraphQLString,
  }),
  (value: unknown, helpers: any) =>
    helpers.sql.fragment`${helpers.sqlTableAlias}.month >= ${helpers.sql.value(value)}::date`,
);
const MonthTo = makeAddPgTableConditionPlugin(
  'public',
  'kpi_observation',
  'monthTo',
  (build: any) => ({
    description: 'month <= this day',
    type: build.getTypeByName('Date') ?? build.graphql.GraphQLString,
  }),
  (value: unknown, helpers: any) =>
    helpers.sql.fragment`${helpers.sqlTableAlias}.month <= ${helpers.sql.value(value)}::date`,
);
/* eslint-enable @typescript-eslint/no-explicit-any */

const handler = postgraphile(pool, 'public', {
  appendPlugins: [DepartmentSubtree, MonthFrom, MonthTo],
  disableDefaultMutations: true,
  disableQueryLog: true,
  graphiql: false,
  watchPg: false,
  retryOnInitFail: false,
  setofFunctionsContainNulls: false,
  ignoreRBAC: true,
  // Reported as errors to the client without a stack; the bench checks bodies for "errors".
  extendedErrors: [],
});

const server = createServer(handler);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send!({ url: `http://127.0.0.1:${port}/graphql`, pid: process.pid });
});

process.once('SIGTERM', () => {
  server.close();
  void handler.release?.().finally(() => void pool.end().then(() => process.exit(0)));
});
