import { fileURLToPath } from 'node:url';
import { MikroORM, type Options } from '@mikro-orm/core';
import { PostgreSqlDriver, type SqlEntityManager } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';
import { migrationsList } from '../migrations';

/** Where migration files and their snapshot live (used when generating new migrations). */
export const migrationsPath = fileURLToPath(new URL('../migrations', import.meta.url));

export type OrmOptions = Options<PostgreSqlDriver, SqlEntityManager<PostgreSqlDriver>>;
export type Orm = MikroORM<PostgreSqlDriver, SqlEntityManager<PostgreSqlDriver>>;

/**
 * The one ORM configuration every package uses (API, seed, tests, CLI). `overrides` is merged
 * shallowly, except `pool`, `discovery` and `migrations`, which are merged one level deeper so a
 * caller can e.g. raise the pool size without restating the migration settings.
 */
export function createOrmConfig(url: string, overrides: Partial<OrmOptions> = {}): OrmOptions {
  const { pool, discovery, migrations, ...rest } = overrides;
  return {
    driver: PostgreSqlDriver,
    clientUrl: url,
    // An explicit list, not folder discovery: works the same under SWC, vitest and bundlers.
    entities,
    extensions: [Migrator],
    // Dates in the database are UTC; `date` columns stay 'YYYY-MM-DD' strings (no TZ shifts).
    forceUtcTimezone: true,
    debug: false,
    // PGlite serves every connection from one session, so more connections only queue; a real
    // server gets a modest pool per API instance (scale out with instances, not pool size).
    pool: { min: 0, max: 10, ...pool },
    discovery: {
      checkDuplicateFieldNames: true,
      checkDuplicateEntities: true,
      checkDuplicateTableNames: true,
      checkNonPersistentCompositeProps: true,
      ...discovery,
    },
    migrations: {
      path: migrationsPath,
      // Loaded from an explicit list: MikroORM's own file discovery uses a native import() of
      // .ts files, which vitest does not transform.
      migrationsList,
      snapshot: true,
      // Stable name: the default includes the database name, which differs per environment.
      snapshotName: '.snapshot-talentloop',
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
      emit: 'ts',
      // Callers report what was applied (migrate() returns the names); no per-step chatter.
      silent: true,
      ...migrations,
    },
    disableTransactions: false,
    ...rest,
  };
}

/** Connects (does not touch the schema: migrations are applied by `migrate()` only). */
export async function initOrm(url: string, overrides: Partial<OrmOptions> = {}): Promise<Orm> {
  return MikroORM.init<PostgreSqlDriver, SqlEntityManager<PostgreSqlDriver>>(createOrmConfig(url, overrides));
}

const ROLE_NAME = /^[a-z_][a-z0-9_]*$/;

interface PgConnection {
  query(
    sql: string,
    callback: (error: Error | null, result?: { rows: Record<string, unknown>[] }) => void,
  ): void;
}

/**
 * Pool options that run every connection as `role` (the least-privileged talentloop_app the
 * migrations create): the app connects with the owner's URL, then `SET ROLE` drops to the
 * role's privileges — no DDL, INSERT/SELECT only on audit_log — before any query of the app.
 *
 * Skipped on the embedded PGlite: it serves every client from ONE session, so the role would
 * also apply to Cube (which creates its pre-aggregation tables) and to the migrator. There the
 * audit_log trigger, and the embedded server admitting only the app's own connections, guard
 * the log instead (docs/operations.md, "Database roles").
 */
export function appRoleOptions(role: string | undefined): Partial<OrmOptions> {
  if (!role) return {};
  if (!ROLE_NAME.test(role)) throw new Error(`Invalid database role name: ${role}`);
  return {
    pool: {
      afterCreate(connection: PgConnection, done: (error: Error | null, connection: PgConnection) => void) {
        connection.query(`select version() like '%PGlite%' as embedded`, (error, result) => {
          if (error || result?.rows[0]?.embedded) return done(error, connection);
          connection.query(`set role ${role}`, (setError) => done(setError, connection));
        });
      },
    },
  };
}
