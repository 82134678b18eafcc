import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { DatabaseStartError, startDatabase } from './embedded';
import { migrate } from './migrate';
import { initOrm, migrationsPath } from './orm';

/**
 * pnpm db:migrate                 apply pending migrations to the configured database
 * pnpm db:migrate -- create NAME  generate a migration from the entity changes since the snapshot
 * pnpm db:migrate -- check        exit 1 when the entities differ from the committed snapshot
 *
 * The configured database is DATABASE_URL, or the embedded one in DATA_DIR when unset.
 */
async function main(argv: string[]): Promise<number> {
  const [command = 'up', name] = argv.filter((a) => a !== '--');
  const config = loadConfig();
  const db = await startDatabase(config);
  try {
    if (command === 'up') {
      const applied = await migrate(db.url);
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
          : 'Schema is up to date.',
      );
      return 0;
    }
    if (command === 'create' || command === 'check') {
      const orm = await initOrm(db.url, { pool: { min: 0, max: 1 } });
      try {
        if (command === 'check') {
          const needed = await orm.migrator.checkMigrationNeeded();
          console.log(
            needed
              ? 'Entities differ from the migration snapshot: run `pnpm db:migrate -- create <name>`.'
              : 'Entities match the migration snapshot.',
          );
          return needed ? 1 : 0;
        }
        const result = await orm.migrator.createMigration(migrationsPath, false, false, name);
        if (!result.fileName) {
          console.log('No changes: entities match the migration snapshot.');
          return 0;
        }
        writeMigrationsIndex();
        console.log(`Created db/migrations/${result.fileName} and registered it in db/migrations/index.ts.`);
        return 0;
      } finally {
        await orm.close(true);
      }
    }
    console.error(`Unknown command "${command}". Use: up | create <name> | check`);
    return 2;
  } finally {
    await db.close();
  }
}

/** Rewrites db/migrations/index.ts from the Migration*.ts files present (in timestamp order). */
function writeMigrationsIndex(): void {
  const names = readdirSync(migrationsPath)
    .filter((f) => /^Migration\d{14}.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const classOf = (n: string) => n.replace(/[^A-Za-z0-9_]/g, '_');
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${classOf(n)} } from './${n}';`),
    '',
    '// Every migration, in order. MikroORM loads this list instead of scanning the folder (its',
    '// scanner uses a native import() of .ts files, which vitest does not transform). Adding a',
    '// migration file? Append it here — db/src/entities/schema.test.ts fails if one is missing.',
    'export const migrationsList: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${classOf(n)} },`),
    '];',
    '',
  ];
  writeFileSync(join(migrationsPath, 'index.ts'), lines.join('\n'));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatabaseStartError) {
      console.error(error.message);
    } else {
      console.error(
        `Migration failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    process.exit(1);
  },
);
