import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip, gunzipSync } from 'node:zlib';
import pg from 'pg';

/**
 * Logical backups that work the same on the embedded PGlite and on a PostgreSQL server (pg_dump
 * cannot read PGlite, whose server version is newer than Debian's client tools): every data
 * table's rows as JSON, in primary-key order, one gzip'd JSON-lines file. Line 1 is the header
 * (format, migrations, per-table row counts and SHA-256 checksums); then `{"t":table,"r":row}`.
 * Restoring needs a database migrated to the same migrations; it replaces every table's rows and
 * resets identity sequences, in one transaction.
 */
export const BACKUP_FORMAT = 'talentloop-backup/1';

/** Schemas holding data (Cube's pre-aggregation tables are rebuilt, not backed up). */
const SCHEMAS = ['public', 'analytics'];
const ROWS_PER_INSERT = 500;

export interface TableSummary {
  name: string;
  rows: number;
  sha256: string;
}

export interface BackupHeader {
  format: string;
  createdAt: string;
  migrations: string[];
  tables: TableSummary[];
}

interface TableInfo {
  name: string;
  order: string;
  /** Columns a restore writes: generated columns are computed again, not written. */
  columns: string;
}

/** Data tables (qualified, quoted) in foreign-key dependency order, with their ORDER BY. */
async function dataTables(client: pg.Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{ oid: number; name: string; pk: string | null; columns: string }>(
    `select c.oid::int as oid, format('%I.%I', n.nspname, c.relname) as name,
            (select string_agg(format('%I', a.attname), ', ' order by k.i)
               from pg_index x cross join unnest(x.indkey) with ordinality as k(attnum, i)
               join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum
              where x.indrelid = c.oid and x.indisprimary) as pk,
            (select string_agg(format('%I', a.attname), ', ' order by a.attnum) from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname = any($1) and c.relname <> 'mikro_orm_migrations'
      order by n.nspname, c.relname`,
    [SCHEMAS],
  );
  const { rows: edges } = await client.query<{ child: number; parent: number }>(
    `select conrelid::int as child, confrelid::int as parent from pg_constraint
      where contype = 'f' and conrelid <> confrelid`,
  );
  // Parents before children (Kahn's algorithm; ties alphabetical, so the order is stable).
  const byOid = new Map(rows.map((r) => [r.oid, r]));
  const parents = new Map<number, Set<number>>(rows.map((r) => [r.oid, new Set<number>()]));
  for (const e of edges) if (byOid.has(e.child) && byOid.has(e.parent)) parents.get(e.child)!.add(e.parent);
  const ordered: TableInfo[] = [];
  const done = new Set<number>();
  while (done.size < rows.length) {
    let ready = rows.filter((r) => !done.has(r.oid) && [...parents.get(r.oid)!].every((p) => done.has(p)));
    // Cycles (department.manager ↔ employee.department): the rest in name order — restore
    // runs with foreign-key triggers off, so the order only keeps files readable.
    if (ready.length === 0) ready = rows.filter((r) => !done.has(r.oid));
    for (const r of ready) {
      done.add(r.oid);
      ordered.push({ name: r.name, order: r.pk ?? '1', columns: r.columns });
    }
  }
  return ordered;
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>('select name from mikro_orm_migrations order by id');
  return rows.map((r) => r.name);
}

/** Per-table checksums of a live database, computed exactly as backup() computes them. */
export async function databaseChecksums(url: string): Promise<TableSummary[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const out: TableSummary[] = [];
    for (const table of await dataTables(client)) {
      const hash = createHash('sha256');
      let count = 0;
      for await (const line of rowsOf(client, table)) {
        hash.update(line).update('\n');
        count++;
      }
      out.push({ name: table.name, rows: count, sha256: hash.digest('hex') });
    }
    await client.query('commit');
    return out;
  } finally {
    await client.end();
  }
}

/** A table's rows as JSON text, in primary-key order, fetched in pages (bounded memory). */
async function* rowsOf(client: pg.Client, table: TableInfo): AsyncGenerator<string> {
  const page = 5000;
  for (let offset = 0; ; offset += page) {
    const { rows } = await client.query<{ j: string }>(
      `select row_to_json(t)::text as j from ${table.name} t order by ${table.order} limit ${page} offset ${offset}`,
    );
    for (const r of rows) yield r.j;
    if (rows.length < page) return;
  }
}

/** Writes a consistent snapshot (one repeatable-read transaction) of `url` to `file`. */
export async function backup(url: string, file: string): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = await dataTables(client);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
      tables: [],
    };
    // The header (first line) carries the checksums, so the snapshot is read twice: once to
    // sum, once to write. Both passes see the same rows (one repeatable-read transaction).
    for (const table of tables) {
      const hash = createHash('sha256');
      let rows = 0;
      for await (const line of rowsOf(client, table)) {
        hash.update(line).update('\n');
        rows++;
      }
      header.tables.push({ name: table.name, rows, sha256: hash.digest('hex') });
    }
    async function* lines(): AsyncGenerator<string> {
      yield `${JSON.stringify(header)}\n`;
      for (const table of tables) {
        for await (const line of rowsOf(client, table))
          yield `{"t":${JSON.stringify(table.name)},"r":${line}}\n`;
      }
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
    await client.query('commit');
    return header;
  } finally {
    await client.end();
  }
}

export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Replaces every data table's rows of `url` (already migrated) with the backup's, in one
 * transaction, and checks each table's checksum against the header before committing.
 */
export async function restore(url: string, file: string): Promise<BackupHeader> {
  // Read whole: simple and fast for the databases this runs on (a 60-employee demo is ~1 MB);
  // a streaming reader is the next step for very large ones.
  let input: string[];
  try {
    input = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  } catch {
    throw new BackupError(`${file} is not a gzip'd TalentLoop backup`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let header: BackupHeader | null = null;
    let tables: TableInfo[] = [];
    let batch = null as { table: string; rows: string[] } | null;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      const columns = tables.find((x) => x.name === batch!.table)!.columns;
      await client.query(
        `insert into ${batch.table} (${columns}) select ${columns} from json_populate_recordset(null::${batch.table}, $1::json)`,
        [`[${batch.rows.join(',')}]`],
      );
      batch.rows = [];
    };
    for (const line of input) {
      if (!line) continue;
      if (!header) {
        header = JSON.parse(line) as BackupHeader;
        if (header.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a TalentLoop backup`);
        const migrations = await appliedMigrations(client);
        if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
          throw new BackupError(
            'The target database is not at the backup’s migration level: run `pnpm db:migrate` on a database of the same version first',
          );
        }
        await client.query('begin');
        // Foreign keys are not checked row by row while loading (tables reference each other in
        // cycles); the snapshot was consistent and the checksums below prove it arrived whole.
        // Needs the database owner as a superuser, like pg_restore --disable-triggers.
        await client.query(`set local session_replication_role = replica`);
        tables = await dataTables(client);
        // Wipe in one statement (children included); identities restart below.
        await client.query(`truncate ${tables.map((t) => t.name).join(', ')} restart identity cascade`);
        continue;
      }
      // `{"t":<name>,"r":<row>}`: the row's JSON text is used as written (no JSON.parse round
      // trip, which would turn numeric values into lossy JS numbers).
      const split = line.indexOf(',"r":');
      if (!line.startsWith('{"t":') || split < 0 || !line.endsWith('}'))
        throw new BackupError(`${file} is damaged`);
      const t = JSON.parse(line.slice(5, split)) as string;
      const text = line.slice(split + 5, -1);
      // Table names are interpolated into SQL: only the target's own tables are accepted.
      if (!tables.some((x) => x.name === t)) throw new BackupError(`${file} names an unknown table ${t}`);
      if (batch?.table !== t) {
        await flush();
        batch = { table: t, rows: [] };
      }
      batch.rows.push(text);
      if (batch.rows.length >= ROWS_PER_INSERT) await flush();
    }
    await flush();
    if (!header) throw new BackupError(`${file} is empty`);
    // Verify what landed, table by table, before committing.
    for (const table of tables) {
      const hash = createHash('sha256');
      let rows = 0;
      for await (const line of rowsOf(client, table)) {
        hash.update(line).update('\n');
        rows++;
      }
      const expected = header.tables.find((x) => x.name === table.name);
      const actual = hash.digest('hex');
      if (!expected || expected.rows !== rows || expected.sha256 !== actual) {
        throw new BackupError(`restored ${table.name} does not match the backup (rows or checksum differ)`);
      }
    }
    // Identity sequences continue after the restored ids.
    await client.query(`
      do $$ declare s record; begin
        for s in select format('%I.%I', n.nspname, c.relname) as tbl, a.attname as col,
                        pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as seq
                   from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                  where a.attidentity <> '' and n.nspname in ('public', 'analytics') and c.relkind = 'r' loop
          execute format('select setval(%L, coalesce((select max(%I) from %s), 0) + 1, false)', s.seq, s.col, s.tbl);
        end loop;
      end $$;`);
    await client.query('commit');
    return header;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
