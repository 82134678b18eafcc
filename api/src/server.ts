import { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '@talentloop/db/config';
import { appRoleOptions, initOrm } from '@talentloop/db/orm';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { registerScopeFilter } from './auth/scope.filter';
import {
  Admission,
  admissionPlugin,
  attachTicket,
  defaultAdmissionOptions,
  OverloadedError,
  sendOverloaded,
  type AdmissionOptions,
  type AdmissionTicket,
} from './common/admission';
import { endCompressed } from './common/compression';
import { createFormatError } from './common/format-error';
import { executorFromEnv, jitExecutorPlugin, type ExecutorKind, type JitStats } from './common/jit-executor';
import { createLogger } from './common/logger';
import { buildContext, scopePlugin, type Context } from './context';
import { buildApiSchema } from './schema';
import { createApiServer } from './tls';

export type ApiConfig = Pick<Config, 'NODE_ENV' | 'JWT_SECRET'> &
  Partial<
    Pick<
      Config,
      | 'API_PORT'
      | 'LOG_LEVEL'
      | 'CUBE_PORT'
      | 'CUBE_URL'
      | 'SESSION_CHECK_SECONDS'
      | 'DB_APP_ROLE'
      | 'API_MAX_IN_FLIGHT'
      | 'API_QUEUE_TIMEOUT_MS'
      | 'TLS_CERT_FILE'
      | 'TLS_KEY_FILE'
      | 'WEBHOOK_ALLOW_PRIVATE'
      | 'WEBHOOK_MAX_ATTEMPTS'
      | 'WEBHOOK_BACKOFF_BASE_MS'
      | 'WEBHOOK_BACKOFF_MAX_MS'
      | 'WEBHOOK_TIMEOUT_MS'
    >
  >;

export interface CreateAppOptions {
  config: ApiConfig;
  orm: MikroORM;
  logger?: Logger;
  /** Prebuilt schema (tests reuse one); built from `resolvers` otherwise. */
  schema?: GraphQLSchema;
  /** Admission control (common/admission.ts); false turns it off. Default: defaultAdmissionOptions(). */
  admission?: AdmissionOptions | false;
  /** Who executes queries (common/jit-executor.ts). Default: API_EXECUTOR, else graphql-jit. */
  executor?: ExecutorKind;
}

export interface App {
  apollo: ApolloServer<Context>;
  httpServer: Server;
  schema: GraphQLSchema;
  /** This process's admission control (null when turned off). */
  admission: Admission | null;
  /** Who executes queries; `jit` has counters of what graphql-jit answered (also on GET /stats). */
  executor: { kind: ExecutorKind; jit: JitStats | null };
  /** Starts listening on 127.0.0.1 by default; port 0 → a free port. Resolves to the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Longest GraphQL document accepted, in lexer tokens (a syntax error beyond it). */
const MAX_TOKENS = 4000;

/** Request bodies above this are refused (the largest legitimate one is a KPI batch). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  const type = String(req.headers['content-type'] ?? '');
  const text = Buffer.concat(chunks).toString('utf8');
  if (!type.includes('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/**
 * The API over plain node:http: `/graphql` (also `/`) to Apollo, `/healthz` for load
 * balancers. Stateless: every request builds its own context, so instances scale out.
 */
export async function createApp(options: CreateAppOptions): Promise<App> {
  const { config, orm } = options;
  const production = config.NODE_ENV === 'production';
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  registerScopeFilter(orm);
  const schema = options.schema ?? (await buildApiSchema());
  // The semantic layer the `analytics` fields read (started next to the API by `pnpm start`).
  const analytics = {
    url: config.CUBE_URL ?? `http://127.0.0.1:${config.CUBE_PORT ?? 4001}`,
    // A dashboard panel waits for at most this long on a pre-aggregation still being built.
    timeoutMs: 60_000,
  };

  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20000 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 30 },
    // The token limit is graphql-js' own parse option (parseOptions below): armor's version
    // re-parses in parsingDidStart, where every syntax error — its own limit included — became
    // an HTTP 500 instead of Apollo's 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // Field-name suggestions ("did you mean …") describe the schema: hidden in production.
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  const formatError = createFormatError(logger);
  const executor = options.executor ?? executorFromEnv(process.env.API_EXECUTOR);
  const jit = executor === 'jit' ? jitExecutorPlugin<Context>(schema, { formatError }) : null;

  // HTTPS when TLS_CERT_FILE/TLS_KEY_FILE are set (tls.ts).
  const { server: httpServer, scheme } = createApiServer(config);
  const admission =
    options.admission === false ? null : new Admission(options.admission ?? defaultAdmissionOptions());
  const apollo = new ApolloServer<Context>({
    schema,
    ...protection,
    plugins: [
      ...protection.plugins,
      // Shutdown must finish within 5 s (pnpm start): in-flight requests get 2 s, then are cut.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2000 }),
      ...(admission ? [admissionPlugin<Context>()] : []),
      // No cache hints anywhere in the schema: the default cache-control plugin would only
      // wrap every field resolver (willResolveField) to compute a policy nobody reads —
      // ~5 % of the API's CPU on list pages (docs/performance.md).
      ApolloServerPluginCacheControlDisabled(),
      // Row-scope look-ups run after parsing and validation, never for a refused request.
      scopePlugin,
      // Queries run on graphql-jit, after every didResolveOperation above (admission, scope).
      ...(jit ? [jit] : []),
      // The Sandbox (an in-browser IDE) is a development tool: off in test and production.
      config.NODE_ENV === 'development'
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: [...protection.validationRules],
    parseOptions: { maxTokens: MAX_TOKENS },
    // Signals belong to the process owner (service-process.ts, tests): Apollo's own SIGTERM
    // handler raced ours and held shutdown until the 3.5 s kill timer.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    formatError,
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  httpServer.on('request', (req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The dashboard is served from another port; tokens travel in a header, not cookies, so
    // allowing any origin exposes nothing a bearer token does not already grant.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'authorization, content-type, apollo-require-preflight');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    const url = new URL(req.url ?? '/', 'http://localhost');
    let ticket: AdmissionTicket | undefined;
    try {
      if (req.method === 'OPTIONS') {
        res.statusCode = 204;
        res.end();
        return;
      }
      if (url.pathname === '/healthz') {
        const ok = await orm.isConnected().catch(() => false);
        sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'database unavailable' });
        return;
      }
      if (url.pathname === '/stats' && admission) {
        sendJson(res, 200, {
          admission: admission.snapshot(),
          pool: poolStats(orm),
          executor: { kind: executor, ...jit?.stats },
        });
        return;
      }
      if (url.pathname !== '/graphql' && url.pathname !== '/') {
        sendJson(res, 404, { error: 'Not found' });
        return;
      }
      const admitted = admission?.enter(res);
      if (admitted instanceof OverloadedError) {
        sendOverloaded(res, admitted);
        return;
      }
      ticket = admitted;
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const body = req.method === 'POST' ? await readJsonBody(req) : undefined;
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? 'GET').toUpperCase(),
          headers,
          search: url.search,
          body,
        },
        context: async () => {
          const context = await buildContext({ orm, config, logger, req, analytics });
          // The plugin waits for a slot in the operation's cost class on this ticket.
          return ticket ? attachTicket(context, ticket) : context;
        },
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        await endCompressed(req, res, response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(res, error.status, {
          errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }],
        });
        return;
      }
      logger.error({ err: error }, 'unhandled HTTP error');
      if (!res.headersSent) {
        sendJson(res, 500, {
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      } else {
        res.end();
      }
    } finally {
      ticket?.release();
    }
  }

  return {
    apollo,
    httpServer,
    schema,
    admission,
    executor: { kind: executor, jit: jit?.stats ?? null },
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`${scheme}://${host}:${address.port}/graphql`);
        });
      });
    },
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** Connections of this process's database pool in use and requests waiting for one (for /stats). */
function poolStats(orm: MikroORM): { used: number; free: number; pendingAcquires: number } | null {
  // knex's tarn pool: the only place that knows how long requests queue for a connection.
  const pool = (
    orm.em.getConnection() as unknown as {
      getKnex(): {
        client: { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } };
      };
    }
  ).getKnex().client.pool;
  return pool
    ? { used: pool.numUsed(), free: pool.numFree(), pendingAcquires: pool.numPendingAcquires() }
    : null;
}

export interface StartApiOptions {
  config: ApiConfig;
  databaseUrl: string;
  /** Overrides config.API_PORT (tests: 0 → a free port). */
  port?: number;
  host?: string;
  /**
   * Run the linkage workflow (outbox worker) in this process — default true. Any number of
   * instances may run it (rows are claimed with SKIP LOCKED).
   */
  workflow?: boolean;
}

export interface RunningApi {
  url: string;
  app: App;
  orm: MikroORM;
  stop(): Promise<void>;
}

/** Connects to the database and serves the API (used by `pnpm start` and the e2e stack). */
export async function startApi(options: StartApiOptions): Promise<RunningApi> {
  const orm = await initOrm(options.databaseUrl, {
    autoJoinRefsForFilters: false,
    // Least privilege: no DDL, and the audit log is append-only (db/migrations/Migration20261207035000.ts).
    ...appRoleOptions(options.config.DB_APP_ROLE),
  });
  try {
    const logger = createLogger(options.config.LOG_LEVEL);
    const admission = defaultAdmissionOptions({
      maxInFlight: options.config.API_MAX_IN_FLIGHT,
      maxWaitMs: options.config.API_QUEUE_TIMEOUT_MS,
    });
    const app = await createApp({ config: options.config, orm, logger, admission });
    const url = await app.listen(options.port ?? options.config.API_PORT ?? 4000, options.host);
    let stopWorkflow: (() => Promise<void>) | null = null;
    if (options.workflow !== false) {
      try {
        // Loaded lazily: the workflow module belongs to the rules engine and pulls in its code.
        const { startWorkflow } = await import('./modules/workflow/workflow.start');
        const { startWebhookWorker, webhookOptionsFrom } =
          await import('./modules/webhooks/webhooks.delivery');
        const stopOutbox = await startWorkflow(orm, { logger });
        // Where the API runs its own workflow it also delivers the webhooks the workflow emits
        // (as the outbox worker process does under `pnpm start`, api/src/modules/workflow/outbox.worker.ts).
        const stopWebhooks = startWebhookWorker(orm, { ...webhookOptionsFrom(options.config), logger });
        stopWorkflow = async () => {
          await Promise.all([stopOutbox(), stopWebhooks()]);
        };
      } catch (error) {
        await app.stop();
        throw error;
      }
    }
    return {
      url,
      app,
      orm,
      async stop() {
        await stopWorkflow?.();
        await app.stop();
        await orm.close(true);
      },
    };
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}

// `pnpm --filter @talentloop/api start`: the API alone against DATABASE_URL (pnpm start runs everything).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadConfig } = await import('@talentloop/db/config');
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    console.error('talentloop-api: set DATABASE_URL, or run `pnpm start` for the embedded database');
    process.exit(1);
  }
  const api = await startApi({ config, databaseUrl: config.DATABASE_URL });
  console.log(`GraphQL ${api.url}`);
  const stop = () => void api.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
