import { loadavg } from 'node:os';
import autocannon from 'autocannon';

export interface Target {
  url: string;
  body: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  connections: number;
  /** Seconds of measurement. */
  duration: number;
  /** Seconds of unrecorded warm-up before it (JIT, pools, PostgreSQL caches). */
  warmup: number;
  /**
   * …and at least this many warm-up requests: a slow target gets few requests in a few seconds,
   * and its first hundred requests still run partly unoptimised code.
   */
  warmupRequests?: number;
}

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  /** Non-2xx answers, transport errors, timeouts, and 200s whose body carries GraphQL `errors`. */
  failures: number;
  rps: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** Response size of the last answer, bytes. */
  bytes: number;
  /** 1-minute load average before and after: this machine is shared (see the report). */
  loadavg: [number, number];
  /** Whatever the caller's probe measured around the measured run (CPU per request …). */
  extra: Record<string, number>;
}

/** Called right before the measured run; the function it returns, right after it. */
export type Probe = () => Promise<(requests: number) => Promise<Record<string, number>>>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Exact percentile (nearest rank) of an ascending array. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

async function run(target: Target, connections: number, duration: number, record: boolean, amount?: number) {
  const latencies: number[] = [];
  let bodyFailures = 0;
  let bytes = 0;
  const instance = autocannon({
    url: target.url,
    connections,
    ...(amount ? { amount } : { duration }),
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...target.headers },
        body: target.body,
        // A GraphQL error is still HTTP 200: count it as a failure, not as a fast answer.
        onResponse: (status: number, body: string) => {
          bytes = body.length;
          if (status === 200 && body.includes('"errors":')) bodyFailures++;
        },
      },
    ],
  });
  // autocannon reports p50/p90/p97.5/p99 only; keep every response time for exact p95.
  if (record) instance.on('response', (_client, _status, _bytes, time: number) => latencies.push(time));
  const result = await instance;
  return { result, latencies, bodyFailures, bytes };
}

/** A warm-up run, then the measured run with the same concurrency. */
export async function measure(target: Target, options: LoadOptions, probe?: Probe): Promise<LoadResult> {
  if (options.warmupRequests) await run(target, options.connections, 0, false, options.warmupRequests);
  if (options.warmup > 0) await run(target, options.connections, options.warmup, false);
  const finish = probe ? await probe() : null;
  const before = loadavg()[0]!;
  const { result, latencies, bodyFailures, bytes } = await run(
    target,
    options.connections,
    options.duration,
    true,
  );
  const after = loadavg()[0]!;
  const ok = result.requests.total;
  const extra = finish ? await finish(ok) : {};
  latencies.sort((a, b) => a - b);
  // autocannon stops waiting, not the server: let requests still in flight finish, so they
  // do not slow down the next measurement.
  await sleep(Math.min(10_000, 200 + (latencies[latencies.length - 1] ?? 0)));
  const failures = result.non2xx + result.errors + result.timeouts + bodyFailures;
  const mean = latencies.reduce((s, x) => s + x, 0) / (latencies.length || 1);
  return {
    connections: options.connections,
    durationS: round(result.duration, 2),
    requests: ok,
    failures,
    rps: round(ok / result.duration, 1),
    latencyMs: {
      mean: round(mean),
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1] ?? NaN),
    },
    bytes,
    loadavg: [round(before), round(after)],
    extra,
  };
}
