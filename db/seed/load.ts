// Loads the generated company into PostgreSQL in ONE transaction with plain `pg`:
// COPY … FROM STDIN (text format) per chunk on a real server; multi-row INSERT … SELECT FROM
// unnest($1::text[], …) batches on the embedded PGlite, whose socket server loses protocol
// sync on COPY FROM STDIN (verified with pglite-socket 0.2.17). Explicit ids everywhere, then
// every identity sequence is moved past the largest id.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sealPii } from '../src/pii-crypto';
import { ENCRYPTED_COLUMNS } from '../src/pii-reencrypt';
import { generateCompany, type GenerationReport } from './generate';
import {
  columnsOf,
  TABLE_NAMES,
  typesOf,
  UPDATES,
  type Row,
  type TableName,
  type UpdateName,
  type Value,
} from './tables';
import { MIN_EMPLOYEES } from './truth';

export interface SeedOptions {
  employees: number;
  seed: number;
  onProgress?: (done: number, total: number, phase: string) => void;
  /** Wipe every table (TRUNCATE … RESTART IDENTITY CASCADE) before seeding a non-empty database. */
  reset?: boolean;
}

export interface SeedSummary {
  employees: number;
  seed: number;
  /** How rows were written: COPY on a real server, INSERT batches on the embedded database. */
  method: 'copy' | 'insert';
  /** Rows written per table. */
  counts: Record<string, number>;
  /** Fixture employees, demo logins and the realised arms of the planted effects. */
  report: GenerationReport;
  elapsedMs: number;
}

/** An operator-facing seeding failure: printed as one line by the CLI. */
export class SeedError extends Error {
  override name = 'SeedError';
}

/** True when none of the generator's tables holds a row (the schema must be migrated). */
export async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await countExisting(client)) === 0;
  } finally {
    await client.end();
  }
}

async function countExisting(client: pg.Client): Promise<number> {
  const missing = await client.query<{ name: string }>(
    `select t.name from unnest($1::text[]) as t(name) where to_regclass(t.name) is null`,
    [TABLE_NAMES],
  );
  if (missing.rows.length) {
    throw new SeedError(
      `The database schema is missing (no table ${missing.rows[0]!.name}); run the migrations first.`,
    );
  }
  const sql = TABLE_NAMES.map((t) => `(select count(*) from (select 1 from "${t}" limit 1) x)`).join(' + ');
  const result = await client.query<{ n: string }>(`select ${sql} as n`);
  return Number(result.rows[0]!.n);
}

export async function seed(url: string, options: SeedOptions): Promise<SeedSummary> {
  const { employees, seed: seedValue } = options;
  if (!Number.isInteger(employees) || employees < MIN_EMPLOYEES) {
    throw new SeedError(`employees must be an integer ≥ ${MIN_EMPLOYEES} (got ${employees})`);
  }
  if (!Number.isInteger(seedValue)) throw new SeedError(`seed must be an integer (got ${seedValue})`);
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const version = (await client.query<{ v: string }>('select version() as v')).rows[0]!.v;
    const embedded = /PGlite/i.test(version);
    if ((await countExisting(client)) > 0) {
      if (!options.reset) {
        throw new SeedError(
          'The database already contains data; refusing to seed over it. Re-run with --force to wipe all tables and seed again.',
        );
      }
    }
    const report = {} as GenerationReport;
    const counts: Record<string, number> = {};
    await client.query('begin');
    try {
      if (options.reset) await truncateAll(client);
      // pg_restore's trick: load into bare tables, then build indexes and validate foreign keys
      // once, set-wise — several times faster than maintaining them row by row. Same transaction,
      // so a failure rolls the schema back too. PGlite's loads are small: not worth it there.
      const deferred = embedded ? null : await dropSecondaryStructures(client);
      for (const chunk of generateCompany(
        { employees, seed: seedValue, batchSize: embedded ? 500 : 2000 },
        report,
      )) {
        if (chunk.kind === 'progress') options.onProgress?.(chunk.done, chunk.total, chunk.phase);
        else if (chunk.kind === 'update') await applyUpdate(client, chunk.update, chunk.rows);
        else {
          const rows = sealed(chunk.table, chunk.rows);
          if (embedded) await insertRows(client, chunk.table, rows);
          else await copyRows(client, chunk.table, rows);
          counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
        }
      }
      if (deferred) {
        options.onProgress?.(employees, employees, 'indexes and foreign keys');
        await restoreSecondaryStructures(client, deferred);
      }
      options.onProgress?.(employees, employees, 'sequences');
      for (const t of TABLE_NAMES) {
        await client.query(
          `select setval(pg_get_serial_sequence('"${t}"', 'id'), coalesce(max(id), 0) + 1, false) from "${t}"`,
        );
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
    // Fresh statistics, so the first dashboard queries get sensible plans; and a visibility map,
    // so index-only scans (Cube's refresh keys) need no heap visits before autovacuum comes by.
    options.onProgress?.(employees, employees, 'analyze');
    await client.query(`vacuum (analyze) ${TABLE_NAMES.map((t) => `"${t}"`).join(', ')}`);
    return {
      employees,
      seed: seedValue,
      method: embedded ? 'insert' : 'copy',
      counts,
      report,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Every table of the current schema except the migration log: a full data reset. */
async function truncateAll(client: pg.Client): Promise<void> {
  const tables = await client.query<{ t: string }>(
    `select quote_ident(tablename) as t from pg_tables where schemaname = current_schema() and tablename <> 'mikro_orm_migrations'`,
  );
  if (tables.rows.length)
    await client.query(`truncate ${tables.rows.map((r) => r.t).join(', ')} restart identity cascade`);
}

interface Deferred {
  foreignKeys: { table: string; name: string; def: string }[];
  indexes: { name: string; def: string }[];
}

/** Drops the foreign keys and the plain (non-constraint) indexes of the generator's tables. */
async function dropSecondaryStructures(client: pg.Client): Promise<Deferred> {
  const foreignKeys = (
    await client.query<{ table: string; name: string; def: string }>(
      `select quote_ident(r.relname) as table, quote_ident(c.conname) as name, pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_class r on r.oid = c.conrelid
       where c.contype = 'f' and r.relnamespace = current_schema()::regnamespace and r.relname = any($1::text[])
       order by r.relname, c.conname`,
      [TABLE_NAMES],
    )
  ).rows;
  const indexes = (
    await client.query<{ name: string; def: string }>(
      `select quote_ident(x.relname) as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i join pg_class r on r.oid = i.indrelid join pg_class x on x.oid = i.indexrelid
       where r.relnamespace = current_schema()::regnamespace and r.relname = any($1::text[])
         and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
       order by x.relname`,
      [TABLE_NAMES],
    )
  ).rows;
  for (const fk of foreignKeys) await client.query(`alter table ${fk.table} drop constraint ${fk.name}`);
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  return { foreignKeys, indexes };
}

async function restoreSecondaryStructures(client: pg.Client, deferred: Deferred): Promise<void> {
  await client.query(`set local maintenance_work_mem = '256MB'`);
  for (const index of deferred.indexes) await client.query(index.def);
  for (const fk of deferred.foreignKeys)
    await client.query(`alter table ${fk.table} add constraint ${fk.name} ${fk.def}`);
}

// ---- COPY (real PostgreSQL) ----------------------------------------------------------------

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyValue(v: Value): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  return NEEDS_ESCAPE.test(v) ? v.replace(/[\\\t\n\r]/g, (ch) => ESCAPES[ch]!) : v;
}

async function copyRows(client: pg.Client, table: TableName, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const cols = columnsOf(table)
    .map((c) => `"${c}"`)
    .join(', ');
  const stream = client.query(copyFrom(`copy "${table}" (${cols}) from stdin`));
  // Feed ~1 MB pieces so a chunk never becomes one huge string.
  function* pieces(): Generator<string> {
    let buf: string[] = [];
    let size = 0;
    for (const row of rows) {
      const line = row.map(copyValue).join('\t') + '\n';
      buf.push(line);
      size += line.length;
      if (size > 1 << 20) {
        yield buf.join('');
        buf = [];
        size = 0;
      }
    }
    if (buf.length) yield buf.join('');
  }
  await pipeline(Readable.from(pieces()), stream);
}

// ---- INSERT … unnest (embedded PGlite) -------------------------------------------------------

function textValue(v: Value): string | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

const INSERT_BATCH = 5000;

/**
 * The rows with their encrypted-at-rest columns (pii-reencrypt.ts ENCRYPTED_COLUMNS) sealed with
 * the active key, as the ORM's EncryptedText seals what the app writes: the demo company's PII
 * is never stored in plaintext. The generator stays pure (its checksum covers plaintext rows).
 */
function sealed(table: TableName, rows: Row[]): Row[] {
  const columns = ENCRYPTED_COLUMNS.find((e) => e.table === table)?.columns;
  if (!columns) return rows;
  const at = columns.map((c) => columnsOf(table).indexOf(c)).filter((i) => i >= 0);
  return rows.map((row) => {
    const copy = [...row];
    for (const i of at) copy[i] = sealPii(copy[i] as string | null);
    return copy;
  });
}

async function insertRows(client: pg.Client, table: TableName, rows: Row[]): Promise<void> {
  const cols = columnsOf(table);
  const types = typesOf(table);
  const sql =
    `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) ` +
    `select ${cols.map((c, i) => `u."${c}"::${types[i]}`).join(', ')} ` +
    `from unnest(${cols.map((_, i) => `$${i + 1}::text[]`).join(', ')}) as u(${cols.map((c) => `"${c}"`).join(', ')})`;
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const slice = rows.slice(start, start + INSERT_BATCH);
    const params = cols.map((_, i) => slice.map((row) => textValue(row[i]!)));
    await client.query(sql, params);
  }
}

async function applyUpdate(client: pg.Client, name: UpdateName, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const spec = UPDATES[name];
  const names = [spec.key, ...spec.set];
  const sql =
    `update "${spec.table}" as t set ${spec.set.map((c, i) => `"${c}" = u."${c}"::${spec.types[i + 1]}`).join(', ')} ` +
    `from unnest(${names.map((_, i) => `$${i + 1}::text[]`).join(', ')}) as u(${names.map((c) => `"${c}"`).join(', ')}) ` +
    `where t."${spec.key}" = u."${spec.key}"::${spec.types[0]}`;
  const params = names.map((_, i) => rows.map((row) => textValue(row[i]!)));
  await client.query(sql, params);
}
