/**
 * What the machine does during the load: CPU per process (from /proc), the API's admission and
 * pool state (its /stats endpoint), Cube's sessions in PostgreSQL (refresh builds), load average.
 */
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used; null once it is gone. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}

/** Every PostgreSQL server process (the server serves other databases too: an upper bound). */
function postgresPids(): number[] {
  const out: number[] = [];
  for (const entry of readdirProc()) {
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') out.push(entry);
    } catch {
      /* gone */
    }
  }
  return out;
}

function readdirProc(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

export interface ProcessGroup {
  name: string;
  pids: () => number[];
}

export interface CpuWindow {
  /** CPU seconds per group over the window, and as a share of one core. */
  seconds: Record<string, number>;
  cores: Record<string, number>;
  wallSeconds: number;
}

/** Measures CPU of process groups between start() and stop(). */
export function cpuMeter(groups: ProcessGroup[]) {
  const all = [...groups, { name: 'postgres (all databases)', pids: postgresPids }];
  const read = () => {
    const totals: Record<string, number> = {};
    const perPid = new Map<number, number>();
    for (const g of all) {
      let sum = 0;
      for (const pid of g.pids()) {
        const s = cpuSeconds(pid);
        if (s != null) {
          perPid.set(pid, s);
          sum += s;
        }
      }
      totals[g.name] = sum;
    }
    return { totals, perPid, at: performance.now() };
  };
  return {
    start() {
      const first = read();
      return {
        stop(): CpuWindow {
          const last = read();
          const wallSeconds = (last.at - first.at) / 1000;
          const seconds: Record<string, number> = {};
          const cores: Record<string, number> = {};
          for (const g of all) {
            // Per pid, so a process that started in the window counts from 0 and one that
            // ended keeps what it had used by the last reading.
            let used = 0;
            for (const [pid, s] of last.perPid) {
              if (!g.pids().includes(pid) && g.name !== 'postgres (all databases)') continue;
              used += s - (first.perPid.get(pid) ?? 0);
            }
            seconds[g.name] = Math.round(used * 10) / 10;
            cores[g.name] = Math.round((used / wallSeconds) * 100) / 100;
          }
          return { seconds, cores, wallSeconds: Math.round(wallSeconds) };
        },
      };
    },
  };
}

export interface StatsSample {
  at: number;
  pid: number;
  inFlight: number;
  queued: number;
  poolPending: number;
  poolUsed: number;
  refused: number;
  /** Of `refused`: on arrival (a full queue or a predicted wait over the budget). */
  refusedOnArrival: number;
  /** Of `refused`: after waiting out the budget. */
  refusedAfterWait: number;
  clientGone: number;
}

export interface CubeSample {
  at: number;
  /** Cube sessions running a statement, and those building a pre-aggregation table. */
  active: number;
  building: number;
  buildQueries: string[];
}

/** Polls /stats (each answer comes from whichever API worker took the connection). */
export function poller(options: { statsUrl: string; databaseUrl: string; everyMs: number }) {
  const stats: StatsSample[] = [];
  const cube: CubeSample[] = [];
  const loads: { at: number; load1: number }[] = [];
  const sql = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 1,
    application_name: 'load-monitor',
  });
  const t0 = Date.now();
  let running = true;
  const tick = async () => {
    const at = (Date.now() - t0) / 1000;
    loads.push({ at, load1: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]) });
    await Promise.all([
      (async () => {
        for (let i = 0; i < 2; i++) {
          const res = await fetch(options.statsUrl, { signal: AbortSignal.timeout(2000) }).catch(() => null);
          if (!res?.ok) continue;
          const body = (await res.json()) as {
            admission: {
              pid: number;
              inFlight: number;
              lanes: Record<string, { queued: number }>;
              refused: Record<string, number>;
              clientGone: number;
            };
            pool: { pendingAcquires: number; used: number } | null;
          };
          const a = body.admission;
          stats.push({
            at,
            pid: a.pid,
            inFlight: a.inFlight,
            queued: Object.values(a.lanes).reduce((n, l) => n + l.queued, 0),
            poolPending: body.pool?.pendingAcquires ?? 0,
            poolUsed: body.pool?.used ?? 0,
            refused: Object.values(a.refused).reduce((n, v) => n + v, 0),
            refusedOnArrival: (a.refused.inFlight ?? 0) + (a.refused.queueFull ?? 0),
            refusedAfterWait: a.refused.queueTimeout ?? 0,
            clientGone: a.clientGone,
          });
        }
      })(),
      sql
        .query<{ state: string; query: string }>(
          "select state, left(query, 160) as query from pg_stat_activity where application_name like 'talentloop-cube%' and state = 'active'",
        )
        .then(({ rows }) => {
          const builds = rows.filter(
            (r) => /pre_aggregations/i.test(r.query) && /create table|insert into/i.test(r.query),
          );
          cube.push({
            at,
            active: rows.length,
            building: builds.length,
            buildQueries: builds.map((b) => b.query),
          });
        })
        .catch(() => {}),
    ]);
  };
  const loop = (async () => {
    while (running) {
      await tick();
      await new Promise((r) => setTimeout(r, options.everyMs));
    }
  })();
  return {
    stats,
    cube,
    loads,
    async stop() {
      running = false;
      await loop;
      await sql.end();
    },
  };
}
