import { initOrm, type OrmOptions } from './orm';

/**
 * Applies every pending migration (db/migrations) and closes the connection. Safe to call on
 * every start: already-applied migrations are skipped (tracked in mikro_orm_migrations).
 * Returns the names of the migrations applied by this call.
 */
export async function migrate(url: string, overrides: Partial<OrmOptions> = {}): Promise<string[]> {
  // One connection is enough, and on PGlite (one shared session) extra ones only queue.
  // snapshot: false — with it on, MikroORM rewrites db/migrations/.snapshot-*.json from the
  // live database after every `up`, so each start or test run would churn (and race on) a
  // committed file. The snapshot is only needed to *generate* migrations (migrate.cli create).
  const orm = await initOrm(url, {
    pool: { min: 0, max: 1 },
    ...overrides,
    migrations: { snapshot: false, ...overrides.migrations },
  });
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
