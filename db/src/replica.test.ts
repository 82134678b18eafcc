import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, cubeDatabaseUrl, loadConfig } from './config';

// Read-replica routing for analytics (docs/scaling.md, "Read replica for analytics"): a primary
// and a streaming-replication standby started here as two PostgreSQL 15 clusters (initdb,
// pg_basebackup -R, pg_ctl as user postgres, in a temporary folder, on free loopback ports).
// A row written on the primary is read on the standby, and the connection the semantic layer's
// API instances are configured with (cubeDatabaseUrl, as semantic/src/cube.process.ts uses it)
// lands on the standby, while the refresh worker's lands on the primary. Needs root (to run the
// server binaries as postgres) and the Debian binaries; skipped otherwise. CI runs as root.

const BIN = '/usr/lib/postgresql/15/bin';
const enabled = process.getuid?.() === 0 && existsSync(`${BIN}/initdb`) && existsSync(`${BIN}/pg_basebackup`);
const STEP_MS = 60_000;

let dir = '';
let primaryPort = 0;
let standbyPort = 0;
const started: string[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A PostgreSQL binary as the postgres user (the server refuses to run as root), bounded in time. */
function asPostgres(binary: string, args: string[], timeout = STEP_MS): string {
  return execFileSync('runuser', ['-u', 'postgres', '--', `${BIN}/${binary}`, ...args], {
    timeout,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function startCluster(data: string, port: number) {
  asPostgres('pg_ctl', [
    '-D',
    data,
    '-l',
    `${data}.log`,
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=16MB`,
    'start',
  ]);
  started.push(data);
}

const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;

async function query<T>(connectionString: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe.skipIf(!enabled)('read replica for analytics (PostgreSQL streaming replication)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tl-replica-'));
    execFileSync('chown', ['postgres:postgres', dir]);
    primaryPort = await freePort();
    standbyPort = await freePort();
    const primary = join(dir, 'primary');
    const standby = join(dir, 'standby');
    // initdb's default pg_hba.conf with -A trust admits replication connections from loopback,
    // and PostgreSQL 15 defaults to wal_level=replica with 10 WAL senders: nothing to configure.
    asPostgres('initdb', ['-D', primary, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    startCluster(primary, primaryPort);
    // -R writes standby.signal and primary_conninfo: the copy starts as a streaming standby.
    asPostgres('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      standby,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    ]);
    startCluster(standby, standbyPort);
  }, 4 * STEP_MS);

  afterAll(() => {
    // Immediate shutdown, each bounded; then the folder goes.
    for (const data of started.reverse()) {
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '20', 'stop'], 30_000);
      } catch (error) {
        console.error(`replica test: stopping ${data}: ${String(error)}`);
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 90_000);

  it('streams a write on the primary to the standby, which is read-only', async () => {
    expect(await query(url(primaryPort), 'select pg_is_in_recovery() as r')).toEqual([{ r: false }]);
    expect(await query(url(standbyPort), 'select pg_is_in_recovery() as r')).toEqual([{ r: true }]);
    await query(url(primaryPort), 'create table replica_probe (id int primary key, note text)');
    await query(url(primaryPort), "insert into replica_probe values (1, 'written on the primary')");
    let seen: { note: string }[] = [];
    for (let i = 0; i < 100 && seen.length === 0; i++) {
      seen = await query<{ note: string }>(
        url(standbyPort),
        'select note from replica_probe where id = 1',
      ).catch(() => []);
      if (seen.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toEqual([{ note: 'written on the primary' }]);
    const [sender] = await query<{ state: string }>(
      url(primaryPort),
      'select state from pg_stat_replication',
    );
    expect(sender?.state).toBe('streaming');
    // Why Cube's pre-aggregation builds stay on the primary: a standby takes no writes.
    await expect(query(url(standbyPort), 'create table dev_pre_aggregations_probe (x int)')).rejects.toThrow(
      /read-only transaction/,
    );
  });

  it('routes the semantic layer’s API instances to the standby, its refresh worker to the primary', async () => {
    const env = {
      DATABASE_URL: url(primaryPort),
      ANALYTICS_DATABASE_URL: url(standbyPort),
      CUBE_REDIS_URL: 'redis://127.0.0.1:6379',
    };
    const config = loadConfig(env);
    const api = cubeDatabaseUrl(config, 'api')!;
    const refresh = cubeDatabaseUrl(config, 'refresh')!;
    expect(api).toBe(url(standbyPort));
    expect(
      await query(api, 'select pg_is_in_recovery() as r, count(*)::int as n from replica_probe'),
    ).toEqual([{ r: true, n: 1 }]);
    expect(await query(refresh, 'select pg_is_in_recovery() as r')).toEqual([{ r: false }]);
    // Without a replica every Cube process uses DATABASE_URL; a single Cube (serve + build)
    // cannot work on a read-only standby, so it refuses the setting instead of failing later.
    expect(cubeDatabaseUrl(loadConfig({ DATABASE_URL: url(primaryPort) }), 'api')).toBe(url(primaryPort));
    expect(() => cubeDatabaseUrl(config, 'all')).toThrow(ConfigError);
    expect(() => cubeDatabaseUrl(config, 'all')).toThrow(/ANALYTICS_DATABASE_URL/);
  });
});
