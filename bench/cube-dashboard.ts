/**
 * The executive dashboard at scale, every engine in one run with the same warm-up:
 *   1. direct SQL — the same numbers by hand-written aggregates over the model's own cube SQL
 *      (semantic/model, read through cubeSql), no Cube;
 *   2. Cube cold build — a fresh pre-aggregation schema, every rollup the dashboard uses built by
 *      its first load (the ≤ 60 s target);
 *   3. Cube pre-aggregated — a fresh server on the built rollups: each panel's first request (no
 *      result cache; it also runs the cube's refresh-key check), then warm rounds, one at a time;
 *   4. Cube warm — the whole dashboard, panels in parallel as the browser sends them (Cube's
 *      result cache warm): the ≤ 200 ms p95 target.
 * Each engine gets WARMUP unmeasured rounds, then ROUNDS measured ones (a panel stops early when
 * its PANEL_BUDGET_S is spent, after at least one measured round), so the run is bounded.
 * Writes bench/reports/cube-<date>.md.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/tl_bench_100k \
 *     pnpm --filter @talentloop/bench cube
 *
 * Env: BENCH_DATABASE_URL (default tl_bench_100k on 127.0.0.1:5432), CUBE_BENCH_WARMUP (2),
 * CUBE_BENCH_ROUNDS (5), CUBE_BENCH_PANEL_BUDGET_S (90), CUBE_BENCH_BUILD_TIMEOUT_S (900),
 * CUBE_BENCH_REPORT (the report's file name without .md; default cube-<date>).
 * Leaves the database as found: its pre-aggregation schema is dropped at the end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHmac } from 'node:crypto';
import pg from 'pg';
import {
  cubeLoad,
  executiveDashboardQueries,
  startCube,
  MIN_CELL_PEOPLE,
  type RunningCube,
} from '@talentloop/semantic';
import { cubeSql } from '@talentloop/semantic/model-sql';
import { CUBE_SESSION_SETTINGS } from '@talentloop/semantic/server';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tl_bench_100k';
const WARMUP = Number(process.env.CUBE_BENCH_WARMUP ?? 2);
const ROUNDS = Number(process.env.CUBE_BENCH_ROUNDS ?? 5);
const PANEL_BUDGET_MS = Number(process.env.CUBE_BENCH_PANEL_BUDGET_S ?? 90) * 1000;
const BUILD_TIMEOUT_MS = Number(process.env.CUBE_BENCH_BUILD_TIMEOUT_S ?? 900) * 1000;
const CUBE_RESPONSE_CACHE_S = Number(process.env.CUBE_BENCH_RESPONSE_CACHE_S ?? 10);
const REPORT_NAME = process.env.CUBE_BENCH_REPORT;
const SECRET = 'cube-bench-secret-cube-bench-secret-cube-bench';
const APP = 'talentloop-cube-bench';
const PRE_SCHEMA = 'cube_bench_pre_aggregations';
const reportDir = fileURLToPath(new URL('./reports/', import.meta.url));
const K = MIN_CELL_PEOPLE;

const src = (cube: string) => `(${cubeSql(cube)}) src`;

/** The same numbers as each dashboard panel, by hand, over the model's cube SQL. */
const DIRECT_SQL: Record<string, string> = {
  participationTrend: `
    select month, sum(employed) as headcount, sum(participated) as participants,
           sum(participated_voluntary)::numeric / nullif(sum(employed), 0) as voluntary_rate
      from ${src('training_activity')} group by month
    having least(sum(employed), nullif(sum(participated), 0), nullif(sum(employed) - sum(participated), 0),
                 nullif(sum(participated_voluntary), 0), nullif(sum(employed) - sum(participated_voluntary), 0),
                 nullif(sum(participated_mandatory), 0), nullif(sum(employed) - sum(participated_mandatory), 0)) >= ${K}
     order by month`,
  participationByFamily: `
    select position_family, month, sum(employed) as headcount, sum(participated) as participants
      from ${src('training_activity')} group by 1, 2
    having least(sum(employed), nullif(sum(participated), 0), nullif(sum(employed) - sum(participated), 0),
                 nullif(sum(participated_voluntary), 0), nullif(sum(employed) - sum(participated_voluntary), 0),
                 nullif(sum(participated_mandatory), 0), nullif(sum(employed) - sum(participated_mandatory), 0)) >= ${K}`,
  courseOutcomes: `
    select course_id, course_name, course_category, count(distinct employee_id) as learners, count(*) as enrollments,
           sum(passed)::numeric / nullif(sum(finished), 0) as pass_rate, sum(cost) as cost
      from ${src('enrollments')} group by 1, 2, 3 having count(distinct employee_id) >= ${K}`,
  voluntaryVsMandatory: `
    select case when voluntary then 'VOLUNTARY' else 'MANDATORY' end as participation_type,
           count(distinct employee_id) as learners, count(*) as enrollments
      from ${src('enrollments')} group by 1 having count(distinct employee_id) >= ${K}`,
  courseContribution: `
    select course_id, course_name, kpi_code, evidence, count(*) as n_treated, max(n_control) as n_control,
           avg(did) as estimate
      from ${src('training_effects')} where row_kind = 'EFFECT'
     group by course_id, course_name, kpi_code, kpi_name, kpi_unit, direction, window_months, evidence
    having least(count(*), max(n_control)) >= ${K}`,
  roiByCourse: `
    select course_id, course_name, course_category, sum(cost) as spend, sum(benefit) as benefit,
           count(distinct employee_id) filter (where row_kind = 'SPEND') as participants
      from ${src('training_effects')} group by 1, 2, 3
    having least(count(distinct employee_id) filter (where row_kind = 'SPEND'),
                 nullif(count(distinct employee_id) filter (where row_kind = 'BENEFIT'), 0),
                 nullif(greatest(count(distinct employee_id) filter (where row_kind = 'SPEND')
                                 - count(distinct employee_id) filter (where row_kind = 'BENEFIT'), 0), 0)) >= ${K}`,
  roiTotal: `
    select sum(cost) as spend, sum(benefit) as benefit,
           count(distinct employee_id) filter (where row_kind = 'SPEND') as participants
      from ${src('training_effects')}`,
  promotionProfile: `
    select item_key, item_name, promoted_n, comparison_n, promoted_with, comparison_with
      from ${src('promotion_profiles')}
     where item_type = 'COURSE'
       and least(promoted_n, comparison_n, nullif(promoted_with, 0), nullif(promoted_n - promoted_with, 0),
                 nullif(comparison_with, 0), nullif(comparison_n - comparison_with, 0)) >= ${K}`,
  awardTraits: `
    select trait, count(distinct employee_id) filter (where winner = 1) as winners, sum(winner) as winner_nominations,
           count(*) as nominations, sum(winner * has_trait) as a, sum(has_trait) as t
      from ${src('award_nominee_traits')} group by 1
    having least(count(distinct employee_id) filter (where winner = 1), nullif(sum(winner * has_trait), 0),
                 nullif(sum(winner) - sum(winner * has_trait), 0), nullif(sum(has_trait) - sum(winner * has_trait), 0),
                 nullif(count(*) - sum(winner) - sum(has_trait) + sum(winner * has_trait), 0)) >= ${K}`,
  lecturerValueAdded: `
    select lecturer_id, lecturer_name, count(distinct trainee_id) as trainees, count(*) as scored,
           avg(exam_residual) as exam_value_added
      from ${src('lecturer_trainees')} group by 1, 2 having count(distinct trainee_id) >= ${K}
     order by exam_value_added desc, lecturer_id limit 100`,
};

/** One number per panel both paths must agree on: a column total (and the row count). */
const CHECK: Record<string, { cube: string; sql: string }> = {
  participationTrend: { cube: 'training_participation.participants', sql: 'participants' },
  participationByFamily: { cube: 'training_participation.participants', sql: 'participants' },
  courseOutcomes: { cube: 'course_training.enrollments', sql: 'enrollments' },
  voluntaryVsMandatory: { cube: 'course_training.enrollments', sql: 'enrollments' },
  courseContribution: { cube: 'course_contribution.n_treated', sql: 'n_treated' },
  roiByCourse: { cube: 'training_roi.spend', sql: 'spend' },
  roiTotal: { cube: 'training_roi.spend', sql: 'spend' },
  promotionProfile: { cube: 'promotion_profile.promoted_n', sql: 'promoted_n' },
  awardTraits: { cube: 'award_traits.nominations', sql: 'nominations' },
  lecturerValueAdded: { cube: 'lecturer_value_added.scored', sql: 'scored' },
};

/**
 * Each panel's row key, as the direct SQL's column names (Cube: the view's member of that name; a
 * time dimension at its granularity). The check compares the CHECK column row by row on this key.
 */
const KEY: Record<string, string[]> = {
  participationTrend: ['month'],
  participationByFamily: ['position_family', 'month'],
  courseOutcomes: ['course_id'],
  voluntaryVsMandatory: ['participation_type'],
  courseContribution: ['course_id', 'kpi_code'],
  roiByCourse: ['course_id'],
  roiTotal: [],
  promotionProfile: ['item_key'],
  awardTraits: ['trait'],
  lecturerValueAdded: ['lecturer_id'],
};

interface Series {
  ms: number[];
  rows: number | null;
  total: number | null;
  /** The last measured round's CHECK column by row key. */
  byKey?: Map<string, number>;
  note?: string;
}

const keyPart = (value: unknown): string => {
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  const text = String(value ?? '');
  return /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
};

/** Rows by key → CHECK column; `prefix` is the Cube view (`view.`) or '' for the direct SQL. */
function byKey(
  panel: string,
  rows: Record<string, unknown>[],
  column: string,
  prefix: string,
): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of rows) {
    const key = KEY[panel]!.map((k) => keyPart(row[`${prefix}${k}.month`] ?? row[`${prefix}${k}`])).join('|');
    map.set(key, (map.get(key) ?? 0) + Number(row[column] ?? 0));
  }
  return map;
}

/**
 * Cube's rows against the direct SQL's, by key: every row Cube returns must exist in the direct SQL
 * with the same CHECK value. The direct SQL applies only the primary "≥ 5" suppression; Cube also
 * hides complementary cells, so the direct SQL may have rows Cube does not return (counted).
 */
function sameNumbers(d: Series, p: Series): { ok: boolean; text: string } {
  if (!d.byKey || !p.byKey) return { ok: false, text: d.note ?? p.note ?? 'no rows' };
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  let extra = 0;
  let differ = 0;
  for (const [key, value] of p.byKey) {
    const direct = d.byKey.get(key);
    if (direct === undefined) extra++;
    else if (!close(direct, value)) differ++;
  }
  const hidden = [...d.byKey.keys()].filter((key) => !p.byKey!.has(key)).length;
  if (extra || differ) return { ok: false, text: `${differ} rows differ, ${extra} rows only in Cube` };
  return { ok: true, text: hidden ? `${hidden} of ${d.byKey.size} rows hidden by Cube` : '' };
}

const started = new Date();
/** 1-minute load average, sampled every 10 s during the run (the machine is shared). */
const loads: { phase: string; load: number }[] = [];
let phase = 'direct SQL';
const loadSampler = setInterval(() => loads.push({ phase, load: loadavg()[0]! }), 10_000);
loadSampler.unref();
const loadRange = (p: string): string => {
  const values = loads.filter((l) => l.phase === p).map((l) => l.load);
  return values.length
    ? `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`
    : loadavg()[0]!.toFixed(1);
};
const total = (rows: Record<string, unknown>[], column: string): number =>
  rows.reduce((s, r) => s + Number(r[column] ?? 0), 0);
const pct = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

/** An EXECUTIVE token for an existing login (Cube checks the login behind `sub`). */
function token(sub: number): string {
  const b64 = (value: object | Buffer) =>
    (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: String(sub), role: 'EXECUTIVE', employeeId: null, departmentId: null, scopes: [] };
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ ...claims, iat: now, exp: now + 4 * 3600 })}`;
  return `${body}.${b64(createHmac('sha256', SECRET).update(body).digest())}`;
}

/** WARMUP unmeasured runs, then up to ROUNDS measured ones within the panel's budget. */
async function measure(
  run: () => Promise<Record<string, unknown>[]>,
  column: string,
  key?: (rows: Record<string, unknown>[]) => Map<string, number>,
): Promise<Series> {
  const series: Series = { ms: [], rows: null, total: null };
  const deadline = performance.now() + PANEL_BUDGET_MS;
  try {
    for (let i = 0; i < WARMUP && performance.now() < deadline; i++) await run();
    while (series.ms.length < ROUNDS && (series.ms.length === 0 || performance.now() < deadline)) {
      const t0 = performance.now();
      const rows = await run();
      series.ms.push(performance.now() - t0);
      series.rows = rows.length;
      series.total = total(rows, column);
      series.byKey = key?.(rows);
    }
  } catch (error) {
    series.note = (error as Error).message.split('\n')[0];
  }
  return series;
}

async function startBenchCube(
  instanceId: string,
  responseCacheSeconds = CUBE_RESPONSE_CACHE_S,
): Promise<RunningCube> {
  return startCube({
    databaseUrl: DATABASE_URL,
    port: 0,
    jwtSecret: SECRET,
    refreshSeconds: false,
    preAggregationsSchema: PRE_SCHEMA,
    instanceId,
    applicationName: APP,
    // As `pnpm start` runs Cube (semantic/src/cube.process.ts).
    responseCacheSeconds,
  });
}

async function main(): Promise<void> {
  const queries = executiveDashboardQueries();
  // Direct SQL runs with the same session settings as Cube's sessions (no JIT, work_mem, one core).
  const db = new pg.Client({
    connectionString: DATABASE_URL,
    application_name: APP,
    options: CUBE_SESSION_SETTINGS,
  });
  await db.connect();
  const sizes = (
    await db.query<{ employees: string; enrollments: string; kpi: string; exec: number }>(
      `select (select count(*) from employee) as employees, (select count(*) from enrollment) as enrollments,
              (select count(*) from kpi_observation) as kpi,
              (select min(id) from app_user where role = 'EXECUTIVE' and active) as exec`,
    )
  ).rows[0]!;
  const bearer = token(sizes.exec);
  const version = (await db.query<{ v: string }>('select version() as v')).rows[0]!.v;
  console.log(
    `database: ${sizes.employees} employees, ${sizes.enrollments} enrollments, ${sizes.kpi} KPI rows`,
  );
  await db.query(`drop schema if exists ${PRE_SCHEMA} cascade`);

  // 1. Direct SQL.
  const direct: Record<string, Series> = {};
  for (const [panel, sql] of Object.entries(DIRECT_SQL)) {
    const column = CHECK[panel]!.sql;
    direct[panel] = await measure(
      async () => (await db.query(sql)).rows,
      column,
      (rows) => byKey(panel, rows, column, ''),
    );
    console.log(`direct SQL     ${panel.padEnd(22)} p50 ${pct(direct[panel]!.ms, 50)?.toFixed(0)} ms`);
  }

  // 2. Cold build of every rollup the dashboard uses, on a fresh schema (Cube's build settings).
  phase = 'cold build';
  let cube = await startBenchCube('bench-build');
  // Compile the data model once before the clock starts. Cube 0.33 keeps a compiled schema only once
  // a compile has finished, so the dashboard's 10 simultaneous first requests would otherwise each
  // compile the model (≈ 1.5 s apiece, one after another on the event loop): a server start-up
  // cost, reported separately, not a pre-aggregation build.
  const compileStart = performance.now();
  const meta = await fetch(`${cube.url.replace(/\/$/, '')}/cubejs-api/v1/meta`, {
    headers: { authorization: `Bearer ${bearer}` },
  });
  if (!meta.ok) throw new Error(`/meta answered ${meta.status}`);
  await meta.arrayBuffer();
  const compileMs = performance.now() - compileStart;
  const builds = sampleBuilds();
  const buildStart = performance.now();
  await Promise.all(
    Object.values(queries).map((q) => cubeLoad(q, bearer, { url: cube.url, timeoutMs: BUILD_TIMEOUT_MS })),
  );
  const buildMs = performance.now() - buildStart;
  const buildTimes = await builds.stop();
  console.log(`pre-aggregations built in ${(buildMs / 1000).toFixed(1)} s`);
  await cube.stop();
  const tables: { table_name: string; rows: string }[] = [];
  for (const { table_name } of (
    await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = $1 order by 1`,
      [PRE_SCHEMA],
    )
  ).rows) {
    const { rows } = await db.query<{ n: string }>(`select count(*) as n from ${PRE_SCHEMA}."${table_name}"`);
    tables.push({ table_name, rows: rows[0]!.n });
  }

  // 3. and 4. A fresh server on the built rollups.
  phase = 'Cube pre-aggregated';
  cube = await startBenchCube('bench-pre');
  const pre: Record<string, Series> = {};
  const first: Record<string, number> = {};
  for (const [panel, query] of Object.entries(queries)) {
    const run = () => cubeLoad(query, bearer, { url: cube.url, timeoutMs: 120_000 });
    const t0 = performance.now();
    await run();
    first[panel] = performance.now() - t0;
    const column = CHECK[panel]!.cube;
    pre[panel] = await measure(run, column, (rows) => byKey(panel, rows, column, `${column.split('.')[0]}.`));
    console.log(`pre-aggregated ${panel.padEnd(22)} p50 ${pct(pre[panel]!.ms, 50)?.toFixed(0)} ms`);
  }
  phase = 'whole dashboard';
  const dashboard = await measure(async () => {
    await Promise.all(
      Object.values(queries).map((q) => cubeLoad(q, bearer, { url: cube.url, timeoutMs: 120_000 })),
    );
    return [];
  }, 'none');
  // The dashboard target is a p95 over many loads: run more than ROUNDS for it.
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    await Promise.all(
      Object.values(queries).map((q) => cubeLoad(q, bearer, { url: cube.url, timeoutMs: 120_000 })),
    );
    dashboard.ms.push(performance.now() - t0);
  }
  await cube.stop();

  // 5. The same, without the response cache: Cube's own result cache on every request.
  phase = 'whole dashboard';
  cube = await startBenchCube('bench-nocache', 0);
  const loadAll = () =>
    Promise.all(
      Object.values(queries).map((q) => cubeLoad(q, bearer, { url: cube.url, timeoutMs: 120_000 })),
    );
  for (let i = 0; i < WARMUP + 1; i++) await loadAll();
  const resultCacheOnly: Series = { ms: [], rows: null, total: null };
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await loadAll();
    resultCacheOnly.ms.push(performance.now() - t0);
  }
  await cube.stop();

  await db.query(`drop schema if exists ${PRE_SCHEMA} cascade`);
  await db.end();
  writeReport({
    sizes,
    version,
    compileMs,
    buildMs,
    buildTimes,
    tables,
    direct,
    pre,
    first,
    dashboard,
    resultCacheOnly,
  });
}

/**
 * Per-table build times of the cold build: Cube's `CREATE TABLE <schema>.<table> AS …` statements
 * as seen in pg_stat_activity, sampled every 100 ms on a connection of its own (a build's time is
 * its last sighting minus its query_start, so it is short by at most one interval). Tables are
 * grouped by pre-aggregation: a partitioned rollup's partitions add up under one name.
 */
/** Per statement group: count, summed time, first start and last end (s after the sampling began). */
type Timed = Map<string, { n: number; ms: number; from: number; to: number }>;

function sampleBuilds(): { stop(): Promise<{ builds: Timed; others: Timed }> } {
  const client = new pg.Client({ connectionString: DATABASE_URL, application_name: `${APP}-sampler` });
  const seen = new Map<string, { table: string; ms: number; at: number }>();
  const t0 = Date.now();
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{
        pid: number;
        started: string;
        ms: number;
        now: number;
        query: string;
      }>(
        `select pid, query_start::text as started, extract(epoch from clock_timestamp() - query_start) * 1000 as ms,
                extract(epoch from clock_timestamp()) * 1000 as now,
                left(query, 300) as query
           from pg_stat_activity
          where application_name = $1 and state = 'active'`,
        [APP],
      );
      for (const r of rows) {
        const table = /^\s*create table/i.test(r.query)
          ? new RegExp(`${PRE_SCHEMA}\\.("?)([a-z0-9_]+)\\1`, 'i').exec(r.query)?.[2]
          : undefined;
        seen.set(`${r.pid}:${r.started}`, {
          table: table ?? `other:${r.query.replace(/\s+/g, ' ').trim().slice(0, 70)}`,
          ms: Number(r.ms),
          at: Number(r.now),
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop.catch(() => undefined);
      await client.end().catch(() => undefined);
      const builds: Timed = new Map();
      const others: Timed = new Map();
      for (const { table, ms, at } of seen.values()) {
        const other = table.startsWith('other:');
        // <cube>_<rollup>[<yyyymmdd>]_<hash>_<hash>_<time>: drop the hashes and the partition date.
        const name = other ? table.slice(6) : table.replace(/(_[a-z0-9]+){3}$/, '').replace(/\d{8}$/, '');
        const into = other ? others : builds;
        const entry = into.get(name) ?? { n: 0, ms: 0, from: Infinity, to: 0 };
        into.set(name, {
          n: entry.n + 1,
          ms: entry.ms + ms,
          from: Math.min(entry.from, (at - ms - t0) / 1000),
          to: Math.max(entry.to, (at - t0) / 1000),
        });
      }
      return { builds, others };
    },
  };
}

function writeReport(input: {
  sizes: { employees: string; enrollments: string; kpi: string };
  version: string;
  compileMs: number;
  buildMs: number;
  buildTimes: { builds: Timed; others: Timed };
  tables: { table_name: string; rows: string }[];
  direct: Record<string, Series>;
  pre: Record<string, Series>;
  first: Record<string, number>;
  dashboard: Series;
  resultCacheOnly: Series;
}): void {
  const f = (ms: number | undefined) => (ms === undefined ? '—' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  push(
    `# Cube bench — executive dashboard at ${Number(input.sizes.employees).toLocaleString('en')} employees`,
    '',
  );
  push(
    `Run ${started.toISOString()} by \`bench/cube-dashboard.ts\` on \`${redact(DATABASE_URL)}\` ` +
      `(${input.version.split(' on ')[0]}; ${input.sizes.enrollments} enrollments, ${input.sizes.kpi} KPI rows; ` +
      `machine: 2 cores, shared with other jobs). Every engine: ${WARMUP} warm-up rounds, then up to ${ROUNDS} ` +
      `measured rounds per panel within ${PANEL_BUDGET_MS / 1000} s.`,
    '',
    "**direct SQL**: the same numbers by hand-written aggregates over the model's own cube SQL (no Cube).",
    "**Cube first request**: a fresh server on the built rollups, empty result cache (includes the cube's",
    'refresh-key check). **Cube warm**: the same panel again (response / result cache), one request at a time.',
    '**whole dashboard (warm)**: all panels at once, as the browser sends them.',
    '',
    '| panel | direct SQL p50 | direct SQL max | Cube first request | Cube warm p50 | Cube warm max | rows (SQL / Cube) | same numbers |',
    '|---|---:|---:|---:|---:|---:|---:|:---:|',
  );
  for (const panel of Object.keys(DIRECT_SQL)) {
    const d = input.direct[panel]!;
    const p = input.pre[panel]!;
    const same = sameNumbers(d, p);
    push(
      `| ${panel} | ${f(pct(d.ms, 50))} | ${f(Math.max(...d.ms))} | ${f(input.first[panel])} | ${f(pct(p.ms, 50))} | ${f(Math.max(...p.ms))} | ${d.rows ?? '—'} / ${p.rows ?? '—'} | ${same.ok ? '✓' : '✗'}${same.text ? ` ${same.text}` : ''} |`,
    );
  }
  push(
    '',
    '"same numbers": every row Cube (pre-aggregated) returns has the same value as the direct SQL\'s row of',
    'the same key (participants, enrollments, n treated, spend, promoted n, nominations, scored — `CHECK` and',
    '`KEY` in the script). The direct SQL applies only the primary "≥ 5" suppression; Cube also hides',
    'complementary cells, so it may return fewer rows ("hidden by Cube").',
    '',
    '## Cold build',
    '',
    `All pre-aggregations the dashboard uses, built from scratch by its first load: **${(input.buildMs / 1000).toFixed(1)} s**.`,
    '',
    `Before it, the server compiled the data model once (one \`/meta\` request, not counted above): ` +
      `${(input.compileMs / 1000).toFixed(1)} s. Cube 0.33 caches a compiled model only when a compile has ` +
      'finished, so without that request each of the 10 simultaneous first loads compiles it again.',
    '',
    'Build time per pre-aggregation (its `CREATE TABLE … AS` statements in pg_stat_activity, sampled',
    'every 100 ms; a partitioned rollup: all its partitions). The rest of the cold build is the',
    "refresh-key and range queries, Cube's own overhead between builds and the panels' source queries.",
    '',
    '| pre-aggregation | tables | build time (s) | from–to (s after the first load) |',
    '|---|---:|---:|---:|',
    ...[...input.buildTimes.builds.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(
        ([name, t]) =>
          `| ${name} | ${t.n} | ${(t.ms / 1000).toFixed(1)} | ${t.from.toFixed(0)}–${t.to.toFixed(0)} |`,
      ),
    `| **all builds** | ${[...input.buildTimes.builds.values()].reduce((s, t) => s + t.n, 0)} | ${([...input.buildTimes.builds.values()].reduce((s, t) => s + t.ms, 0) / 1000).toFixed(1)} | |`,
    '',
    "Cube's other statements during the cold build seen by the same sampling (statements seen in at",
    'least one sample; they may overlap the builds), the 8 longest by summed time:',
    '',
    '| statement (start) | seen | time (s) | from–to (s) |',
    '|---|---:|---:|---:|',
    ...[...input.buildTimes.others.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 8)
      .map(
        ([name, t]) =>
          `| \`${name.replace(/\|/g, '\\|')}\` | ${t.n} | ${(t.ms / 1000).toFixed(1)} | ${t.from.toFixed(0)}–${t.to.toFixed(0)} |`,
      ),
    '',
    '| table | rows |',
    '|---|---:|',
    ...input.tables.map((t) => `| ${t.table_name} | ${Number(t.rows).toLocaleString('en')} |`),
    '',
    '## Whole dashboard, panels in parallel (warm)',
    '',
    `${input.dashboard.ms.length} loads of all ${Object.keys(DIRECT_SQL).length} panels at once: ` +
      `p50 ${f(pct(input.dashboard.ms, 50))} ms, p95 ${f(pct(input.dashboard.ms, 95))} ms, max ${f(Math.max(...input.dashboard.ms))} ms ` +
      `(Cube as \`pnpm start\` runs it: response cache ${CUBE_RESPONSE_CACHE_S} s).`,
    '',
    `Without the response cache (Cube's result cache only), ${input.resultCacheOnly.ms.length} loads: ` +
      `p50 ${f(pct(input.resultCacheOnly.ms, 50))} ms, p95 ${f(pct(input.resultCacheOnly.ms, 95))} ms, max ${f(Math.max(...input.resultCacheOnly.ms))} ms.`,
    '',
    '## Machine load',
    '',
    '1-minute load average on the 2 cores (min–max of 10 s samples) per phase:',
    '',
    ...['direct SQL', 'cold build', 'Cube pre-aggregated', 'whole dashboard'].map(
      (p) => `- ${p}: ${loadRange(p)}`,
    ),
    '',
    `Cube's sessions: \`${CUBE_SESSION_SETTINGS}\`; one pre-aggregation build at a time.`,
    '',
  );
  mkdirSync(reportDir, { recursive: true });
  const file = join(reportDir, `${REPORT_NAME ?? `cube-${started.toISOString().slice(0, 10)}`}.md`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`report: ${file}`);
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

main().catch((error) => {
  console.error(`cube bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
