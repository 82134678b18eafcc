/**
 * Where the differencing audit (differencing.ts) remembers what each caller was released: per
 * token subject, every released cell's population and n, forgotten after a TTL. In process
 * memory by default (bounded, least recently used subjects and oldest cells dropped first); in
 * Redis when several Cube API instances serve one company (CUBE_REDIS_URL, docs/scaling.md), so
 * a caller's answers from any instance are judged together.
 */
import { createRequire } from 'node:module';
import type { Released } from './differencing';
import { populationId } from './differencing';

export interface ReleaseLog {
  /** The cells released to `sub` and not yet forgotten. */
  load(sub: string): Promise<Released[]>;
  /** Remembers cells released to `sub` now. */
  add(sub: string, cells: readonly Released[]): Promise<void>;
  close(): Promise<void>;
}

export interface ReleaseLogOptions {
  /** How long a released cell is remembered (default 24 h). */
  ttlMs?: number;
  /** Subjects kept in memory (default 10 000); the least recently active are forgotten first. */
  maxSubjects?: number;
  /** Cells kept per subject (default 50 000); the oldest are forgotten first. */
  maxCellsPerSubject?: number;
}

export const DEFAULT_RELEASE_TTL_MS = 24 * 3600 * 1000;

/** The in-process log: one Cube API process (the default deployment). */
export function memoryReleaseLog(options: ReleaseLogOptions = {}, now = () => Date.now()): ReleaseLog {
  const ttl = options.ttlMs ?? DEFAULT_RELEASE_TTL_MS;
  const maxSubjects = options.maxSubjects ?? 10_000;
  const maxCells = options.maxCellsPerSubject ?? 50_000;
  // Map order is insertion order: re-inserting on use keeps the least recently used first.
  const subjects = new Map<string, Map<string, { cell: Released; at: number }>>();
  const live = (sub: string) => {
    const cells = subjects.get(sub);
    if (!cells) return undefined;
    subjects.delete(sub);
    subjects.set(sub, cells);
    const oldest = now() - ttl;
    for (const [id, entry] of cells) {
      // Oldest first (re-released cells are re-inserted): stop at the first one still live.
      if (entry.at >= oldest) break;
      cells.delete(id);
    }
    return cells;
  };
  return {
    async load(sub) {
      return [...(live(sub)?.values() ?? [])].map((e) => e.cell);
    },
    async add(sub, released) {
      let cells = live(sub);
      if (!cells) {
        cells = new Map();
        subjects.set(sub, cells);
        if (subjects.size > maxSubjects) subjects.delete(subjects.keys().next().value!);
      }
      for (const cell of released) {
        const id = populationId(cell);
        cells.delete(id);
        cells.set(id, { cell, at: now() });
        if (cells.size > maxCells) cells.delete(cells.keys().next().value!);
      }
    },
    async close() {
      subjects.clear();
    },
  };
}

/** The part of an ioredis client the log uses. */
interface RedisLike {
  hgetall(key: string): Promise<Record<string, string>>;
  hset(key: string, values: Record<string, string>): Promise<unknown>;
  hdel(key: string, ...fields: string[]): Promise<unknown>;
  pexpire(key: string, ms: number): Promise<unknown>;
  quit(): Promise<unknown>;
}

/**
 * The ioredis client class. Not a dependency of ours: Cube's query orchestrator brings ioredis for
 * its own Redis driver (CUBEJS_CACHE_AND_QUEUE_DRIVER=redis), so the log uses that copy, the one
 * Cube itself talks to the same Redis with. release-log.test.ts pins that it resolves and works.
 */
export function ioredisClass(): new (url: string, options?: Record<string, unknown>) => RedisLike {
  const require = createRequire(import.meta.url);
  const core = createRequire(require.resolve('@cubejs-backend/server-core'));
  const orchestrator = createRequire(core.resolve('@cubejs-backend/query-orchestrator'));
  return orchestrator('ioredis') as new (url: string, options?: Record<string, unknown>) => RedisLike;
}

/**
 * The log in Redis, for several Cube API instances (CUBE_REDIS_URL): one hash per subject,
 * `<prefix>:released:<sub>`, field = the population, value = its n and release time. The hash
 * expires `ttlMs` after the subject's last release; older cells are skipped and dropped on read.
 * Judging and remembering are two round trips: two instances answering the same caller at the
 * same instant each judge without the other's cells (docs/metrics.md, limits).
 */
export function redisReleaseLog(
  url: string,
  options: ReleaseLogOptions & { prefix?: string } = {},
  now = () => Date.now(),
): ReleaseLog {
  const Redis = ioredisClass();
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const ttl = options.ttlMs ?? DEFAULT_RELEASE_TTL_MS;
  const key = (sub: string) => `${options.prefix ?? 'talentloop'}:released:${sub}`;
  return {
    async load(sub) {
      const entries = await redis.hgetall(key(sub));
      const oldest = now() - ttl;
      const stale: string[] = [];
      const cells: Released[] = [];
      for (const [id, value] of Object.entries(entries)) {
        const { cell, at } = JSON.parse(value) as { cell: Released; at: number };
        if (at < oldest) stale.push(id);
        else cells.push(cell);
      }
      if (stale.length > 0) await redis.hdel(key(sub), ...stale);
      return cells;
    },
    async add(sub, released) {
      if (released.length === 0) return;
      const at = now();
      await redis.hset(
        key(sub),
        Object.fromEntries(released.map((cell) => [populationId(cell), JSON.stringify({ cell, at })])),
      );
      await redis.pexpire(key(sub), ttl);
    },
    async close() {
      await redis.quit().catch(() => {});
    },
  };
}
