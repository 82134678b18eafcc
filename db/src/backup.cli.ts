import { resolve } from 'node:path';
import { BackupError, backup, restore } from './backup';
import { ConfigError, loadConfig } from './config';
import { DatabaseStartError, startDatabase } from './embedded';
import { migrate } from './migrate';

/**
 * pnpm backup [FILE]     snapshot the configured database into FILE (default
 *                        talentloop-<timestamp>.backup.gz)
 * pnpm restore FILE      replace the configured database's data with FILE's (migrates first)
 *
 * The configured database is DATABASE_URL, or the embedded one in DATA_DIR (stop `pnpm start`
 * first: the embedded database serves one process). docs/operations.md describes both.
 */
async function main(argv: string[]): Promise<number> {
  const [command, file] = argv.filter((a) => a !== '--');
  if ((command !== 'backup' && command !== 'restore') || (command === 'restore' && !file)) {
    console.error('usage: pnpm backup [FILE] | pnpm restore FILE');
    return 2;
  }
  const config = loadConfig();
  const db = await startDatabase(config);
  try {
    if (command === 'backup') {
      const target = resolve(
        file ?? `talentloop-${new Date().toISOString().replace(/[:.]/g, '-')}.backup.gz`,
      );
      const header = await backup(db.url, target);
      const rows = header.tables.reduce((s, t) => s + t.rows, 0);
      console.log(`Backed up ${header.tables.length} tables (${rows} rows) to ${target}`);
      return 0;
    }
    await migrate(db.url);
    const header = await restore(db.url, resolve(file!));
    const rows = header.tables.reduce((s, t) => s + t.rows, 0);
    console.log(
      `Restored ${header.tables.length} tables (${rows} rows) from the backup of ${header.createdAt}; checksums verified`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof BackupError) {
      console.error(`talentloop: ${error.message}`);
    } else {
      console.error(`talentloop: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);
