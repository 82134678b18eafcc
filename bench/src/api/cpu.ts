import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type pg from 'pg';
import type { RunningChild } from './child';

const run = promisify(execFile);

/** CPU seconds of a benchmark server process (its own process.cpuUsage(), over IPC). */
export async function processCpuMs(child: RunningChild): Promise<number> {
  const usage = await child.call<{ user: number; system: number }>('cpu');
  return (usage.user + usage.system) / 1000;
}

/** Local TCP ports of a process's connections to PostgreSQL (from `ss -tnp`). */
async function clientPorts(pid: number): Promise<number[]> {
  const { stdout } = await run('ss', ['-tnpH', 'state', 'established', '( dport = :5432 )']);
  const ports: number[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.includes(`pid=${pid},`)) continue;
    const local = line.trim().split(/\s+/)[2];
    const port = Number(local?.split(':').pop());
    if (port) ports.push(port);
  }
  return ports;
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time (ms) used so far by the PostgreSQL backends serving one process's pooled
 * connections: backends are matched by client port (pg_stat_activity ↔ ss), their time read
 * from /proc/<pid>/stat (utime + stime, 10 ms ticks). A delta of two snapshots = the database
 * work one engine caused, separate from the Node work — and from other users of the server.
 */
export async function backendCpuSnapshot(admin: pg.Client, processPid: number): Promise<Map<number, number>> {
  const ports = await clientPorts(processPid);
  const snapshot = new Map<number, number>();
  if (ports.length === 0) return snapshot;
  const { rows } = await admin.query<{ pid: number }>(
    `select pid from pg_stat_activity where client_addr = '127.0.0.1' and client_port = any($1::int[])`,
    [ports],
  );
  for (const { pid } of rows) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[0] is state (field 3); utime/stime are fields 14/15 → indexes 11/12 here.
      snapshot.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND);
    } catch {
      // The backend exited between the two reads: its time is lost (rare: pools keep them).
    }
  }
  return snapshot;
}

export function backendCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
