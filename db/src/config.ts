import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Every environment variable TalentLoop reads, in one place (the README's configuration table
 * mirrors this). Parsed once at start-up; a bad value fails fast with the variable's name.
 */
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
  return parsed.data;
}

/** An operator-facing error: printed as one line, exit code 1, no stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
