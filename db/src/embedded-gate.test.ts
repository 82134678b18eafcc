import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type RunningDatabase } from './embedded';

// The embedded database answers only the app's own connections: PGlite runs ONE session for
// every client, so an outside client could otherwise change the app's session settings.
let db: RunningDatabase;

beforeAll(async () => {
  db = await startEmbeddedDatabase({ port: 0 });
});

afterAll(async () => {
  await db?.close();
});

async function refusal(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query(`set default_transaction_read_only = on`);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await client.end().catch(() => {});
  }
}

describe('embedded database gate', () => {
  it('admits the app with the per-start password in its URL, over the ordinary protocol', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => pool.query<{ n: number }>('select $1::int as n', [i])),
      );
      expect(answers.map((a) => a.rows[0]!.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    } finally {
      await pool.end();
    }
  });

  it('refuses a client without the password (psql-like: no session change gets through)', async () => {
    const url = new URL(db.url);
    url.password = '';
    expect(await refusal(url.toString())).toBe('28P01');
    url.password = 'postgres';
    expect(await refusal(url.toString())).toBe('28P01');
    // The app's session is untouched.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ ro: string }>(
      `select current_setting('default_transaction_read_only') as ro`,
    );
    await client.end();
    expect(rows[0]!.ro).toBe('off');
  });

  it('uses a fresh password per start', async () => {
    const other = await startEmbeddedDatabase({ port: 0 });
    try {
      expect(new URL(other.url).password).not.toBe(new URL(db.url).password);
      expect(new URL(db.url).password.length).toBeGreaterThanOrEqual(32);
    } finally {
      await other.close();
    }
  });

  it('refuses what is not a PostgreSQL startup', async () => {
    const { port } = new URL(db.url);
    const { connect } = await import('node:net');
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString('latin1')));
      socket.on('close', () => resolve(data));
    });
    expect(answer).toMatch(/^E.*08P01/s);
  });
});
