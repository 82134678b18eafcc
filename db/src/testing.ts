import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedDatabase } from './embedded';
import { migrate } from './migrate';

export interface TestDatabase {
  url: string;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Fill the database with the deterministic synthetic company. */
  seed?: { employees: number; seed: number };
}

/**
 * An isolated, migrated database for one test file: a fresh in-memory PGlite served on a
 * random loopback port by default, or — when TEST_DATABASE_URL points at a real server — a
 * freshly created database on that server, dropped on close. Isolation by database (not by
 * schema) because PGlite shares session settings such as search_path across connections.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const db = process.env.TEST_DATABASE_URL
    ? await createServerDatabase(process.env.TEST_DATABASE_URL)
    : await startEmbeddedDatabase({ port: 0 });
  try {
    await migrate(db.url);
    if (options.seed) {
      const { seed } = await import('../seed/index');
      await seed(db.url, options.seed);
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `tl_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async close() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
