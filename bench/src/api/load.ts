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
  /**
   * When several interleaved rounds were measured (combineRounds): each round's figures. The
   * top-level figures are then the rounds' medians (requests and failures: sums).
   */
  rounds?: {
    requests: number;
    rps: number;
    p50: number;
    extra: Record<string, number>;
    loadavg: [number, number];
  }[];
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

/**
 * The warm-up every engine gets, identical for all: `requests` requests, then `seconds` of
 * load, both at the measured concurrency. Nothing is recorded.
 */
export async function warmUp(target: Target, connections: number, requests: number, seconds: number) {
  if (requests > 0) await run(target, connections, 0, false, requests);
  if (seconds > 0) await run(target, connections, seconds, false);
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Σ(value × requests) / Σ requests; the probe divided each round's total by max(requests, 1). */
export function perRequest(
  rounds: { requests: number; extra: Record<string, number> }[],
  key: string,
): number {
  const total = rounds.reduce((s, r) => s + (r.extra[key] ?? 0) * Math.max(r.requests, 1), 0);
  const requests = rounds.reduce((s, r) => s + Math.max(r.requests, 1), 0);
  return round(total / requests);
}

/**
 * One figure per target from its interleaved rounds: throughput and latency are the rounds'
 * medians (robust to a round that coincided with a burst of other work on the shared
 * machine); per-request figures (CPU) are totals over all rounds divided by all requests, so
 * a round in which a slow target completed few requests weighs by what it measured.
 */
export function combineRounds(rounds: LoadResult[]): LoadResult {
  const first = rounds[0]!;
  const extraKeys = Object.keys(first.extra);
  const med = (pick: (r: LoadResult) => number) => round(median(rounds.map(pick)));
  return {
    connections: first.connections,
    durationS: round(rounds.reduce((s, r) => s + r.durationS, 0)),
    requests: rounds.reduce((s, r) => s + r.requests, 0),
    failures: rounds.reduce((s, r) => s + r.failures, 0),
    rps: med((r) => r.rps),
    latencyMs: {
      mean: med((r) => r.latencyMs.mean),
      p50: med((r) => r.latencyMs.p50),
      p95: med((r) => r.latencyMs.p95),
      p99: med((r) => r.latencyMs.p99),
      max: Math.max(...rounds.map((r) => r.latencyMs.max)),
    },
    bytes: first.bytes,
    loadavg: [first.loadavg[0], rounds[rounds.length - 1]!.loadavg[1]],
    extra: Object.fromEntries(extraKeys.map((k) => [k, perRequest(rounds, k)])),
    rounds: rounds.map((r) => ({
      requests: r.requests,
      rps: r.rps,
      p50: r.latencyMs.p50,
      extra: r.extra,
      loadavg: r.loadavg,
    })),
  };
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
