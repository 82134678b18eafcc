import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backup, BackupError, databaseChecksums, restore } from './backup';
import { createTestDatabase, type TestDatabase } from './testing';

// Round trips on both kinds of database: seed A, back it up, restore into a fresh B, and compare
// every table's row count and SHA-256 (computed from the live databases, not from the file).
const dir = mkdtempSync(join(tmpdir(), 'tl-backup-'));
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const open: TestDatabase[] = [];

async function database(kind: 'embedded' | 'server', seed?: boolean): Promise<TestDatabase> {
  const previous = process.env.TEST_DATABASE_URL;
  if (kind === 'server') process.env.TEST_DATABASE_URL = SERVER;
  else delete process.env.TEST_DATABASE_URL;
  try {
    const db = await createTestDatabase(seed ? { seed: { employees: 60, seed: 42 } } : {});
    open.push(db);
    return db;
  } finally {
    if (previous === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = previous;
  }
}

afterAll(async () => {
  for (const db of open) await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(['embedded', 'server'] as const)('backup and restore on the %s database', (kind) => {
  it(
    'round-trips every table with equal checksums, and sequences continue',
    { timeout: 600_000 },
    async () => {
      const a = await database(kind, true);
      const file = join(dir, `${kind}.backup.gz`);
      const header = await backup(a.url, file);
      const source = await databaseChecksums(a.url);
      expect(header.tables).toEqual(source);
      expect(source.find((t) => t.name === 'public.employee')!.rows).toBeGreaterThanOrEqual(60);

      const b = await database(kind);
      await restore(b.url, file);
      expect(await databaseChecksums(b.url)).toEqual(source);

      // New rows get fresh ids after the restored ones.
      const client = new pg.Client({ connectionString: b.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: number; max: number }>(
          `insert into competency (code, name) values ('RESTORE_SEQ', 'x') returning id, (select max(id) from competency) as max`,
        );
        expect(rows[0]!.id).toBeGreaterThan(0);
        const { rows: ids } = await client.query<{ n: number }>(
          `select count(*)::int as n from competency where code = 'RESTORE_SEQ'`,
        );
        expect(ids[0]!.n).toBe(1);
      } finally {
        await client.end();
      }
    },
  );
});

it('refuses a file that is not a backup, leaving the database untouched', { timeout: 300_000 }, async () => {
  const { writeFileSync } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const file = join(dir, 'bogus.gz');
  writeFileSync(file, gzipSync('{"format":"something-else"}\n'));
  const db = await database('embedded');
  await expect(restore(db.url, file)).rejects.toBeInstanceOf(BackupError);
});
