import { readFileSync } from 'node:fs';
import type { Config } from './config';

/**
 * The one reading of TLS_CERT_FILE / TLS_KEY_FILE, for every process that serves HTTP (the
 * API; Cube when its process adopts it): both set → HTTPS with these PEM files, neither → plain
 * HTTP. A missing or unreadable file fails the start with its variable's name instead of
 * serving plain HTTP by surprise.
 */
export type TlsConfig = Partial<Pick<Config, 'TLS_CERT_FILE' | 'TLS_KEY_FILE'>>;

export interface TlsOptions {
  cert: Buffer;
  key: Buffer;
  minVersion: 'TLSv1.2';
}

export function tlsOptions(config: TlsConfig): TlsOptions | null {
  if (!config.TLS_CERT_FILE && !config.TLS_KEY_FILE) return null;
  if (!config.TLS_CERT_FILE || !config.TLS_KEY_FILE)
    throw new Error('TLS_CERT_FILE and TLS_KEY_FILE: set both or neither');
  const read = (name: 'TLS_CERT_FILE' | 'TLS_KEY_FILE') => {
    try {
      return readFileSync(config[name]!);
    } catch (error) {
      throw new Error(`${name}: cannot read ${config[name]} (${(error as NodeJS.ErrnoException).code})`);
    }
  };
  return { cert: read('TLS_CERT_FILE'), key: read('TLS_KEY_FILE'), minVersion: 'TLSv1.2' };
}
