import { createHash } from 'node:crypto';
import { generateCompany, type GenerateOptions, type GenerationReport } from './generate';

/**
 * SHA-256 over every generated row and fix-up, in generation order — the determinism
 * fingerprint of (employees, seed). Pure: no database involved.
 */
export function companyChecksum(options: GenerateOptions, report?: GenerationReport): string {
  const hash = createHash('sha256');
  for (const chunk of generateCompany(options, report)) {
    if (chunk.kind === 'progress') continue;
    hash.update(chunk.kind === 'rows' ? chunk.table : chunk.update);
    for (const row of chunk.rows) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}
