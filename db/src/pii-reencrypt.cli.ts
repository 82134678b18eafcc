import { ConfigError, loadConfig } from './config';
import { DatabaseStartError, startDatabase } from './embedded';
import { keyRing } from './pii-crypto';
import { reencryptPii } from './pii-reencrypt';

/**
 * pnpm pii:reencrypt   seal every PII value (and webhook secret) with PII_ACTIVE_KEY
 *
 * Key rotation (docs/operations.md "PII encryption"): add the new key to PII_KEYS and make it
 * active, restart, run this, then remove the old key. The configured database is DATABASE_URL,
 * or the embedded one in DATA_DIR (stop `pnpm start` first).
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const ring = keyRing();
  const db = await startDatabase(config);
  try {
    const result = await reencryptPii(db.url, ring);
    const total = Object.values(result).reduce((s, n) => s + n, 0);
    console.log(
      `Re-sealed ${total} value(s) with key "${ring.activeId}": ${Object.entries(result)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof ConfigError || error instanceof DatabaseStartError) {
      console.error(error.message);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  },
);
