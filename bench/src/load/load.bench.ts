/**
 * `pnpm --filter @talentloop/bench load`: the mixed load of issue 14 against the whole stack
 * (`pnpm start`'s process model) on the 100k benchmark database, loopback only, bounded in
 * time. Starts the stack, logs in, warms up, runs the stages (100, 300, 1000 users by default,
 * ≤ 60 s each), stops the stack and writes bench/reports/load-<date>.{md,json}.
 *
 *   --database URL   (default postgres://postgres@127.0.0.1:5432/tl_bench_100k)
 *   --stages 100,300,1000   --seconds 60   --warmup 15   --api-workers N
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { WEIGHTS, type OperationName, type Population } from './mix';
import { cpuMeter, poller, type CpuWindow, type ProcessGroup } from './monitor';
import { runStages, summarize, type Summary } from './runner';
import { writeReport } from './report';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PORTS = { api: 24000, cube: 24001, dashboard: 24173 };

const { values: args } = parseArgs({
  options: {
    database: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/tl_bench_100k' },
    stages: { type: 'string', default: '100,300,1000' },
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '15' },
    'api-workers': { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});
const stageSeconds = Math.min(60, Number(args.seconds));

function startStack(): Promise<{ child: ChildProcess; log: string[] }> {
  const child = spawn(process.execPath, ['--import', './scripts/register.mjs', 'scripts/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: args.database,
      API_PORT: String(PORTS.api),
      CUBE_PORT: String(PORTS.cube),
      DASHBOARD_PORT: String(PORTS.dashboard),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      // The bench database stores no verdicts: the first impact sweep would judge ~10^5 due
      // enrollments during the measured stages. The mix's KPI writes still evaluate theirs.
      IMPACT_SWEEP_MINUTES: '0',
      ...(args['api-workers'] ? { API_WORKERS: args['api-workers'] } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the stack did not start within 10 min')), 600_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log.push(text);
      process.stdout.write(text.replace(/^/gm, '  stack| '));
      if (text.includes('TalentLoop is running')) {
        clearTimeout(timer);
        resolve({ child, log });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the stack exited during start-up (${code})`)));
  });
}

/** The stack's processes by role, from /proc (children of the start script). */
function processGroups(rootPid: number): ProcessGroup[] {
  const childrenOf = (pid: number) =>
    readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .map(Number)
      .filter((p) => {
        try {
          const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
        } catch {
          return false;
        }
      });
  const cmdline = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  };
  const match = (needle: string) => () => childrenOf(rootPid).filter((p) => cmdline(p).includes(needle));
  return [
    { name: 'supervisor + dashboard', pids: () => [rootPid] },
    { name: 'API workers', pids: match('api/src/worker.ts') },
    { name: 'outbox worker', pids: match('outbox.worker.ts') },
    { name: 'Cube', pids: match('cube.process.ts') },
    { name: 'load generator', pids: () => [process.pid] },
  ];
}

async function login(username: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${PORTS.api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { devLogin(username: "${username}") { token } }` }),
  });
  const body = (await res.json()) as { data?: { devLogin: { token: string } } };
  if (!body.data) throw new Error(`devLogin(${username}) failed: ${JSON.stringify(body)}`);
  return body.data.devLogin.token;
}

async function population(sql: pg.Pool): Promise<Population> {
  const ids = async (text: string) => (await sql.query<{ id: number }>(text)).rows.map((r) => Number(r.id));
  return {
    employeeIds: await ids('select id from employee tablesample system (20) limit 20000'),
    salesEmployeeIds: await ids(
      "select e.id from employee e join position p on p.id = e.position_id where p.family = 'SALES' and e.status = 'ACTIVE' limit 5000",
    ),
    // Departments at every level: lists range from a team to a whole division.
    departmentIds: await ids('select id from department tablesample system (10) limit 300'),
  };
}

async function main(): Promise<void> {
  const stages = args.stages.split(',').map((u) => ({ users: Number(u), seconds: stageSeconds }));
  const sql = new pg.Pool({ connectionString: args.database, max: 2, application_name: 'load-bench' });
  const preAggTables = async () =>
    Number(
      (
        await sql.query<{ n: string }>(
          "select count(*) as n from pg_tables where schemaname = 'cube_pre_aggregations'",
        )
      ).rows[0]!.n,
    );
  const loadBefore = readFileSync('/proc/loadavg', 'utf8').trim();
  console.log(`load average before start: ${loadBefore}`);
  const stack = await startStack();
  let stopMs: number | null = null;
  try {
    const groups = processGroups(stack.child.pid!);
    const workers = groups.find((g) => g.name === 'API workers')!.pids().length;
    const tokens = {
      hr: await login('hr'),
      exec: await login('exec'),
      manager: await login('manager.sales'),
    };
    const people = await population(sql);
    const tablesBefore = await preAggTables();
    const url = `http://127.0.0.1:${PORTS.api}/graphql`;
    const common = {
      url,
      tokens,
      people,
      rampSeconds: 10,
      thinkMs: [5000, 15000] as [number, number],
      timeoutMs: 30_000,
    };

    // The same warm-up for every run: a few users for a few seconds, not counted.
    console.log(`warm-up: 20 users, ${args.warmup} s`);
    await runStages({ ...common, stages: [{ users: 20, seconds: Number(args.warmup) }], seed: 7 }, () => {});

    const meter = cpuMeter(groups);
    const monitor = poller({
      statsUrl: `http://127.0.0.1:${PORTS.api}/stats`,
      databaseUrl: args.database,
      everyMs: 2000,
    });
    const windows: CpuWindow[] = [];
    const loads: string[] = [];
    let window = meter.start();
    const { samples, firstErrors } = await runStages({ ...common, stages, seed: 42 }, (index) => {
      if (index > 0) {
        windows.push(window.stop());
        window = meter.start();
      }
      loads.push(readFileSync('/proc/loadavg', 'utf8').trim());
      console.log(`stage ${index + 1}: ${stages[index]!.users} users for ${stageSeconds} s`);
    });
    windows.push(window.stop());
    await monitor.stop();
    const tablesAfter = await preAggTables();

    const perStage = stages.map((st, i) => {
      const mine = samples.filter((s) => s.stage === i);
      const byOperation = {} as Record<OperationName, Summary>;
      for (const op of Object.keys(WEIGHTS) as OperationName[])
        byOperation[op] = summarize(mine.filter((s) => s.operation === op));
      return {
        users: st.users,
        seconds: st.seconds,
        loadAverageAtStart: loads[i],
        all: summarize(mine),
        byOperation,
        cpu: windows[i],
      };
    });

    const stopStarted = Date.now();
    const exited = new Promise((r) => stack.child.once('exit', r));
    stack.child.kill('SIGINT');
    await exited;
    stopMs = Date.now() - stopStarted;

    const report = {
      date: args.date,
      database: args.database.replace(/\/\/[^@]*@/, '//'),
      machine: { cores: (await import('node:os')).availableParallelism(), loadAverageBefore: loadBefore },
      apiWorkers: workers,
      mix: WEIGHTS,
      thinkSeconds: [5, 15],
      clientTimeoutSeconds: 30,
      stages: perStage,
      admission: monitor.stats,
      cube: {
        preAggregationTablesBefore: tablesBefore,
        preAggregationTablesAfter: tablesAfter,
        samples: monitor.cube,
      },
      loadAverage: monitor.loads,
      firstErrors,
      shutdownMs: stopMs,
    };
    const base = fileURLToPath(new URL(`../../reports/load-${args.date}`, import.meta.url));
    writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(`${base}.md`, writeReport(report));
    console.log(`wrote ${base}.{md,json}`);
  } finally {
    if (stack.child.exitCode === null) stack.child.kill('SIGINT');
    await sql.end();
  }
}

await main();
