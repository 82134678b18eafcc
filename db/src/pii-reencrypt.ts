import pg from 'pg';
import { decryptPii, encryptPii, isEncrypted, keyIdOf, keyRing, type KeyRing } from './pii-crypto';

/**
 * Seals every encrypted-at-rest column with the active key: values sealed with an older key,
 * and plaintext written before encryption or by a bulk loader (the seed's COPY). Run after
 * making a new key active (`pnpm pii:reencrypt`); afterwards the old key can leave PII_KEYS.
 * Batches of `batchSize` rows, each batch its own transaction, so it can run while the app
 * serves (a row changed between read and write is only re-sealed if it still holds the value read).
 */
export const ENCRYPTED_COLUMNS: { table: string; columns: string[] }[] = [
  { table: 'employee', columns: ['email', 'phone'] },
  { table: 'webhook_subscription', columns: ['secret_cipher'] },
];

export interface ReencryptResult {
  /** Values re-sealed, per table. */
  [table: string]: number;
}

function stale(value: string | null, ring: KeyRing): boolean {
  return value != null && (!isEncrypted(value) || keyIdOf(value) !== ring.activeId);
}

export async function reencryptPii(
  url: string,
  ring: KeyRing = keyRing(),
  batchSize = 1000,
): Promise<ReencryptResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result: ReencryptResult = {};
  const prefix = `enc:v1:${ring.activeId}:`;
  try {
    for (const { table, columns } of ENCRYPTED_COLUMNS) {
      result[table] = 0;
      const needs = columns.map((c) => `(${c} is not null and ${c} not like $1)`).join(' or ');
      let after = 0;
      for (;;) {
        const { rows } = await client.query<Record<string, string | null> & { id: number }>(
          `select id, ${columns.join(', ')} from ${table} where id > $2 and (${needs}) order by id limit $3`,
          [`${prefix.replace(/[_%]/g, '\\$&')}%`, after, batchSize],
        );
        if (rows.length === 0) break;
        await client.query('begin');
        try {
          for (const row of rows) {
            for (const column of columns) {
              const value = row[column] ?? null;
              if (!stale(value, ring)) continue;
              const sealed = encryptPii(decryptPii(value!, ring), ring);
              await client.query(`update ${table} set ${column} = $1 where id = $2 and ${column} = $3`, [
                sealed,
                row.id,
                value,
              ]);
              result[table]++;
            }
          }
          await client.query('commit');
        } catch (error) {
          await client.query('rollback');
          throw error;
        }
        after = rows.at(-1)!.id;
      }
    }
  } finally {
    await client.end();
  }
  return result;
}
