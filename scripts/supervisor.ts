/**
 * `pnpm start`'s process model: the API as N worker processes sharing one port (node:cluster;
 * the primary hands connections out round-robin), Cube and the outbox worker each in their
 * own process. The children run db/src/service-process.ts: they report ready over IPC and stop
 * on SIGTERM. This module forks them, waits for them, restarts API workers that crash, and
 * stops everything within a deadline (SIGKILL for whatever is left).
 */
import cluster, { type Worker } from 'node:cluster';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServiceMessage } from '../db/src/service-process';

/** Children run the TypeScript sources through the same SWC loader as `pnpm start` itself. */
const EXEC_ARGV = ['--import', fileURLToPath(new URL('./register.mjs', import.meta.url))];

export interface Supervised {
  name: string;
  /** Resolves with each process's ready message (all of them); rejects if one fails to start. */
  ready: Promise<ServiceMessage[]>;
  /** SIGTERM, then SIGKILL for processes still alive at the deadline. */
  stop(deadline: number): Promise<void>;
  pids(): number[];
}

type Child = ChildProcess | Worker;

const pidOf = (child: Child): number | undefined => ('process' in child ? child.process.pid : child.pid);
const alive = (child: Child): boolean =>
  'isDead' in child ? !child.isDead() : child.exitCode === null && child.signalCode === null;

function readyOf(name: string, child: Child): Promise<ServiceMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ServiceMessage) => {
      if (message?.type === 'ready') resolve(message);
      else if (message?.type === 'failed') reject(new Error(`${name}: ${message.error}`));
    };
    child.on('message', onMessage);
    child.once('exit', (code: number | null) =>
      reject(new Error(`${name} exited during start-up (code ${code ?? 'signal'})`)),
    );
  });
}

async function stopAll(children: Child[], deadline: number): Promise<void> {
  const exits = children
    .filter(alive)
    .map((child) => new Promise<void>((resolve) => child.once('exit', () => resolve())));
  for (const child of children.filter(alive)) child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, deadline - Date.now()));
  });
  if ((await Promise.race([Promise.all(exits), late])) === 'late') {
    const stuck = children.filter(alive);
    if (stuck.length) console.error(`talentloop: ${stuck.length} process(es) did not stop in time; killed`);
    for (const child of stuck) child.kill('SIGKILL');
  }
  clearTimeout(timer);
}

/** One process (`child_process.fork`): the outbox worker, a Cube refresh worker, one Cube. */
export function forkProcess(name: string, entry: string, env: NodeJS.ProcessEnv = {}): Supervised {
  const child = fork(entry, [], { execArgv: EXEC_ARGV, env: { ...process.env, ...env }, stdio: 'inherit' });
  return {
    name,
    ready: readyOf(name, child).then((m) => [m]),
    stop: (deadline) => stopAll([child], deadline),
    pids: () => (child.pid ? [child.pid] : []),
  };
}

/**
 * `count` processes sharing their listening port (node:cluster): API workers, Cube API
 * instances. A worker that dies on its own is replaced, with a growing delay if it keeps dying.
 */
export function forkWorkers(
  name: string,
  entry: string,
  count: number,
  env: NodeJS.ProcessEnv = {},
): Supervised {
  const workers = new Set<Worker>();
  let stopping = false;
  const restarts: number[] = [];
  const spawn = (): Worker => {
    // setupPrimary applies to the next fork only, so each group sets its own entry right before.
    cluster.setupPrimary({ exec: entry, execArgv: EXEC_ARGV });
    const worker = cluster.fork({ ...env, TALENTLOOP_SERVICE: name });
    workers.add(worker);
    worker.once('exit', (code, signal) => {
      workers.delete(worker);
      if (stopping) return;
      const now = Date.now();
      while (restarts.length && now - restarts[0]! > 60_000) restarts.shift();
      restarts.push(now);
      // Always replaced (a port with no worker is an outage), but a worker that keeps dying
      // is replaced more slowly: 0.1 s, doubling with each death in the last minute, ≤ 10 s.
      const delay = Math.min(10_000, 100 * 2 ** (restarts.length - 1));
      console.error(
        `talentloop: ${name} worker ${worker.process.pid} exited (${signal ?? code}); restarting in ${delay} ms`,
      );
      setTimeout(() => {
        if (!stopping) spawn();
      }, delay).unref();
    });
    return worker;
  };
  const first = Array.from({ length: count }, spawn);
  return {
    name,
    ready: Promise.all(first.map((w, i) => readyOf(`${name} worker ${i + 1}`, w))),
    stop(deadline) {
      stopping = true;
      return stopAll([...workers], deadline);
    },
    pids: () => [...workers].map((w) => pidOf(w)).filter((p): p is number => p !== undefined),
  };
}
