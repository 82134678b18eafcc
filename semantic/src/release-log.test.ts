import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Released } from './differencing';
import { ioredisClass, memoryReleaseLog, redisReleaseLog, type ReleaseLog } from './release-log';

// Where the differencing audit remembers released cells: process memory (one Cube) and Redis
// (several Cube API instances, docs/scaling.md) behave alike. Redis runs on every machine of this
// kind at 127.0.0.1:6379 (docs STACK); REDIS_URL overrides it.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const cell = (subtree: string, n: number): Released => ({
  view: 'course_training',
  key: { course_id: '3' },
  subtree,
  period: { enrolled_month: ['2026-01-01', '2026-06-30'] },
  n,
});

const logs: ReleaseLog[] = [];
afterAll(async () => {
  for (const log of logs) await log.close();
});

for (const kind of ['memory', 'redis'] as const) {
  describe(`${kind} release log`, () => {
    let clock = 1_000_000;
    const make = (ttlMs: number) => {
      const log =
        kind === 'memory'
          ? memoryReleaseLog({ ttlMs, maxCellsPerSubject: 3 }, () => clock)
          : redisReleaseLog(REDIS_URL, { ttlMs, prefix: `test-${randomUUID()}` }, () => clock);
      logs.push(log);
      return log;
    };

    it('keeps cells per subject, one per population (the latest n), and forgets after the TTL', async () => {
      const log = make(60_000);
      await log.add('7', [cell('/1/', 40), cell('/1/4/', 12)]);
      await log.add('8', [cell('/1/', 40)]);
      await log.add('7', [cell('/1/4/', 13)]);
      const sorted = (cells: Released[]) => cells.map((c) => [c.subtree, c.n]).sort();
      expect(sorted(await log.load('7'))).toEqual([
        ['/1/', 40],
        ['/1/4/', 13],
      ]);
      expect(sorted(await log.load('8'))).toEqual([['/1/', 40]]);
      expect(await log.load('9')).toEqual([]);
      clock += 30_000;
      await log.add('7', [cell('/1/5/', 9)]);
      clock += 40_000;
      // The first two are 70 s old, the third 40 s.
      expect(sorted(await log.load('7'))).toEqual([['/1/5/', 9]]);
    });
  });
}

describe('memory release log bounds', () => {
  it('drops the oldest cells of a subject beyond its cap', async () => {
    const log = memoryReleaseLog({ maxCellsPerSubject: 2 });
    await log.add('7', [cell('/1/', 40), cell('/1/4/', 12), cell('/1/5/', 9)]);
    expect((await log.load('7')).map((c) => c.subtree)).toEqual(['/1/4/', '/1/5/']);
  });
});

describe('ioredis from Cube’s own dependencies', () => {
  // The Redis log borrows Cube's ioredis (not a dependency of ours): fail loudly if an upgrade
  // moves it.
  it('resolves and talks to Redis', async () => {
    const Redis = ioredisClass();
    const redis = new Redis(REDIS_URL) as unknown as { ping(): Promise<string>; quit(): Promise<unknown> };
    expect(await redis.ping()).toBe('PONG');
    await redis.quit();
  });
});
