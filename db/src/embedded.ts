import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { startGate, type Gate } from './embedded-gate';
import { lockExtendedProtocol } from './pglite-protocol-lock';
import pg from 'pg';
import type { Config } from './config';

/** An operator-facing database start-up failure: one clear line, no stack trace. */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

export interface RunningDatabase {
  /** An ordinary postgres:// URL — the ORM, the generator and Cube all connect with it. */
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The database TalentLoop runs on: `DATABASE_URL` when set (checked for reachability now, so a
 * typo fails at start-up instead of on the first request), else the embedded PGlite database
 * persisted in `DATA_DIR` and served on loopback over the PostgreSQL wire protocol.
 */
export async function startDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'EMBEDDED_PG_PORT'>,
): Promise<RunningDatabase> {
  if (config.DATABASE_URL) {
    await assertReachable(config.DATABASE_URL);
    return { url: config.DATABASE_URL, embedded: false, close: async () => {} };
  }
  return startEmbeddedDatabase({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT });
}

export interface EmbeddedOptions {
  /** Folder for the database files; undefined → in memory (tests). */
  dataDir?: string;
  /** 0 → a random free port. */
  port: number;
  /**
   * PGlite executes one statement at a time for all connections; the socket server queues them.
   * Enough connections for the API's pool, Cube's pool and a seeding/migration client together.
   */
  maxConnections?: number;
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  const releaseLock = dataDir ? acquireLock(dataDir) : () => {};
  let db: PGlite;
  try {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    // pg_trgm (bundled with PGlite, but only installable when registered here) backs the
    // employee-search trigram indexes of Migration20261127213000.
    db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
    await db.query('select 1');
  } catch (error) {
    releaseLock();
    throw new DatabaseStartError(
      `The embedded database in ${dataDir ?? 'memory'} could not be opened (${describe(error)}). ` +
        `If the folder is damaged, move it aside (or delete it to start from fresh demo data) and retry.`,
    );
  }
  // The socket server answers on a unix socket in a private folder only; the loopback port is
  // the gate's, which admits the app's own connections (embedded-gate.ts).
  const socketDir = mkdtempSync(join(tmpdir(), 'talentloop-pg-'));
  chmodSync(socketDir, 0o700);
  const server = new PGLiteSocketServer({
    db,
    path: join(socketDir, '.s.PGSQL'),
    maxConnections: options.maxConnections ?? 64,
  });
  lockExtendedProtocol(server);
  const password = randomBytes(24).toString('base64url');
  let gate: Gate;
  try {
    await server.start();
    gate = await startGate({
      host: '127.0.0.1',
      port: options.port,
      password,
      upstreamPath: join(socketDir, '.s.PGSQL'),
    });
  } catch (error) {
    await server.stop().catch(() => {});
    await db.close();
    rmSync(socketDir, { recursive: true, force: true });
    releaseLock();
    throw new DatabaseStartError(
      `The embedded database could not listen on 127.0.0.1:${options.port} (${describe(error)}). ` +
        `Set EMBEDDED_PG_PORT to a free port.`,
    );
  }
  let closed = false;
  return {
    // A fresh password per start: only this process (and what it hands the URL to) gets in.
    url: `postgres://postgres:${password}@127.0.0.1:${gate.port}/postgres`,
    embedded: true,
    async close() {
      if (closed) return;
      closed = true;
      await gate.close();
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
      releaseLock();
    },
  };
}

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseStartError(`Cannot connect to DATABASE_URL ${redact(url)}: ${describe(error)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * PGlite is single-process: two processes writing one folder corrupt it. A pid file next to
 * the folder turns that mistake into a clear message; a stale file (dead pid) is taken over.
 */
function acquireLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new DatabaseStartError(
        `The embedded database in ${dataDir} is in use by process ${pid}. Stop it first, or set DATA_DIR to another folder.`,
      );
    }
  }
  mkdirSync(dirname(lockFile), { recursive: true });
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return describe(error.errors[0]);
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error);
}

/** Never echo a password into logs or terminals. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}
