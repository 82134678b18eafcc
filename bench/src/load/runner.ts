/**
 * Virtual users: each loops "draw an operation, send it, think 5–15 s" until its stage ends or
 * the run ends. Stages raise the number of users (ramped over the first seconds of the stage);
 * every request has a client timeout, so the run is bounded and stops by itself.
 */
import { drawRequest, random, type OperationName, type Population, type Request } from './mix';

export type Outcome = 'ok' | 'graphqlError' | 'overloaded' | 'timeout' | 'http4xx' | 'http5xx' | 'network';

export interface Sample {
  stage: number;
  operation: OperationName;
  outcome: Outcome;
  ms: number;
  /** Seconds since the run started, when the request was sent. */
  at: number;
}

export interface Stage {
  users: number;
  seconds: number;
}

export interface RunOptions {
  url: string;
  tokens: Record<Request['token'], string>;
  people: Population;
  stages: Stage[];
  rampSeconds: number;
  thinkMs: [number, number];
  timeoutMs: number;
  seed: number;
}

async function send(options: RunOptions, request: Request): Promise<{ outcome: Outcome; ms: number }> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const res = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${options.tokens[request.token]}`,
      },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await res.text();
    if (res.status === 503) outcome = 'overloaded';
    else if (res.status >= 500) outcome = 'http5xx';
    else if (res.status >= 400) outcome = 'http4xx';
    else outcome = /"errors"\s*:/.test(text) ? 'graphqlError' : 'ok';
  } catch (error) {
    const name = (error as Error)?.name;
    outcome = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
  }
  return { outcome, ms: performance.now() - started };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the stages; calls onStage when each stage begins (for per-stage measurements). */
export async function runStages(
  options: RunOptions,
  onStage: (index: number) => void,
): Promise<{ samples: Sample[]; firstErrors: Record<string, string> }> {
  const samples: Sample[] = [];
  const firstErrors: Record<string, string> = {};
  const t0 = performance.now();
  const end = t0 + options.stages.reduce((s, st) => s + st.seconds, 0) * 1000;
  let stage = 0;
  let stageEnds = t0;
  const users: Promise<void>[] = [];
  let userCount = 0;

  const user = async (id: number, startDelayMs: number) => {
    const rnd = random(options.seed * 100_003 + id);
    // Users arrive spread over the ramp, then think first so they do not all fire at once.
    await sleep(startDelayMs + rnd() * options.thinkMs[0]);
    while (performance.now() < end) {
      const request = drawRequest(rnd, options.people);
      const at = (performance.now() - t0) / 1000;
      const mine = stage;
      const { outcome, ms } = await send(options, request);
      samples.push({ stage: mine, operation: request.operation, outcome, ms, at });
      if (outcome !== 'ok' && !firstErrors[`${request.operation}:${outcome}`])
        firstErrors[`${request.operation}:${outcome}`] = `at ${at.toFixed(1)} s`;
      const [lo, hi] = options.thinkMs;
      const think = lo + rnd() * (hi - lo);
      if (performance.now() + think >= end) break;
      await sleep(think);
    }
  };

  for (const [index, st] of options.stages.entries()) {
    stage = index;
    onStage(index);
    stageEnds += st.seconds * 1000;
    const add = st.users - userCount;
    for (let i = 0; i < add; i++) {
      users.push(user(userCount + i, (i / Math.max(1, add)) * options.rampSeconds * 1000));
    }
    userCount = Math.max(userCount, st.users);
    await sleep(Math.max(0, stageEnds - performance.now()));
  }
  await Promise.all(users);
  return { samples, firstErrors };
}

export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface Summary {
  requests: number;
  outcomes: Record<Outcome, number>;
  /** Latency of answered requests (ok or GraphQL error), ms. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** Latency of 503 refusals, ms: how fast overload is answered. */
  overloadedP95: number | null;
}

export function summarize(samples: Sample[]): Summary {
  const outcomes = {
    ok: 0,
    graphqlError: 0,
    overloaded: 0,
    timeout: 0,
    http4xx: 0,
    http5xx: 0,
    network: 0,
  } as Record<Outcome, number>;
  for (const s of samples) outcomes[s.outcome]++;
  const answered = samples
    .filter((s) => s.outcome === 'ok' || s.outcome === 'graphqlError')
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  const refused = samples
    .filter((s) => s.outcome === 'overloaded')
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  const round = (v: number | null) => (v == null ? null : Math.round(v));
  return {
    requests: samples.length,
    outcomes,
    p50: round(percentile(answered, 50)),
    p95: round(percentile(answered, 95)),
    p99: round(percentile(answered, 99)),
    overloadedP95: round(percentile(refused, 95)),
  };
}
