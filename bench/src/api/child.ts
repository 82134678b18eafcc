import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What a benchmark server child reports once it listens. */
export interface ChildReady {
  /** The GraphQL (or baseline) endpoint under load. */
  url: string;
  /** Extra endpoints a child may expose (e.g. the statement-counting API instance). */
  [key: string]: unknown;
}

export interface RunningChild<T extends ChildReady = ChildReady> {
  ready: T;
  pid: number;
  /** A request over the IPC channel; the child answers `{ id, result }`. */
  call<R>(cmd: string): Promise<R>;
  stop(): Promise<void>;
}

const register = fileURLToPath(new URL('../../../scripts/register.mjs', import.meta.url));

/**
 * Each engine runs in its own Node process so the load generator (autocannon, in the parent)
 * never shares an event loop with the server it measures — the same arrangement for every
 * engine, so the comparison stays fair even though all of them share the machine's cores.
 */
export function startChild<T extends ChildReady>(
  file: string,
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<RunningChild<T>> {
  const child: ChildProcess = fork(fileURLToPath(new URL(file, import.meta.url)), [], {
    execArgv: [
      '--import',
      register,
      ...(process.env.BENCH_CHILD_EXEC_ARGV ? process.env.BENCH_CHILD_EXEC_ARGV.split(' ') : []),
    ],
    // Every engine runs as it would in production: graphql-js (under Apollo and PostGraphile
    // alike) skips its development-mode instanceOf checks only when NODE_ENV=production.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited with code ${code} before it was ready`));
    });
    child.once('message', (message) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      let next = 0;
      const pending = new Map<number, (result: unknown) => void>();
      child.on('message', (reply: { id?: number; result?: unknown }) => {
        if (typeof reply.id === 'number') pending.get(reply.id)?.(reply.result);
        pending.delete(reply.id!);
      });
      resolve({
        ready: message as T,
        pid: child.pid!,
        call: <R>(cmd: string) =>
          new Promise<R>((done) => {
            const id = ++next;
            pending.set(id, done as (result: unknown) => void);
            child.send({ id, cmd });
          }),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Reads a child's JSON side endpoint (statement counters and such). */
export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
