/** The load run as Markdown (bench/reports/load-<date>.md). */
import type { Summary } from './runner';
import type { CpuWindow, CubeSample, StatsSample } from './monitor';

interface StageReport {
  users: number;
  seconds: number;
  loadAverageAtStart?: string;
  all: Summary;
  byOperation: Record<string, Summary>;
  cpu?: CpuWindow;
}

export interface LoadReport {
  date: string;
  database: string;
  machine: { cores: number; loadAverageBefore: string };
  apiWorkers: number;
  mix: Record<string, number>;
  stages: StageReport[];
  admission: StatsSample[];
  cube: { preAggregationTablesBefore: number; preAggregationTablesAfter: number; samples: CubeSample[] };
  loadAverage: { at: number; load1: number }[];
  firstErrors: Record<string, string>;
  shutdownMs: number | null;
}

const ms = (v: number | null) => (v == null ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v} ms`);
const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);

export function writeReport(r: LoadReport): string {
  const lines: string[] = [];
  lines.push(`# Mixed load — ${r.date}`, '');
  lines.push(
    `Database \`${r.database}\`; ${r.apiWorkers} API worker process(es), the outbox worker and Cube as their own processes (\`pnpm start\`). ` +
      `${r.machine.cores} cores; load average before the stack started: ${r.machine.loadAverageBefore} (the machine was shared with other work). ` +
      `Mix ${Object.entries(r.mix)
        .map(([k, v]) => `${k} ${v} %`)
        .join(', ')}; think time 5–15 s; client timeout 30 s. ` +
      `API_QUEUE_TIMEOUT_MS ${process.env.API_QUEUE_TIMEOUT_MS ?? '5000 (default)'}. Reproduce: \`pnpm --filter @talentloop/bench load\`.`,
    '',
  );
  lines.push('## Per stage', '');
  lines.push(
    '| users | load avg at start | requests | ok | GraphQL errors | 503 (fast refusals) | timeouts | 5xx | network | p50 | p95 | p99 | 503 p95 |',
  );
  lines.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of r.stages) {
    const o = s.all.outcomes;
    lines.push(
      `| ${s.users} | ${s.loadAverageAtStart?.split(' ').slice(0, 3).join(' ') ?? '–'} | ${s.all.requests} | ${o.ok} | ${o.graphqlError} | ${o.overloaded} (${pct(o.overloaded, s.all.requests)}) | ${o.timeout} | ${o.http5xx} | ${o.network} | ${ms(s.all.p50)} | ${ms(s.all.p95)} | ${ms(s.all.p99)} | ${ms(s.all.overloadedP95)} |`,
    );
  }
  lines.push(
    '',
    'Latency percentiles are over answered requests (HTTP 200); refusals are counted apart.',
    '',
  );
  lines.push('## Per operation (p95 / refused / timeouts)', '');
  const ops = Object.keys(r.stages[0]?.byOperation ?? {});
  lines.push(`| users | ${ops.join(' | ')} |`, `| ---: | ${ops.map(() => '---').join(' | ')} |`);
  for (const s of r.stages) {
    lines.push(
      `| ${s.users} | ${ops
        .map((op) => {
          const o = s.byOperation[op]!;
          return `${ms(o.p95)} / ${o.outcomes.overloaded} / ${o.outcomes.timeout} (n=${o.requests})`;
        })
        .join(' | ')} |`,
    );
  }
  lines.push('', '## CPU per process (cores busy on average, per stage)', '');
  const groups = Object.keys(r.stages[0]?.cpu?.cores ?? {});
  lines.push(`| users | ${groups.join(' | ')} |`, `| ---: | ${groups.map(() => '---:').join(' | ')} |`);
  for (const s of r.stages)
    lines.push(`| ${s.users} | ${groups.map((g) => s.cpu?.cores[g] ?? '–').join(' | ')} |`);
  lines.push(
    '',
    '"postgres (all databases)" counts every PostgreSQL process on the machine, other helpers\' included.',
    '',
  );
  const maxOf = (f: (s: StatsSample) => number) => r.admission.reduce((m, s) => Math.max(m, f(s)), 0);
  // Counters are per process and cumulative: the last sample of each process, summed.
  const lastSum = (f: (s: StatsSample) => number) =>
    [...new Map(r.admission.map((s) => [s.pid, f(s)])).values()].reduce((a, b) => a + b, 0);
  lines.push('## Admission and pool (sampled every 2 s from /stats)', '');
  lines.push(
    `- max in flight per process ${maxOf((s) => s.inFlight)}, max queued ${maxOf((s) => s.queued)}; ` +
      `max requests waiting for a database connection ${maxOf((s) => s.poolPending)} (pool in use max ${maxOf((s) => s.poolUsed)}); ` +
      `refusals counted by the last samples ${lastSum((s) => s.refused)} (on arrival ${lastSum((s) => s.refusedOnArrival ?? 0)}, after waiting out the queue budget ${lastSum((s) => s.refusedAfterWait ?? 0)}), ` +
      `queued requests dropped because the client left ${[...new Map(r.admission.map((s) => [s.pid, s.clientGone])).values()].reduce((a, b) => a + b, 0)}.`,
  );
  const builds = r.cube.samples.filter((c) => c.building > 0);
  lines.push('', '## Cube refresh activity', '');
  lines.push(
    `- pre-aggregation tables: ${r.cube.preAggregationTablesBefore} before, ${r.cube.preAggregationTablesAfter} after; ` +
      `samples with a Cube session building a pre-aggregation: ${builds.length} of ${r.cube.samples.length}` +
      (builds.length
        ? ` (first at ${builds[0]!.at.toFixed(0)} s, last at ${builds.at(-1)!.at.toFixed(0)} s)`
        : '') +
      `; max concurrent active Cube sessions ${r.cube.samples.reduce((m, c) => Math.max(m, c.active), 0)}.`,
  );
  if (Object.keys(r.firstErrors).length) {
    lines.push('', '## First error of each kind', '');
    for (const [k, v] of Object.entries(r.firstErrors)) lines.push(`- ${k}: ${v}`);
  }
  lines.push(
    '',
    `Shutdown of the whole stack after the run (SIGINT → all processes gone): ${ms(r.shutdownMs)}.`,
    '',
  );
  return lines.join('\n');
}
