import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { AccessError, rewriteQuery, verifyToken, type CubeQuery, type SecurityContext } from './security';
import { loadQueryProblem, requestQueries, suppressAnswer } from './query-guard';
import { answerAudit, type Released } from './differencing';
import { memoryReleaseLog, redisReleaseLog, type ReleaseLog } from './release-log';
import { viewPolicies, type ViewPolicy } from './policies';
import { createSessionCheck } from './revocation';
import type { TlsOptions } from '@talentloop/db/tls';

// Cube reads these at require time or per call; set them before Cube is loaded.
// memory: no Redis / Cube Store here. Telemetry would try to phone home from an offline box.
process.env.CUBEJS_CACHE_AND_QUEUE_DRIVER ??= 'memory';
process.env.CUBEJS_TELEMETRY ??= 'false';
process.env.CUBEJS_LOG_LEVEL ??= 'warn';
// Pre-aggregations live in PostgreSQL (no Cube Store binary on these machines).
process.env.CUBEJS_EXTERNAL_DEFAULT ??= 'false';
delete process.env.CUBEJS_DEV_MODE;

const require = createRequire(import.meta.url);
// Cube 0.33 ships CommonJS; load through require so the ESM loader never sees it.
const { CubejsServer } = require('@cubejs-backend/server') as typeof import('@cubejs-backend/server');
const { PostgresDriver } =
  require('@cubejs-backend/postgres-driver') as typeof import('@cubejs-backend/postgres-driver');
// The gateway answers with `status` only for its own error class (instanceof), so take it from
// the very copy the server uses (pnpm keeps it out of our node_modules).
const gatewayRequire = createRequire(require.resolve('@cubejs-backend/server-core'));
const { CubejsHandlerError } = gatewayRequire('@cubejs-backend/api-gateway') as {
  CubejsHandlerError: new (status: number, type: string, message: string) => Error;
};

export const DEFAULT_SCHEMA_PATH = fileURLToPath(new URL('../model', import.meta.url));

/**
 * Settings of Cube's PostgreSQL sessions (libpq startup options). JIT compilation cost ~7 s of
 * the ledger's build and seconds on source reads; the DiD's hash aggregates and sorts spilled to
 * disk at the default 4 MB work_mem; no parallel workers, so one build session is one core.
 */
export const CUBE_SESSION_SETTINGS = '-c jit=off -c work_mem=128MB -c max_parallel_workers_per_gather=0';

export interface CubeOptions {
  databaseUrl: string;
  /** 0 → a random free port. */
  port: number;
  jwtSecret: string;
  schemaPath?: string;
  /**
   * Background refresh of pre-aggregations, in seconds (false = build lazily on first use).
   * On by default so the dashboard's first load hits ready rollups.
   */
  refreshSeconds?: number | false;
  /** Schema that holds pre-aggregation tables. */
  preAggregationsSchema?: string;
  /** Pool size and concurrent queries towards PostgreSQL. */
  maxPoolSize?: number;
  concurrency?: number;
  /**
   * Pre-aggregation builds at a time (default 1): with one build session and no parallel
   * workers a refresh takes at most one core, so it cannot starve the request path.
   */
  buildConcurrency?: number;
  logger?: (message: string, params: Record<string, unknown>) => void;
  /**
   * Namespace of Cube's in-memory caches and queues. Cube keeps them in module-level state, so
   * two servers in one process (tests, the bench) must differ here to not share results.
   */
  instanceId?: string;
  /** application_name of Cube's database sessions (visible in pg_stat_activity). */
  applicationName?: string;
  /** Queryable views and their scoping (default: policies.ts); tests pass their fixtures' here. */
  policies?: Record<string, ViewPolicy>;
  /**
   * Seconds a login's session state (active, token_version) is cached before a revoked or
   * deactivated login's token is refused (default 30). `false` only for fixture models
   * without an app_user table.
   */
  sessionCheckSeconds?: number | false;
  /**
   * Seconds the same token's identical /load request is answered from this process's last
   * answer, without Cube's compile and cache round (default 0 = off; at most the session check's
   * period, so a revoked token is refused as soon as without it). Only complete 200 answers.
   */
  responseCacheSeconds?: number;
  /**
   * Hours a caller's released cells are remembered by the differencing audit (differencing.ts;
   * default 24). The log is this process's memory, or Redis with `redisUrl`, unless `releaseLog`
   * is given.
   */
  releaseLogHours?: number;
  /** Where released cells are remembered (release-log.ts); default: see releaseLogHours. */
  releaseLog?: ReleaseLog;
}

export interface CubeProcessOptions {
  /** Interface to listen on (default loopback: Cube's REST API is for the API and the dashboard). */
  host?: string;
  /**
   * Redis for cache and queue (docs/scaling.md). Several Cube processes with the same
   * instanceId then share query results, in-flight queries and pre-aggregation builds.
   * Unset → in-process memory (one Cube process).
   */
  redisUrl?: string;
  /**
   * 'all' (default): serve and refresh pre-aggregations. 'api': serve only, never build in the
   * background. 'refresh': the refresh worker — builds pre-aggregations, serves nothing.
   */
  role?: 'all' | 'api' | 'refresh';
  /**
   * Certificate and key (db/src/tls.ts tlsOptions, TLS_CERT_FILE/TLS_KEY_FILE): the REST API is
   * served over HTTPS only. Null or unset → plain HTTP (loopback by default).
   */
  tls?: TlsOptions | null;
}

export interface RunningCube {
  url: string;
  stop(): Promise<void>;
}

/** Paths of the REST API a client may call. Everything else (SQL text, Cube's own GraphQL, jobs) is closed. */
const OPEN_PATHS = ['/cubejs-api/v1/load', '/cubejs-api/v1/meta', '/readyz', '/livez'];

/**
 * Starts Cube on the given database: JWT (HS256, the API's secret) → security context →
 * queryRewrite scoping; pre-aggregations stored in PostgreSQL itself (no Cube Store binary).
 */
export async function startCube(options: CubeOptions & CubeProcessOptions): Promise<RunningCube> {
  const db = new URL(options.databaseUrl);
  const connection = {
    host: db.hostname,
    port: Number(db.port || 5432),
    database: decodeURIComponent(db.pathname.slice(1)) || 'postgres',
    user: decodeURIComponent(db.username || 'postgres'),
    password: decodeURIComponent(db.password || ''),
  };
  const secret = new TextEncoder().encode(options.jwtSecret);
  const instanceId = options.instanceId ?? 'talentloop';
  const role = options.role ?? 'all';
  if (options.redisUrl) {
    // Read when the orchestrator is created, on the first query (this process only: Cube
    // processes are started one per role, see cube.process.ts).
    process.env.CUBEJS_CACHE_AND_QUEUE_DRIVER = 'redis';
    process.env.CUBEJS_REDIS_URL = options.redisUrl;
    // Only the refresh worker runs the scheduler, so instances never race on the same build.
    if (role === 'refresh') process.env.CUBEJS_REFRESH_WORKER = 'true';
  }
  const refreshSeconds =
    role === 'api' ? false : options.refreshSeconds === undefined ? 60 : options.refreshSeconds;
  const maxPoolSize = options.maxPoolSize ?? 12;
  // The executive dashboard fires ~8 queries at once; PostgreSQL on 2 cores gains little past 6.
  const concurrency = options.concurrency ?? 6;
  const buildConcurrency = options.buildConcurrency ?? 1;

  // A tiny pool of our own for scope look-ups (a manager's department path).
  const lookupPool = new pg.Pool({
    ...connection,
    max: 2,
    idleTimeoutMillis: 10_000,
    application_name: `${options.applicationName ?? 'talentloop-cube'}-lookup`,
  });
  // An idle connection the server ends (a restart, pg_terminate_backend, a dropped database) is
  // an 'error' on the pool; without a listener it would be an uncaught exception that ends the
  // process. pg-pool discards that client and opens a new one for the next look-up.
  lookupPool.on('error', (error) => console.error(`cube: idle look-up connection closed: ${error.message}`));
  const pathCache = new Map<number, { path: string | null; at: number }>();
  const departmentPath = async (id: number): Promise<string | null> => {
    const hit = pathCache.get(id);
    // Short TTL: a department moved in the tree must not keep its old scope for long.
    if (hit && Date.now() - hit.at < 60_000) return hit.path;
    const { rows } = await lookupPool.query<{ path: string }>('select path from department where id = $1', [
      id,
    ]);
    const path = rows[0]?.path ?? null;
    pathCache.set(id, { path, at: Date.now() });
    return path;
  };

  const checkSession =
    options.sessionCheckSeconds === false
      ? null
      : createSessionCheck(
          async (userId) =>
            (
              await lookupPool.query<{ active: boolean; token_version: number }>(
                'select active, token_version from app_user where id = $1',
                [userId],
              )
            ).rows[0],
          (options.sessionCheckSeconds ?? 30) * 1000,
        );

  // Concurrent pre-aggregation builds each run CREATE SCHEMA IF NOT EXISTS, which races in
  // PostgreSQL (duplicate key on pg_namespace): create it once, up front.
  const preAggregationsSchema = options.preAggregationsSchema ?? 'cube_pre_aggregations';
  if (!/^[a-z_][a-z0-9_]*$/.test(preAggregationsSchema))
    throw new Error(`Invalid pre-aggregations schema name: ${preAggregationsSchema}`);
  await lookupPool.query(`create schema if not exists ${preAggregationsSchema}`);

  const policies = options.policies ?? viewPolicies;
  // Time dimensions no caller can total over (person-month views): complements never vary them.
  const monthGrain = (view: string): string[] => {
    const month = policies[view]?.requireMonthGrain;
    return month ? [month] : [];
  };

  // Warm answers: Cube spends 40–250 ms of one event loop per request even on a result-cache hit
  // (compiling the query, checking the pre-aggregations' versions), so ten panels at once queue.
  const responseCacheMs =
    Math.min(
      options.responseCacheSeconds ?? 0,
      options.sessionCheckSeconds === false ? Infinity : (options.sessionCheckSeconds ?? 30),
    ) * 1000;
  const responses = new Map<string, { at: number; body: unknown }>();

  // What each caller (token subject) was released, for the differencing audit across answers.
  // Several API instances (Redis) judge a caller's answers together only through Redis.
  const releaseTtlMs = (options.releaseLogHours ?? 24) * 3600 * 1000;
  const releaseLog =
    options.releaseLog ??
    (options.redisUrl && role !== 'refresh'
      ? redisReleaseLog(options.redisUrl, { ttlMs: releaseTtlMs, prefix: instanceId })
      : memoryReleaseLog({ ttlMs: releaseTtlMs }));
  // One audited answer per subject at a time in this process: judge, then remember, unbroken.
  const auditTurns = new Map<string, Promise<unknown>>();
  const audited = async <T>(sub: string, fn: (released: Released[]) => Promise<T>): Promise<T> => {
    const previous = auditTurns.get(sub) ?? Promise.resolve();
    const turn = previous.catch(() => {}).then(async () => fn(await releaseLog.load(sub)));
    auditTurns.set(sub, turn);
    try {
      return await turn;
    } finally {
      if (auditTurns.get(sub) === turn) auditTurns.delete(sub);
    }
  };

  const toHandlerError = (error: unknown): Error => {
    if (error instanceof AccessError) {
      return new CubejsHandlerError(
        error.status,
        error.status === 401 ? 'Unauthorized' : 'Forbidden',
        error.message,
      );
    }
    return error instanceof Error ? error : new Error(String(error));
  };

  // Cube's core starts a 60 s telemetry-count interval it never clears; capture the intervals
  // created while constructing it so stop() can clear them and the process can exit.
  const intervals: NodeJS.Timeout[] = [];
  const realSetInterval = globalThis.setInterval;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const handle = realSetInterval(...args);
    intervals.push(handle);
    return handle;
  }) as typeof setInterval;

  const drivers: { pool: { ended?: boolean; ending?: boolean; end(): Promise<void> } }[] = [];
  let server: InstanceType<typeof CubejsServer>;
  try {
    server = new CubejsServer({
      dbType: 'postgres',
      driverFactory: () => {
        const driver = new PostgresDriver({
          ...connection,
          maxPoolSize,
          executionTimeout: 600,
          application_name: options.applicationName ?? 'talentloop-cube',
          options: CUBE_SESSION_SETTINGS,
        } as ConstructorParameters<typeof PostgresDriver>[0]);
        drivers.push(
          driver as unknown as { pool: { ended?: boolean; ending?: boolean; end(): Promise<void> } },
        );
        return driver;
      },
      // Cube joins schemaPath onto the working directory, so hand it a relative path.
      schemaPath: relative(process.cwd(), options.schemaPath ?? DEFAULT_SCHEMA_PATH) || '.',
      apiSecret: options.jwtSecret,
      devServer: false,
      telemetry: false,
      // The model does not vary by caller (scoping is done by filters), so one compiled schema
      // and one set of pre-aggregations serve everybody.
      contextToAppId: () => instanceId,
      contextToOrchestratorId: () => instanceId,
      scheduledRefreshContexts: async () => [{ securityContext: { role: 'SYSTEM' } }],
      scheduledRefreshTimer: refreshSeconds,
      scheduledRefreshConcurrency: 1,
      preAggregationsSchema,
      orchestratorOptions: {
        queryCacheOptions: { queueOptions: { concurrency } },
        // Builds are heavy: one at a time (and one core each, CUBE_SESSION_SETTINGS) keeps the
        // request path responsive during a refresh.
        preAggregationsOptions: { queueOptions: { concurrency: buildConcurrency } },
      },
      logger:
        options.logger ??
        ((message: string, params: Record<string, unknown>) => {
          // Auth refusals are answered with 401/403 and are not operator errors.
          if (params?.error && /error/i.test(message)) {
            // Compile errors span several lines; stack frames are noise for an operator.
            const text = String(params.error)
              .split('\n')
              .filter((line) => !/^\s+at /.test(line));
            console.error(`cube: ${message}: ${text.slice(0, 12).join('\n')}`);
          }
        }),
      checkAuth: async (req: { securityContext?: unknown }, auth?: string) => {
        try {
          const context = await verifyToken(auth, secret);
          await checkSession?.(context);
          req.securityContext = context;
        } catch (error) {
          throw toHandlerError(error);
        }
      },
      queryRewrite: async (query: CubeQuery, context: { securityContext: SecurityContext }) => {
        try {
          return await rewriteQuery(query, context.securityContext, {
            departmentPath,
            policies: options.policies,
          });
        } catch (error) {
          throw toHandlerError(error);
        }
      },
      http: { cors: { origin: true } },
      initApp: async (app: {
        use(
          fn: (
            req: {
              path: string;
              body?: unknown;
              query?: { query?: unknown };
              headers: Record<string, string | string[] | undefined>;
              securityContext?: SecurityContext;
            },
            res: ResponseLike,
            next: () => void,
          ) => void,
        ): void;
      }) => {
        app.use((req, res, next) => {
          if (!OPEN_PATHS.some((p) => req.path === p || req.path === `${p}/`)) {
            res.status(404).json({ error: 'Not found' });
            return;
          }
          // A limit beyond Cube's own is a client error, not Cube's HTTP 500 (query-guard.ts).
          const problem = req.path.startsWith('/cubejs-api/v1/load')
            ? loadQueryProblem(req.body, req.query?.query)
            : null;
          if (problem) {
            res.status(400).json({ error: problem });
            return;
          }
          const load = req.path.startsWith('/cubejs-api/v1/load');
          if (load && responseCacheMs > 0) {
            // Keyed by the token itself: an answer is only ever replayed to the same caller.
            const key = `${String(req.headers.authorization)}\n${JSON.stringify(req.body ?? null)}\n${JSON.stringify(req.query?.query ?? null)}`;
            const hit = responses.get(key);
            if (hit && Date.now() - hit.at < responseCacheMs) {
              res.status(200).json(hit.body);
              return;
            }
            const send = res.json.bind(res);
            // The final body (after suppression and sanitising below) is what is kept.
            res.json = (body: unknown) => {
              if (res.statusCode === 200 && body && typeof body === 'object' && !('error' in body)) {
                responses.delete(key);
                responses.set(key, { at: Date.now(), body });
                if (responses.size > 500) responses.delete(responses.keys().next().value!);
              }
              return send(body);
            };
          }
          // Cube puts stack traces (and, for some errors, SQL) into error bodies: keep only the message.
          // Every answer of /load is suppressed here (query-guard.ts suppressAnswer) and audited
          // against what the same caller was released before (differencing.ts).
          const json = res.json.bind(res);
          res.json = (body: unknown) => {
            if (!load || res.statusCode >= 300) return json(sanitize(body, res.statusCode));
            const sub = req.securityContext?.sub;
            const queries = requestQueries(req.body, req.query?.query);
            const answer = sub
              ? audited(sub, async (released) => {
                  const collected: Released[] = [];
                  const out = suppressAnswer(
                    body,
                    queries,
                    monthGrain,
                    answerAudit(released, policies, collected),
                  );
                  if (collected.length > 0) await releaseLog.add(sub, collected);
                  return out;
                })
              : Promise.resolve().then(() => suppressAnswer(body, queries, monthGrain));
            void answer.then(
              (out) => json(sanitize(out, res.statusCode)),
              () => {
                res.status(500);
                json({ error: 'Internal error' });
              },
            );
            return res;
          };
          next();
        });
      },
    } as unknown as ConstructorParameters<typeof CubejsServer>[0]);
  } finally {
    globalThis.setInterval = realSetInterval;
  }

  // The refresh worker only builds pre-aggregations: it listens nowhere.
  let http: Server | null = null;
  let url = '';
  if (role !== 'refresh') {
    const host = options.host ?? '127.0.0.1';
    http = await listenOn(server, options.port, host, options.tls ?? null);
    const { port } = http.address() as AddressInfo;
    url = `${options.tls ? 'https' : 'http'}://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
    // Outlive clients' idle keep-alive (undici: 4 s) so the server is never the side closing a
    // socket a client is about to reuse.
    http.keepAliveTimeout = 65_000;
  }

  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const handle of intervals) clearInterval(handle);
      if (http) {
        const listener = http;
        // Drop keep-alive sockets so close() does not wait for idle clients.
        (listener as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
        // CubejsServer.close() calls an unbound http.Server#close and fails before releasing the
        // database pools, so close the listener ourselves and release Cube's connections directly.
        await new Promise<void>((resolve) => listener.close(() => resolve()));
      }
      const core = (
        server as unknown as {
          core: {
            beforeShutdown(): Promise<void>;
            shutdown(): Promise<void>;
            releaseConnections(): Promise<void>;
          };
        }
      ).core;
      await core.beforeShutdown().catch(() => {});
      await core.releaseConnections().catch(() => {});
      await core.shutdown().catch(() => {});
      // The driver's release() ends its pool without waiting; wait here so no connection outlives
      // stop() (a database dropped right after would otherwise log terminated idle clients).
      for (const { pool } of drivers) {
        if (!pool.ending) await pool.end().catch(() => {});
        for (let i = 0; i < 100 && !pool.ended; i++) await new Promise((r) => setTimeout(r, 20));
      }
      await lookupPool.end().catch(() => {});
      if (!options.releaseLog) await releaseLog.close();
    },
  };
}

/**
 * CubejsServer.listen() takes no interface: it binds every one, on the port in env PORT. So it
 * listens on a private unix socket first, and the same http.Server then moves to host:port
 * (plain Node API) — Cube is never reachable on another interface, not even briefly. With TLS,
 * Cube's Express app (which listen() returns) is served by an HTTPS server on host:port instead,
 * and the plain one is closed without ever having left the socket.
 */
async function listenOn(
  server: InstanceType<typeof CubejsServer>,
  port: number,
  host: string,
  tls: TlsOptions | null,
): Promise<Server> {
  const socket = join(tmpdir(), `talentloop-cube-${process.pid}-${randomUUID().slice(0, 8)}.sock`);
  const previousPort = process.env.PORT;
  process.env.PORT = socket;
  let http: Server;
  let app: Parameters<typeof createHttpsServer>[1];
  try {
    ({ server: http, app } = (await server.listen()) as unknown as {
      server: Server;
      app: Parameters<typeof createHttpsServer>[1];
    });
  } finally {
    if (previousPort === undefined) delete process.env.PORT;
    else process.env.PORT = previousPort;
  }
  if (!http.listening)
    await new Promise<void>((resolve, reject) => http.once('listening', resolve).once('error', reject));
  await new Promise<void>((resolve) => http.close(() => resolve()));
  const listener: Server = tls ? createHttpsServer(tls, app) : http;
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(port, host, () => {
      listener.off('error', reject);
      resolve();
    });
  });
  return listener;
}

interface ResponseLike {
  statusCode: number;
  status(code: number): ResponseLike;
  json(body: unknown): unknown;
}

function sanitize(body: unknown, status: number): unknown {
  if (!body || typeof body !== 'object' || !('error' in body)) return body;
  const { error } = body as { error: unknown };
  if (status >= 500) return { error: 'Internal error' };
  if (error === 'Continue wait') return { error };
  return { error: typeof error === 'string' ? error.split('\n')[0] : 'Error' };
}

// `node --import ../scripts/register.mjs src/server.ts`: run Cube alone against DATABASE_URL.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { loadConfig } = await import('@talentloop/db/config');
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    console.error('semantic: set DATABASE_URL (or use `pnpm start` for the embedded database)');
    process.exit(1);
  }
  const cube = await startCube({
    databaseUrl: config.DATABASE_URL,
    port: config.CUBE_PORT,
    jwtSecret: config.JWT_SECRET,
  });
  console.log(`Cube REST  ${cube.url}/cubejs-api/v1`);
  const shutdown = () => void cube.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
