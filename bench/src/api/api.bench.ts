/**
 * `pnpm --filter @talentloop/bench api` — the API benchmark at 100 000 employees.
 *
 * For each scenario, the TalentLoop API, hand-written SQL and (where comparable) PostGraphile
 * 4.14.1 answer the same request on the same database, in the same run, with the same
 * concurrency: first each answer is checked to be the same data, then statements per request
 * are counted, then each target is loaded (warm-up, then a fixed-duration autocannon run over
 * loopback). Figures go to bench/reports/api-<date>.{md,json}. Read-only on the database.
 *
 * Env: BENCH_DATABASE_URL (default tl_bench_100k on 127.0.0.1:5432), BENCH_CONNECTIONS (8),
 * BENCH_WARMUP_REQUESTS (200) then BENCH_WARMUP (5 s): the warm-up of every target, before
 * any measurement; BENCH_ROUNDS (3) interleaved rounds of BENCH_SLOT_WARMUP (1 s, unrecorded)
 * + BENCH_DURATION (10 s) per target; BENCH_SERIAL_DURATION (5 s; 0 = skip the one-connection
 * runs), BENCH_POOL_MAX (10, every engine), BENCH_ONLY (comma list of scenario ids, run in
 * that order, e.g. "c,a"), BENCH_API_GRAPHQL_JS (1 = also load a second API process that executes
 * with Apollo's graphql-js instead of graphql-jit, API_EXECUTOR=graphql-js: a same-run baseline).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startChild, type RunningChild } from './child';
import {
  archiveFromApi,
  archiveFromSql,
  employeePageFromApi,
  employeePageFromPostGraphile,
  employeePageFromSql,
  firstDifference,
  kpiFromApi,
  kpiFromPostGraphile,
  kpiFromSql,
} from './compare';
import { backendCpuDelta, backendCpuSnapshot, processCpuMs } from './cpu';
import { combineRounds, measure, warmUp, type LoadResult, type Probe, type Target } from './load';
import { renderMarkdown, type Report, type ScenarioReport } from './report';
import * as S from './scenarios';

const env = process.env;
const DATABASE_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tl_bench_100k';
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 8);
const DURATION = Number(env.BENCH_DURATION ?? 10);
const WARMUP = Number(env.BENCH_WARMUP ?? 5);
const WARMUP_REQUESTS = Number(env.BENCH_WARMUP_REQUESTS ?? 200);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const SLOT_WARMUP = Number(env.BENCH_SLOT_WARMUP ?? 1);
const SERIAL_DURATION = Number(env.BENCH_SERIAL_DURATION ?? 5);
const POOL_MAX = env.BENCH_POOL_MAX ?? '10';
/** Scenario ids to run, in this order (e.g. "c,a" to measure c before a). */
const ONLY = env.BENCH_ONLY ? env.BENCH_ONLY.split(',') : null;
/** Also measure the API with Apollo's own graphql-js execution (a second API process). */
const WITH_GRAPHQL_JS = env.BENCH_API_GRAPHQL_JS === '1';
const JWT_SECRET = 'talentloop-bench-secret-0123456789abcdef';
const REPORTS = fileURLToPath(new URL('../../reports/', import.meta.url));

type Engine = 'api' | 'api-graphql-js' | 'sql' | 'postgraphile';
interface Statement {
  sql: string;
  ms: number;
}
interface EngineCase {
  engine: Engine;
  label: string;
  target: Target;
  project: (body: unknown) => unknown;
}
interface Scenario {
  id: string;
  title: string;
  description: string;
  cases: EngineCase[];
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function post(target: Target): Promise<unknown> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const body = (await response.json()) as { errors?: unknown };
  if (!response.ok || body.errors)
    throw new Error(`${target.url}: ${response.status} ${JSON.stringify(body.errors)}`);
  return body;
}

async function datasetCounts(client: pg.Client): Promise<Record<string, number>> {
  const tables = [
    'employee',
    'department',
    'position',
    'course',
    'enrollment',
    'performance_review',
    'kpi_observation',
    'practice_case',
    'knowledge_citation',
    'course_session',
    'promotion',
    'award',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
    counts[table] = Number(rows[0]!.n);
  }
  const { rows } = await client.query<{ n: string }>(
    `select sum(n_live_tup) as n from pg_stat_user_tables where schemaname = 'public'`,
  );
  counts['all tables (estimate)'] = Number(rows[0]!.n);
  return counts;
}

async function main() {
  const startedAt = new Date();
  const loadavgAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const { rows: versionRows } = await db.query<{ v: string }>('select version() as v');
  log('counting rows …');
  const counts = await datasetCounts(db);
  const { rows: subtreeRows } = await db.query<{ n: string }>(
    `select count(*) as n from employee e join department d on d.id = e.department_id
     where d.path like (select path from department where id = $1) || '%'`,
    [S.SUBTREE_DEPARTMENT_ID],
  );
  await db.end();

  log('starting the API, the SQL baseline and PostGraphile (separate processes) …');
  const childEnv = {
    BENCH_DATABASE_URL: DATABASE_URL,
    BENCH_POOL_MAX: POOL_MAX,
    BENCH_JWT_SECRET: JWT_SECRET,
  };
  const children: RunningChild[] = [];
  try {
    // Started in parallel; whichever started is stopped even when another fails to start.
    const started = await Promise.allSettled([
      startChild<{ url: string; countUrl: string }>('./servers/api.server.ts', {
        ...childEnv,
        API_EXECUTOR: 'jit',
      }),
      startChild<{ url: string }>('./servers/sql-baseline.server.ts', childEnv),
      startChild<{ url: string }>('./servers/postgraphile.server.ts', childEnv),
      ...(WITH_GRAPHQL_JS
        ? [
            startChild<{ url: string; countUrl: string }>('./servers/api.server.ts', {
              ...childEnv,
              API_EXECUTOR: 'graphql-js',
            }),
          ]
        : []),
    ]);
    for (const s of started) if (s.status === 'fulfilled') children.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const [api, sql, postgraphile, apiGraphqlJs] = children as [
      RunningChild<{ url: string; countUrl: string }>,
      RunningChild,
      RunningChild,
      RunningChild<{ url: string; countUrl: string }> | undefined,
    ];

    const login = async (username: string) => {
      const body = (await post({
        url: api.ready.url,
        body: JSON.stringify({
          query: 'mutation($u: String!) { devLogin(username: $u) { token } }',
          variables: { u: username },
        }),
      })) as { data: { devLogin: { token: string } } };
      return body.data.devLogin.token;
    };
    const hr = { authorization: `Bearer ${await login('hr')}` };
    const manager = { authorization: `Bearer ${await login(S.SUBTREE_MANAGER)}` };
    const gql = (
      url: string,
      query: string,
      variables: object,
      headers?: Record<string, string>,
    ): Target => ({
      url,
      body: JSON.stringify({ query, variables }),
      headers,
    });
    const archiveVars = {
      id: S.toGlobalId('Employee', S.ARCHIVE_EMPLOYEE_ID),
      from: S.ARCHIVE_FROM,
      to: S.ARCHIVE_TO,
    };
    const kpiVars = { kpi: S.KPI_CODE, from: S.KPI_FROM, to: S.KPI_TO };

    const scenarios: Scenario[] = (
      [
        {
          id: 'a',
          title: 'HR list page (department subtree, first 50)',
          description: `HR lists employees(first: ${S.PAGE_SIZE}, filter: { departmentId: ${S.SUBTREE_DEPARTMENT_ID} }) — a subtree of ${subtreeRows[0]!.n} employees — with totalCount, position, department, enrollments { course examScore }, reviews { period finalScore }.`,
          cases: [
            {
              engine: 'api' as const,
              label: 'TalentLoop API (HR)',
              target: gql(
                api.ready.url,
                S.API_EMPLOYEE_PAGE,
                {
                  first: S.PAGE_SIZE,
                  filter: { departmentId: S.toGlobalId('Department', S.SUBTREE_DEPARTMENT_ID) },
                },
                hr,
              ),
              project: employeePageFromApi,
            },
            {
              engine: 'sql' as const,
              label: 'hand-written SQL',
              target: {
                url: `${sql.ready.url}/employees`,
                body: JSON.stringify({ departmentId: S.SUBTREE_DEPARTMENT_ID, first: S.PAGE_SIZE }),
              },
              project: employeePageFromSql,
            },
            {
              engine: 'postgraphile' as const,
              label: 'PostGraphile 4.14.1',
              target: gql(postgraphile.ready.url, S.PG_EMPLOYEE_PAGE, {
                first: S.PAGE_SIZE,
                dep: S.SUBTREE_DEPARTMENT_ID,
              }),
              project: employeePageFromPostGraphile,
            },
          ],
        },
        {
          id: 'b',
          title: 'growthArchive of one employee',
          description: `HR reads growthArchive(employeeId: ${S.ARCHIVE_EMPLOYEE_ID}, from: ${S.ARCHIVE_FROM}, to: ${S.ARCHIVE_TO}) with every event type and the summary.`,
          cases: [
            {
              engine: 'api' as const,
              label: 'TalentLoop API (HR)',
              target: gql(api.ready.url, S.API_ARCHIVE, archiveVars, hr),
              project: archiveFromApi,
            },
            {
              engine: 'sql' as const,
              label: 'hand-written SQL',
              target: {
                url: `${sql.ready.url}/archive`,
                body: JSON.stringify({
                  employeeId: S.ARCHIVE_EMPLOYEE_ID,
                  from: S.ARCHIVE_FROM,
                  to: S.ARCHIVE_TO,
                }),
              },
              project: archiveFromSql,
            },
          ],
        },
        {
          id: 'c',
          title: 'Manager-scoped list (same rows as a)',
          description: `${S.SUBTREE_MANAGER} (MANAGER of department ${S.SUBTREE_DEPARTMENT_ID}) lists employees(first: ${S.PAGE_SIZE}) with no filter: the row-scope filter alone selects the same ${subtreeRows[0]!.n} employees and page as (a). Compare with (a)'s API row for the cost of the scope filter; the SQL baseline is (a)'s.`,
          cases: [
            {
              engine: 'api' as const,
              label: 'TalentLoop API (MANAGER)',
              target: gql(api.ready.url, S.API_EMPLOYEE_PAGE, { first: S.PAGE_SIZE }, manager),
              project: employeePageFromApi,
            },
          ],
        },
        {
          id: 'd',
          title: 'KPI series',
          description: `HR reads kpiSeries(employeeId: ${S.KPI_EMPLOYEE_ID}, kpi: ${S.KPI_CODE}, from: ${S.KPI_FROM}, to: ${S.KPI_TO}).`,
          cases: [
            {
              engine: 'api' as const,
              label: 'TalentLoop API (HR)',
              target: gql(
                api.ready.url,
                S.API_KPI_SERIES,
                { id: S.toGlobalId('Employee', S.KPI_EMPLOYEE_ID), ...kpiVars },
                hr,
              ),
              project: kpiFromApi,
            },
            {
              engine: 'sql' as const,
              label: 'hand-written SQL',
              target: {
                url: `${sql.ready.url}/kpi`,
                body: JSON.stringify({
                  employeeId: S.KPI_EMPLOYEE_ID,
                  kpi: S.KPI_CODE,
                  from: S.KPI_FROM,
                  to: S.KPI_TO,
                }),
              },
              project: kpiFromSql,
            },
            {
              engine: 'postgraphile' as const,
              label: 'PostGraphile 4.14.1',
              target: gql(postgraphile.ready.url, S.PG_KPI_SERIES, { id: S.KPI_EMPLOYEE_ID, ...kpiVars }),
              project: kpiFromPostGraphile,
            },
          ],
        },
      ] satisfies Scenario[]
    )
      .filter((s) => !ONLY || ONLY.includes(s.id))
      .sort((x, y) => (ONLY ? ONLY.indexOf(x.id) - ONLY.indexOf(y.id) : 0));
    // The same requests to the API process that executes with graphql-js (same tokens: both
    // processes share the JWT secret and the database's logins).
    if (apiGraphqlJs)
      for (const scenario of scenarios) {
        const own = scenario.cases.find((c) => c.engine === 'api')!;
        scenario.cases.splice(1, 0, {
          ...own,
          engine: 'api-graphql-js',
          label: `${own.label.replace(')', ', graphql-js executor)')}`,
          target: { ...own.target, url: apiGraphqlJs.ready.url },
        });
      }

    // 1. Same data? Every engine's answer is compared with the API's (for c: with a's SQL).
    const reference = new Map<string, unknown>();
    const equivalence = new Map<string, string | null>();
    for (const scenario of scenarios) {
      for (const c of scenario.cases) {
        const projected = c.project(await post(c.target));
        const refKey = scenario.id === 'c' ? 'a' : scenario.id;
        if (!reference.has(refKey)) reference.set(refKey, projected);
        const diff = firstDifference(reference.get(refKey), projected);
        equivalence.set(`${scenario.id}:${c.engine}`, diff);
        log(`${scenario.id} ${c.label}: ${diff ? `DIFFERS — ${diff}` : 'same data as the reference'}`);
      }
    }

    // 2. Statements per request (warm: the third of three identical requests).
    const statements = new Map<string, Statement[]>();
    const countTarget = (t: Target, child = api): Target => ({ ...t, url: child.ready.countUrl });
    const countWith = async (child: RunningChild, target: Target) => {
      let taken: Statement[] = [];
      for (let i = 0; i < 3; i++) {
        await child.call('record');
        await post(target);
        taken = await child.call<Statement[]>('take');
      }
      return taken;
    };
    for (const scenario of scenarios) {
      for (const c of scenario.cases) {
        const key = `${scenario.id}:${c.engine}`;
        if (c.engine === 'api') statements.set(key, await countWith(api, countTarget(c.target)));
        else if (c.engine === 'api-graphql-js' && apiGraphqlJs)
          statements.set(key, await countWith(apiGraphqlJs, countTarget(c.target, apiGraphqlJs)));
        else if (c.engine === 'postgraphile') statements.set(key, await countWith(postgraphile, c.target));
        else statements.set(key, [{ sql: '(one statement, see bench/src/api/sql.baseline.ts)', ms: NaN }]);
      }
    }
    // Is the count paid even when the client does not ask for totalCount?
    let pageWithoutTotal: Statement[] | null = null;
    if (!ONLY || ONLY.includes('a')) {
      const noTotal = S.API_EMPLOYEE_PAGE.replace('totalCount', '');
      pageWithoutTotal = await countWith(
        api,
        gql(
          api.ready.countUrl,
          noTotal,
          {
            first: S.PAGE_SIZE,
            filter: { departmentId: S.toGlobalId('Department', S.SUBTREE_DEPARTMENT_ID) },
          },
          hr,
        ),
      );
    }

    // 3. Load: warm-up, then the measured run; optionally a one-connection run for latency.
    // CPU per request, split into the engine's Node process and its PostgreSQL backends.
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    const servers: Record<Engine, RunningChild> = {
      api,
      'api-graphql-js': apiGraphqlJs ?? api,
      sql,
      postgraphile,
    };
    const cpuProbe =
      (server: RunningChild): Probe =>
      async () => {
        const [node0, db0] = [await processCpuMs(server), await backendCpuSnapshot(admin, server.pid)];
        return async (requests) => {
          const [node1, db1] = [await processCpuMs(server), await backendCpuSnapshot(admin, server.pid)];
          const n = Math.max(requests, 1);
          return {
            serverCpuMsPerRequest: Math.round(((node1 - node0) / n) * 100) / 100,
            dbCpuMsPerRequest: Math.round((backendCpuDelta(db0, db1) / n) * 100) / 100,
          };
        };
      };
    // Every target gets the same warm-up (requests, then seconds), all of them before any
    // measurement, so no engine is measured while its code is still being optimised (the
    // first-loaded target used to measure up to 2× the CPU of later ones).
    const cases = scenarios.flatMap((scenario) => scenario.cases.map((c) => ({ scenario, c })));
    for (const { scenario, c } of cases) {
      log(`${scenario.id} ${c.label}: warm-up, ${WARMUP_REQUESTS} requests + ${WARMUP} s …`);
      await warmUp(c.target, CONNECTIONS, WARMUP_REQUESTS, WARMUP);
    }
    // Then ROUNDS interleaved rounds: each round measures every target once, in an order
    // rotated per round, so slow drifts of the shared machine's load hit every engine alike.
    // Each slot starts with the same short unrecorded warm-up (SLOT_WARMUP s).
    const rounds = new Map<string, LoadResult[]>();
    for (let r = 0; r < ROUNDS; r++) {
      const order = cases.map((_, i) => cases[(i + r) % cases.length]!);
      for (const { scenario, c } of order) {
        const key = `${scenario.id}:${c.engine}`;
        const loaded = await measure(
          c.target,
          { connections: CONNECTIONS, duration: DURATION, warmup: SLOT_WARMUP },
          cpuProbe(servers[c.engine]),
        );
        log(
          `round ${r + 1}/${ROUNDS} ${scenario.id} ${c.label}: ${loaded.requests} requests, ${loaded.rps} req/s, p50 ${loaded.latencyMs.p50} p95 ${loaded.latencyMs.p95} ms, failures ${loaded.failures}, CPU/request: node ${loaded.extra.serverCpuMsPerRequest} ms, PostgreSQL ${loaded.extra.dbCpuMsPerRequest} ms, load ${loaded.loadavg.join('→')}`,
        );
        rounds.set(key, [...(rounds.get(key) ?? []), loaded]);
      }
    }
    const results = new Map<string, { loaded: LoadResult; serial: LoadResult | null }>();
    for (const { scenario, c } of cases) {
      const key = `${scenario.id}:${c.engine}`;
      let serial: LoadResult | null = null;
      if (SERIAL_DURATION > 0) {
        serial = await measure(
          c.target,
          { connections: 1, duration: SERIAL_DURATION, warmup: SLOT_WARMUP },
          cpuProbe(servers[c.engine]),
        );
        log(
          `${scenario.id} ${c.label} 1 connection: ${serial.rps} req/s, p50 ${serial.latencyMs.p50} ms, CPU/request: node ${serial.extra.serverCpuMsPerRequest} ms, PostgreSQL ${serial.extra.dbCpuMsPerRequest} ms`,
        );
      }
      results.set(key, { loaded: combineRounds(rounds.get(key)!), serial });
    }

    await admin.end();

    const scenarioReports: ScenarioReport[] = scenarios.map((scenario) => ({
      id: scenario.id,
      title: scenario.title,
      description: scenario.description,
      rows: scenario.cases.map((c) => {
        const key = `${scenario.id}:${c.engine}`;
        const st = statements.get(key) ?? [];
        return {
          engine: c.engine,
          label: c.label,
          sameData: equivalence.get(key) === null,
          difference: equivalence.get(key) ?? null,
          statementsPerRequest: st.length,
          statements: st,
          loaded: results.get(key)!.loaded,
          serial: results.get(key)!.serial,
        };
      }),
    }));

    const report: Report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: {
        nproc: availableParallelism(),
        cpu: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        postgres: versionRows[0]!.v,
        loadavgAtStart,
        loadavgAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
      },
      settings: {
        database: DATABASE_URL.replace(/\/\/[^@]*@/, '//'),
        connections: CONNECTIONS,
        durationS: DURATION,
        warmupS: WARMUP,
        warmupRequests: WARMUP_REQUESTS,
        rounds: ROUNDS,
        slotWarmupS: SLOT_WARMUP,
        serialDurationS: SERIAL_DURATION,
        poolMax: Number(POOL_MAX),
      },
      dataset: counts,
      scenarios: scenarioReports,
      pageWithoutTotalCount: pageWithoutTotal,
    };

    await mkdir(REPORTS, { recursive: true });
    const stamp = env.BENCH_REPORT_NAME ?? `api-${startedAt.toISOString().slice(0, 10)}`;
    await writeFile(`${REPORTS}${stamp}.json`, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(`${REPORTS}${stamp}.md`, renderMarkdown(report));
    log(`wrote bench/reports/${stamp}.md and .json`);
  } finally {
    await Promise.allSettled(children.map((c) => c.stop()));
  }
}

// BENCH_RENDER=<report.json>: re-render the Markdown of an existing report (after report.ts changes).
if (env.BENCH_RENDER) {
  const { readFile } = await import('node:fs/promises');
  const report = JSON.parse(await readFile(env.BENCH_RENDER, 'utf8')) as Report;
  await writeFile(env.BENCH_RENDER.replace(/\.json$/, '.md'), renderMarkdown(report));
} else {
  await main();
}
