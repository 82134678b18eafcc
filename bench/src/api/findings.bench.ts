/**
 * `pnpm --filter @talentloop/bench api:findings` — isolates the two costs the API benchmark
 * points at, each against its alternative in the same run (read only, ≈ 1 min):
 *
 *  1. Entity hydration: loading one list page's enrollments (the 50 employees of scenario a)
 *     as MikroORM entities vs partial entities vs raw rows — CPU ms of this Node process.
 *  2. The MANAGER scope filter on child batches: EXPLAIN ANALYZE of the enrollment and review
 *     batches exactly as the API sends them for a manager (scope join employee → department)
 *     vs HR (no scope) vs the same join also restricted to the batch's ids.
 *  3. The subtree count behind totalCount.
 *
 * Writes bench/reports/api-findings-<date>.{md,json}.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Enrollment, PerformanceReview } from '@talentloop/db/entities';
import { initOrm } from '@talentloop/db/orm';
import pg from 'pg';
import { SUBTREE_DEPARTMENT_ID } from './scenarios';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tl_bench_100k';
const REPORTS = fileURLToPath(new URL('../../reports/', import.meta.url));
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const round = (n: number) => Math.round(n * 100) / 100;

async function timed(fn: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn();
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < ITERATIONS; i++) await fn();
  return { cpuMs: round((cpuMs() - c0) / ITERATIONS), wallMs: round((performance.now() - t0) / ITERATIONS) };
}

async function main() {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const { rows: rootRows } = await client.query<{ path: string }>(
    'select path from department where id = $1',
    [SUBTREE_DEPARTMENT_ID],
  );
  const pattern = `${rootRows[0]!.path}%`;
  // The page of scenario (a)/(c): the first 50 of the subtree by employee number.
  const { rows: pageRows } = await client.query<{ id: number }>(
    `select e.id from employee e join department d on d.id = e.department_id
     where d.path like $1 order by e.employee_no, e.id limit 50`,
    [pattern],
  );
  const ids = pageRows.map((r) => r.id);

  // 1. Hydration.
  const orm = await initOrm(DATABASE_URL, { autoJoinRefsForFilters: false });
  const order = { enrolledOn: 'asc', id: 'asc' } as const;
  const hydration = {
    rows: (await orm.em.fork().find(Enrollment, { employee: { $in: ids } })).length,
    entities: await timed(() =>
      orm.em.fork().find(Enrollment, { employee: { $in: ids } }, { orderBy: order }),
    ),
    partialEntities: await timed(() =>
      orm.em
        .fork()
        .find(
          Enrollment,
          { employee: { $in: ids } },
          { orderBy: order, fields: ['examScore', 'course', 'employee'] },
        ),
    ),
    rawRowsQueryBuilder: await timed(() =>
      orm.em
        .fork()
        .createQueryBuilder(Enrollment, 'e')
        .select('*')
        .where({ employee: { $in: ids } })
        .orderBy(order)
        .execute('all', false),
    ),
    reviewEntities: await timed(() =>
      orm.em.fork().find(PerformanceReview, { employee: { $in: ids } }, { orderBy: { periodStart: 'asc' } }),
    ),
  };
  await orm.close(true);

  // 2. + 3. Plans (server-side execution time, median of 5).
  const explain = async (sql: string, params: unknown[]) => {
    const times: number[] = [];
    let plan = '';
    for (let i = 0; i < 5; i++) {
      const { rows } = await client.query<{
        'QUERY PLAN': [{ 'Execution Time': number; Plan: { 'Node Type': string } }];
      }>(`explain (analyze, format json) ${sql}`, params);
      times.push(rows[0]!['QUERY PLAN'][0]['Execution Time']);
      plan = rows[0]!['QUERY PLAN'][0].Plan['Node Type'];
    }
    times.sort((a, b) => a - b);
    return { executionMs: round(times[2]!), topNode: plan };
  };
  const idList = ids.map((_, i) => `$${i + 2}`).join(', ');
  const scoped = (table: string, alias: string, orderBy: string, extra = '') =>
    `select ${alias}.* from ${table} as ${alias} inner join employee as e1 on ${alias}.employee_id = e1.id
     inner join department as d2 on e1.department_id = d2.id
     where d2.path like $1 and ${alias}.employee_id in (${idList})${extra} order by ${orderBy}`;
  const plain = (table: string, alias: string, orderBy: string) =>
    `select ${alias}.* from ${table} as ${alias} where ${alias}.employee_id in (${idList.replace(/\$(\d+)/g, (_, n) => `$${Number(n) - 1}`)}) order by ${orderBy}`;
  const plans = {
    enrollmentHr: await explain(plain('enrollment', 'e0', 'e0.enrolled_on, e0.id'), ids),
    enrollmentManager: await explain(scoped('enrollment', 'e0', 'e0.enrolled_on, e0.id'), [pattern, ...ids]),
    enrollmentManagerIdsOnJoin: await explain(
      scoped('enrollment', 'e0', 'e0.enrolled_on, e0.id', ` and e1.id in (${idList})`),
      [pattern, ...ids],
    ),
    reviewHr: await explain(plain('performance_review', 'p0', 'p0.period_start'), ids),
    reviewManager: await explain(scoped('performance_review', 'p0', 'p0.period_start'), [pattern, ...ids]),
    reviewManagerIdsOnJoin: await explain(
      scoped('performance_review', 'p0', 'p0.period_start', ` and e1.id in (${idList})`),
      [pattern, ...ids],
    ),
    subtreeCount: await explain(
      'select count(*) from employee e0 inner join department d1 on e0.department_id = d1.id where d1.path like $1',
      [pattern],
    ),
    subtreePage: await explain(
      `select e0.* from employee e0 inner join department d1 on e0.department_id = d1.id where d1.path like $1
       order by e0.employee_no, e0.id limit 50`,
      [pattern],
    ),
  };
  await client.end();

  const report = {
    at: new Date().toISOString(),
    database: DATABASE_URL.replace(/\/\/[^@]*@/, '//'),
    ids: ids.length,
    hydration,
    plans,
  };
  const md = [
    `# API findings — ${report.at.slice(0, 10)}`,
    '',
    'Generated by `pnpm --filter @talentloop/bench api:findings` (bench/src/api/findings.bench.ts). Context: docs/performance.md.',
    '',
    `## 1. Hydration of one page's enrollments (${hydration.rows} rows for ${ids.length} employees), per load, ${ITERATIONS} iterations`,
    '',
    '| how | Node CPU ms | wall ms |',
    '|---|---:|---:|',
    `| \`em.find(Enrollment)\` → entities (what the API's loader does) | ${hydration.entities.cpuMs} | ${hydration.entities.wallMs} |`,
    `| \`em.find\` with \`fields\` (partial entities) | ${hydration.partialEntities.cpuMs} | ${hydration.partialEntities.wallMs} |`,
    `| query builder \`execute('all', false)\` → raw rows | ${hydration.rawRowsQueryBuilder.cpuMs} | ${hydration.rawRowsQueryBuilder.wallMs} |`,
    `| \`em.find(PerformanceReview)\` → entities (the other child list) | ${hydration.reviewEntities.cpuMs} | ${hydration.reviewEntities.wallMs} |`,
    '',
    '## 2. Child batches under the MANAGER scope filter (PostgreSQL execution time, median of 5)',
    '',
    '| statement | ms | top plan node |',
    '|---|---:|---|',
    ...Object.entries(plans).map(([name, p]) => `| ${name} | ${p.executionMs} | ${p.topNode} |`),
    '',
    '- *Hr*: `… where employee_id in (<50 ids>)` (HR: no scope condition).',
    "- *Manager*: the same plus the scope filter's `inner join employee e1 … inner join department d2 … where d2.path like '/1/2/%'` — as logged from the API.",
    '- *ManagerIdsOnJoin*: the manager statement with `and e1.id in (<the same 50 ids>)` added: PostgreSQL does not carry an IN list across a join, so without it the planner hashes the whole subtree.',
    '',
  ].join('\n');
  await mkdir(REPORTS, { recursive: true });
  const name = `api-findings-${report.at.slice(0, 10)}`;
  await writeFile(`${REPORTS}${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(`${REPORTS}${name}.md`, `${md}\n`);
  console.log(md);
}

await main();
