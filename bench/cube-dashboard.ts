/**
 * The executive dashboard's metric set through Cube — cold (no pre-aggregations, empty cache),
 * warm (Cube's result cache), pre-aggregated (rollups built, fresh cache) — against the same
 * numbers computed by direct SQL, in one run on one database. Writes bench/reports/cube-<date>.md.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/tl_bench_100k \
 *     node --import ./scripts/register.mjs bench/cube-dashboard.ts
 *
 * Env: BENCH_DATABASE_URL (default tl_bench_100k on 127.0.0.1:5432), CUBE_BENCH_COLD_TIMEOUT_S
 * (per cold panel, default 300), CUBE_BENCH_ROUNDS (concurrent dashboard loads, default 5),
 * CUBE_BENCH_SKIP_COLD=1. Leaves the database as found: its pre-aggregation schemas are dropped.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHmac } from 'node:crypto';
import pg from 'pg';
import {
  cubeLoad,
  executiveDashboardQueries,
  startCube,
  DEFAULT_SCHEMA_PATH,
  type CubeQuery,
  type RunningCube,
} from '@talentloop/semantic';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tl_bench_100k';
const COLD_TIMEOUT_MS = Number(process.env.CUBE_BENCH_COLD_TIMEOUT_S ?? 300) * 1000;
const ROUNDS = Number(process.env.CUBE_BENCH_ROUNDS ?? 5);
const SECRET = 'cube-bench-secret-cube-bench-secret-cube-bench';
const APP = 'talentloop-cube-bench';
const PRE_SCHEMA = 'cube_bench_pre_aggregations';
const COLD_SCHEMA = 'cube_bench_cold';
const reportDir = fileURLToPath(new URL('./reports/', import.meta.url));

/** The same numbers as each dashboard panel, written by hand against the analytics views. */
const DIRECT_SQL: Record<string, string> = {
  participationTrend: `
    select month, sum(employed) as n, sum(participated)::numeric / nullif(sum(employed), 0) as participation_rate,
           sum(participated_voluntary)::numeric / nullif(sum(employed), 0) as voluntary_rate,
           sum(participated_mandatory)::numeric / nullif(sum(employed), 0) as mandatory_rate,
           sum(enrollments) as enrollments, sum(finished)::numeric / nullif(sum(enrollments), 0) as completion_rate,
           sum(passed)::numeric / nullif(sum(finished), 0) as pass_rate, sum(hours) as hours, sum(cost) as cost,
           sum(hours) / nullif(sum(employed), 0) as hours_per_employee, sum(cost) / nullif(sum(employed), 0) as cost_per_employee,
           sum(participated) as participants
      from analytics.employee_month group by month having sum(employed) >= 5 order by month`,
  participationByFamily: `
    select position_family, month, sum(employed) as n, sum(participated) as participants,
           sum(participated)::numeric / nullif(sum(employed), 0) as participation_rate, sum(hours) as hours, sum(cost) as cost
      from analytics.employee_month group by 1, 2 having sum(employed) >= 5 order by 2, 1`,
  courseOutcomes: `
    select course_id, course_name, course_category, sum(first_of_course) as n, count(*) as enrollments,
           avg(voluntary::int) as voluntary_share, sum(finished)::numeric / count(*) as completion_rate,
           sum(passed)::numeric / nullif(sum(finished), 0) as pass_rate, avg(exam_score) as avg_exam_score,
           sum(hours) as hours, sum(cost) as cost
      from analytics.enrollment_fact group by 1, 2, 3 having sum(first_of_course) >= 5 order by enrollments desc`,
  voluntaryVsMandatory: `
    select case when voluntary then 'VOLUNTARY' else 'MANDATORY' end as participation_type, sum(first_of_type) as n,
           count(*) as enrollments, sum(finished)::numeric / count(*) as completion_rate, sum(hours) as hours, sum(cost) as cost
      from analytics.enrollment_fact group by 1 having sum(first_of_type) >= 5 order by enrollments desc`,
  courseContribution: `
    select course_id, course_name, kpi_code, evidence, n_treated, n_control, estimate, ci_low, ci_high
      from analytics.course_contribution where least(n_treated, n_control) >= 5 order by course_id, kpi_code`,
  roiByCourse: `
    select course_id, course_name, course_category, count(*) as n, sum(benefit) as benefit, sum(cost) as cost,
           (sum(benefit) - sum(cost)) / nullif(sum(cost), 0) as roi
      from analytics.training_roi_unit group by 1, 2, 3 having count(*) >= 5 order by sum(benefit) - sum(cost) desc`,
  roiTotal: `
    select sum(first_of_employee) as n, sum(benefit) as benefit, sum(cost) as cost,
           (sum(benefit) - sum(cost)) / nullif(sum(cost), 0) as roi
      from analytics.training_roi_unit having sum(first_of_employee) >= 5`,
  promotionProfile: `
    select item_type, item_key, item_name, promoted_n, comparison_n,
           promoted_with::numeric / nullif(promoted_n, 0) / nullif(comparison_with::numeric / nullif(comparison_n, 0), 0) as lift
      from analytics.promotion_training_profile where item_type = 'COURSE' and least(promoted_n, comparison_n) >= 5
     order by lift desc nulls last`,
  awardTraits: `
    select trait, sum(winner_first_of_trait) as n, sum(winner) as winner_nominations, count(*) as nominations,
           (sum(winner * has_trait)::numeric / nullif(sum(winner), 0)) / nullif(sum(has_trait)::numeric / count(*), 0) as lift
      from analytics.award_nominee_trait group by 1 having sum(winner_first_of_trait) >= 5 order by 1`,
  lecturerValueAdded: `
    select lecturer_id, lecturer_name, sum(first_of_lecturer) as n, count(*) as scored, avg(exam_score) as avg_exam_score,
           avg(exam_residual) as exam_value_added
      from analytics.lecturer_trainee group by 1, 2 having sum(first_of_lecturer) >= 5
     order by exam_value_added desc, lecturer_id limit 100`,
};

/** One number per panel that both paths must agree on (row count and a column total). */
const CHECK: Record<string, { cube: string; sql: string }> = {
  participationTrend: { cube: 'training_participation.participants', sql: 'participants' },
  participationByFamily: { cube: 'training_participation.participants', sql: 'participants' },
  courseOutcomes: { cube: 'course_training.enrollments', sql: 'enrollments' },
  voluntaryVsMandatory: { cube: 'course_training.enrollments', sql: 'enrollments' },
  courseContribution: { cube: 'course_contribution.n_treated', sql: 'n_treated' },
  roiByCourse: { cube: 'training_roi.benefit', sql: 'benefit' },
  roiTotal: { cube: 'training_roi.cost', sql: 'cost' },
  promotionProfile: { cube: 'promotion_profile.promoted_n', sql: 'promoted_n' },
  awardTraits: { cube: 'award_traits.nominations', sql: 'nominations' },
  lecturerValueAdded: { cube: 'lecturer_value_added.scored', sql: 'scored' },
};

interface Timing {
  ms: number | null;
  rows: number | null;
  total: number | null;
  note?: string;
}

const results: Record<string, Record<string, Timing>> = {};
const notes: string[] = [];
const started = new Date();

function record(mode: string, panel: string, timing: Timing): void {
  (results[panel] ??= {})[mode] = timing;
  const shown = timing.ms === null ? timing.note : `${timing.ms.toFixed(0)} ms`;
  console.log(`${mode.padEnd(22)} ${panel.padEnd(22)} ${shown}`);
}

const total = (rows: Record<string, unknown>[], column: string): number =>
  rows.reduce((s, r) => s + Number(r[column] ?? 0), 0);

/** An EXECUTIVE token as the API would issue it (HS256; claims per TEAM.md). */
async function token(): Promise<string> {
  const b64 = (value: object | Buffer) =>
    (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'bench', role: 'EXECUTIVE', employeeId: null, departmentId: null, scopes: [], iat: now, exp: now + 4 * 3600 })}`;
  return `${body}.${b64(createHmac('sha256', SECRET).update(body).digest())}`;
}

async function timeCube(
  cube: RunningCube,
  mode: string,
  panel: string,
  query: CubeQuery,
  bearer: string,
  timeoutMs: number,
): Promise<void> {
  const t0 = performance.now();
  try {
    const rows = await cubeLoad(query, bearer, { url: cube.url, timeoutMs });
    record(mode, panel, {
      ms: performance.now() - t0,
      rows: rows.length,
      total: total(rows, CHECK[panel]!.cube),
    });
  } catch (error) {
    record(mode, panel, {
      ms: null,
      rows: null,
      total: null,
      note: `not finished (${(error as Error).message}) after ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    });
    await cancelCubeQueries();
  }
}

async function cancelCubeQueries(): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(
    `select pg_cancel_backend(pid) from pg_stat_activity where application_name = $1 and state = 'active'`,
    [APP],
  );
  await client.end();
}

function strippedModel(): string {
  // Same cubes and views without their pre_aggregations blocks (always the last key of a cube).
  const dir = mkdtempSync(join(tmpdir(), 'tl-cube-cold-'));
  cpSync(DEFAULT_SCHEMA_PATH, dir, { recursive: true });
  for (const file of readdirSync(join(dir, 'cubes'))) {
    const path = join(dir, 'cubes', file);
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf('\n    pre_aggregations:');
    if (at >= 0) writeFileSync(path, `${text.slice(0, at)}\n`);
  }
  return dir;
}

async function dashboardOnce(cube: RunningCube, bearer: string): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    Object.values(executiveDashboardQueries()).map((q) =>
      cubeLoad(q, bearer, { url: cube.url, timeoutMs: COLD_TIMEOUT_MS }),
    ),
  );
  return performance.now() - t0;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const bearer = await token();
  const queries = executiveDashboardQueries();
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const sizes = (
    await db.query<{ employees: string; enrollments: string; kpi: string }>(
      `select (select count(*) from employee) as employees, (select count(*) from enrollment) as enrollments,
              (select count(*) from kpi_observation) as kpi`,
    )
  ).rows[0]!;
  const version = (await db.query<{ v: string }>('select version() as v')).rows[0]!.v;
  console.log(
    `database: ${sizes.employees} employees, ${sizes.enrollments} enrollments, ${sizes.kpi} KPI rows`,
  );
  for (const schema of [PRE_SCHEMA, COLD_SCHEMA]) await db.query(`drop schema if exists ${schema} cascade`);

  // 1. Direct SQL, twice (the second run has PostgreSQL's buffer cache warm).
  const sqlRows: Record<string, Record<string, unknown>[]> = {};
  for (const run of ['direct SQL', 'direct SQL (2nd run)']) {
    for (const [panel, sql] of Object.entries(DIRECT_SQL)) {
      // The DiD panels take minutes at 100k: their second run would only repeat the first.
      if (run !== 'direct SQL' && (results[panel]?.['direct SQL']?.ms ?? 0) > 15_000) continue;
      const t0 = performance.now();
      const { rows } = await db.query(sql);
      sqlRows[panel] = rows;
      record(run, panel, {
        ms: performance.now() - t0,
        rows: rows.length,
        total: total(rows, CHECK[panel]!.sql),
      });
    }
  }

  // 2. Pre-aggregated: build every rollup (timed), then a fresh server with an empty result cache.
  let cube = await startCube({
    databaseUrl: DATABASE_URL,
    port: 0,
    jwtSecret: SECRET,
    refreshSeconds: false,
    preAggregationsSchema: PRE_SCHEMA,
    instanceId: 'bench-build',
    applicationName: APP,
  });
  const buildStart = performance.now();
  await dashboardOnce(cube, bearer);
  const buildMs = performance.now() - buildStart;
  console.log(`pre-aggregations built in ${(buildMs / 1000).toFixed(1)} s`);
  await cube.stop();
  const tables = { rows: [] as { table_name: string; rows: string }[] };
  const names = await db.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = $1 order by 1`,
    [PRE_SCHEMA],
  );
  for (const { table_name } of names.rows) {
    const { rows } = await db.query<{ n: string }>(`select count(*) as n from ${PRE_SCHEMA}."${table_name}"`);
    tables.rows.push({ table_name, rows: rows[0]!.n });
  }

  cube = await startCube({
    databaseUrl: DATABASE_URL,
    port: 0,
    jwtSecret: SECRET,
    refreshSeconds: false,
    preAggregationsSchema: PRE_SCHEMA,
    instanceId: 'bench-pre',
    applicationName: APP,
  });
  for (const mode of ['Cube pre-aggregated', 'Cube pre-agg + warm']) {
    for (const [panel, query] of Object.entries(queries))
      await timeCube(cube, mode, panel, query, bearer, 120_000);
  }
  // The dashboard as a browser loads it: all panels at once, ROUNDS times (Cube's cache warm).
  const concurrent: number[] = [];
  for (let i = 0; i < ROUNDS; i++) concurrent.push(await dashboardOnce(cube, bearer));
  await cube.stop();

  // 3. Cold: no pre-aggregations, fresh cache — every panel computed from the base views by Cube.
  if (process.env.CUBE_BENCH_SKIP_COLD !== '1') {
    const coldModel = strippedModel();
    cube = await startCube({
      databaseUrl: DATABASE_URL,
      port: 0,
      jwtSecret: SECRET,
      refreshSeconds: false,
      schemaPath: coldModel,
      preAggregationsSchema: COLD_SCHEMA,
      instanceId: 'bench-cold',
      applicationName: APP,
    });
    for (const [panel, query] of Object.entries(queries))
      await timeCube(cube, 'Cube cold', panel, query, bearer, COLD_TIMEOUT_MS);
    for (const [panel, query] of Object.entries(queries)) {
      if (results[panel]?.['Cube cold']?.ms === null) continue;
      await timeCube(cube, 'Cube warm', panel, query, bearer, 60_000);
    }
    await cube.stop();
    rmSync(coldModel, { recursive: true, force: true });
  } else {
    notes.push('Cold mode skipped (CUBE_BENCH_SKIP_COLD=1).');
  }

  for (const schema of [PRE_SCHEMA, COLD_SCHEMA]) await db.query(`drop schema if exists ${schema} cascade`);
  await db.end();

  writeReport({ sizes, version, buildMs, tables: tables.rows, concurrent, sqlRows });
}

function writeReport(input: {
  sizes: { employees: string; enrollments: string; kpi: string };
  version: string;
  buildMs: number;
  tables: { table_name: string; rows: string }[];
  concurrent: number[];
  sqlRows: Record<string, Record<string, unknown>[]>;
}): void {
  const modes = [
    'direct SQL',
    'direct SQL (2nd run)',
    'Cube cold',
    'Cube warm',
    'Cube pre-aggregated',
    'Cube pre-agg + warm',
  ];
  const cell = (t?: Timing) =>
    !t ? '—' : t.ms === null ? 'timeout' : t.ms < 10 ? t.ms.toFixed(1) : t.ms.toFixed(0);
  const sumOf = (mode: string) => Object.values(results).reduce((s, r) => s + (r[mode]?.ms ?? Number.NaN), 0);
  const lines: string[] = [];
  lines.push(
    `# Cube bench — executive dashboard at ${Number(input.sizes.employees).toLocaleString('en')} employees`,
  );
  lines.push('');
  lines.push(`Run ${started.toISOString()} by \`bench/cube-dashboard.ts\` on \`${redact(DATABASE_URL)}\``);
  lines.push(
    `(${input.version.split(' on ')[0]}; ${input.sizes.enrollments} enrollments, ${input.sizes.kpi} KPI rows; machine: 2 cores, shared with other jobs).`,
  );
  lines.push('');
  lines.push(
    'Milliseconds per panel, one request at a time. **direct SQL**: the same numbers by hand-written SQL on the',
  );
  lines.push(
    '`analytics` views (the formulas of the migration), no Cube. **Cube cold**: fresh server, no pre-aggregations,',
  );
  lines.push(
    "empty result cache. **Cube warm**: the same request again (Cube's result cache). **Cube pre-aggregated**: rollups",
  );
  lines.push(
    'built beforehand, fresh server with an empty result cache (the query reads the rollup tables).',
  );
  lines.push(
    "**+ warm**: again on that server. A fresh server's first request per cube also runs the cube's refresh-key",
  );
  lines.push(
    'check (a scan of the source table, e.g. `count(*)` over `enrollment`), which dominates the first pre-aggregated',
  );
  lines.push(
    'panel of each cube; the check then repeats at most every 10 minutes (hourly for the statistics).',
  );
  lines.push('');
  lines.push(`| panel | ${modes.join(' | ')} | rows | same numbers |`);
  lines.push(`|---|${modes.map(() => '---:').join('|')}|---:|:---:|`);
  for (const panel of Object.keys(DIRECT_SQL)) {
    const r = results[panel] ?? {};
    const sql = r['direct SQL'];
    const cubeRun = r['Cube pre-aggregated'];
    const same =
      sql &&
      cubeRun &&
      cubeRun.total !== null &&
      sql.rows === cubeRun.rows &&
      Math.abs((sql.total ?? 0) - cubeRun.total) <= 1e-6 * Math.max(1, Math.abs(sql.total ?? 0))
        ? '✓'
        : '✗';
    lines.push(`| ${panel} | ${modes.map((m) => cell(r[m])).join(' | ')} | ${sql?.rows ?? '—'} | ${same} |`);
  }
  lines.push(
    `| **all panels, sequential** | ${modes.map((m) => (Number.isNaN(sumOf(m)) ? 'n/a' : sumOf(m).toFixed(0))).join(' | ')} | | |`,
  );
  lines.push('');
  lines.push(
    '"same numbers": the pre-aggregated Cube result has as many rows as the direct SQL and the same column total',
  );
  lines.push(
    '(participants, enrollments, n treated, benefit, cost, promoted n, nominations, scored — see `CHECK` in the script).',
  );
  lines.push('');
  lines.push('## Pre-aggregations');
  lines.push('');
  lines.push(
    `Built in **${(input.buildMs / 1000).toFixed(1)} s** (all rollups and materialised statistics, two builds at a time,`,
  );
  lines.push(
    'triggered by the first dashboard load; in production the refresh worker does this in the background).',
  );
  lines.push('');
  lines.push('| table | rows |');
  lines.push('|---|---:|');
  for (const t of input.tables) lines.push(`| ${t.table_name} | ${Number(t.rows).toLocaleString('en')} |`);
  lines.push('');
  lines.push('## Whole dashboard, panels in parallel');
  lines.push('');
  lines.push(
    `${input.concurrent.length} loads of all ${Object.keys(DIRECT_SQL).length} panels at once (as the browser does), pre-aggregated server:`,
  );
  lines.push(
    `p50 ${percentile(input.concurrent, 50).toFixed(0)} ms, max ${Math.max(...input.concurrent).toFixed(0)} ms.`,
  );
  lines.push('');
  if (notes.length) {
    lines.push('## Notes');
    lines.push('');
    for (const n of notes) lines.push(`- ${n}`);
    lines.push('');
  }
  mkdirSync(reportDir, { recursive: true });
  const file = join(reportDir, `cube-${started.toISOString().slice(0, 10)}.md`);
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
