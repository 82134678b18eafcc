import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Every environment variable TalentLoop reads, in one place (the README's configuration table
 * mirrors this). Parsed once at start-up; a bad value fails fast with the variable's name.
 */
/** 'true'/'1' or 'false'/'0' (z.coerce.boolean would read 'false' as true). */
const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Any PostgreSQL server. Unset → the embedded PGlite database in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder of the embedded database's files. */
  DATA_DIR: z.string().default('.data/pglite'),
  /** Loopback port the embedded database is served on (PostgreSQL wire protocol). */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  CUBE_PORT: z.coerce.number().int().min(1).max(65535).default(4001),
  /** API worker processes sharing API_PORT (node:cluster). Default: one per CPU core. */
  API_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(() => availableParallelism()),
  /** HTTP requests one API process holds at once (queued included); beyond → 503 + Retry-After. */
  API_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).default(512),
  /** Longest wait for an execution slot of the request's cost class before a 503. */
  API_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(120_000).default(5000),
  /** Interface Cube listens on (loopback unless you mean to expose it). */
  CUBE_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Redis for Cube's cache and queue. Set → CUBE_INSTANCES Cube API processes share CUBE_PORT
   * and a separate refresh worker builds pre-aggregations; unset → one Cube process, in memory.
   */
  CUBE_REDIS_URL: z.string().url().optional(),
  /** Cube API processes when CUBE_REDIS_URL is set (without Redis there is exactly one). */
  CUBE_INSTANCES: z.coerce.number().int().min(1).max(16).default(2),
  /** Where the API reaches Cube for its `analytics` fields. Unset → http://127.0.0.1:CUBE_PORT. */
  CUBE_URL: z.string().url().optional(),
  /**
   * A read replica of DATABASE_URL (PostgreSQL streaming replication) for analytics only: the
   * Cube API instances (CUBE_ROLE=api, so CUBE_REDIS_URL must be set) query it, while the Cube
   * refresh worker builds the pre-aggregations on DATABASE_URL (a standby is read-only) and
   * their tables stream to the replica. The API and the outbox worker never use it.
   */
  ANALYTICS_DATABASE_URL: z.string().url().optional(),
  DASHBOARD_PORT: z.coerce.number().int().min(1).max(65535).default(5173),
  /** HS256 secret shared by the API (issues/verifies JWTs) and Cube (verifies them). */
  JWT_SECRET: z.string().min(32).default('talentloop-development-secret-change-me-please'),
  /** Employees generated for the demo when the database is empty. */
  SEED_EMPLOYEES: z.coerce.number().int().min(60).default(300),
  SEED: z.coerce.number().int().default(42),
  /**
   * The least-privileged role the API switches to after connecting (SET ROLE; created by the
   * migrations). Empty → the API runs as the connecting user. Not applied on the embedded
   * database (one shared session). Migrations, seeding and Cube use DATABASE_URL's user.
   */
  DB_APP_ROLE: z
    .string()
    .regex(/^([a-z_][a-z0-9_]*)?$/, 'a lower-case PostgreSQL role name, or empty')
    .default('talentloop_app'),
  /**
   * How long the API and Cube trust a login's cached session state (active, token_version):
   * a revocation or deactivation takes effect within this many seconds.
   */
  SESSION_CHECK_SECONDS: z.coerce.number().min(0).max(60).default(30),
  /**
   * Minutes between the outbox worker's sweeps for training-impact verdicts that fell due by the
   * calendar (api/src/modules/workflow/impact-sweep.ts); 0 = no sweep (HR's evaluateDueImpacts).
   */
  IMPACT_SWEEP_MINUTES: z.coerce.number().min(0).max(10_080).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Deliver webhooks to private, loopback and link-local addresses. Off: in production such
   * subscription URLs are refused (SSRF); development and test always allow them.
   */
  WEBHOOK_ALLOW_PRIVATE: flag,
  /** Attempts per webhook delivery before it is parked as DEAD (the dead-letter view). */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  /** First retry delay; doubles per attempt (with jitter) up to WEBHOOK_BACKOFF_MAX_MS. */
  WEBHOOK_BACKOFF_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(10_000),
  WEBHOOK_BACKOFF_MAX_MS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400_000)
    .default(6 * 3_600_000),
  /** A receiver that has not answered within this is a failed attempt. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /**
   * Keys that encrypt PII at rest (email, phone) and webhook secrets, AES-256-GCM:
   * `id:base64key[,id:base64key…]`, each key 32 bytes. Required in production; unset elsewhere →
   * a fixed development key (id `dev`), which protects nothing.
   */
  PII_KEYS: z.string().optional(),
  /** The key id new values are encrypted with (default: the last key of PII_KEYS). */
  PII_ACTIVE_KEY: z.string().optional(),
  /** PEM certificate and key: both set → the API (and Cube) serve HTTPS instead of HTTP. */
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration — ${issues}`);
  }
  if (parsed.data.NODE_ENV === 'production' && env.JWT_SECRET === undefined) {
    throw new ConfigError('Invalid configuration — JWT_SECRET: required when NODE_ENV=production');
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.PII_KEYS) {
    throw new ConfigError('Invalid configuration — PII_KEYS: required when NODE_ENV=production');
  }
  if (!parsed.data.TLS_CERT_FILE !== !parsed.data.TLS_KEY_FILE) {
    throw new ConfigError('Invalid configuration — TLS_CERT_FILE and TLS_KEY_FILE: set both or neither');
  }
  return parsed.data;
}

/** An operator-facing error: printed as one line, exit code 1, no stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The database a Cube process of `role` connects to: ANALYTICS_DATABASE_URL (the replica) for
 * the API instances when set, else DATABASE_URL. A single Cube (role 'all') both serves and
 * builds pre-aggregations, which a read-only standby cannot hold: it refuses the replica.
 */
export function cubeDatabaseUrl(config: Config, role: 'all' | 'api' | 'refresh'): string | undefined {
  if (!config.ANALYTICS_DATABASE_URL) return config.DATABASE_URL;
  if (role === 'all')
    throw new ConfigError(
      'Invalid configuration — ANALYTICS_DATABASE_URL: needs CUBE_REDIS_URL (Cube API instances read the replica; the refresh worker builds on DATABASE_URL)',
    );
  return role === 'api' ? config.ANALYTICS_DATABASE_URL : config.DATABASE_URL;
}

/**
 * A few settings without the whole configuration's production checks: for code far from
 * start-up (the webhook worker, the PII cipher) that only needs its own variables.
 */
export function loadSettings<K extends keyof Config>(
  keys: K[],
  env: NodeJS.ProcessEnv = process.env,
): Pick<Config, K> {
  const mask = Object.fromEntries(keys.map((k) => [k, true])) as Record<K, true>;
  const parsed = schema.pick(mask as never).safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration — ${issues}`);
  }
  return parsed.data as Pick<Config, K>;
}
