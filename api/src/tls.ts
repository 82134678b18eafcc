import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Config } from '@talentloop/db/config';

/**
 * TLS for the API (issue 13, item 6): TLS_CERT_FILE and TLS_KEY_FILE (PEM) both set → HTTPS,
 * neither → plain HTTP (loopback behind a terminating proxy is the other supported setup).
 * The files are read once at start-up; a missing or unreadable file fails the start with its
 * variable's name instead of serving plain HTTP by surprise.
 */
export type TlsConfig = Partial<Pick<Config, 'TLS_CERT_FILE' | 'TLS_KEY_FILE'>>;

export interface TlsOptions {
  cert: Buffer;
  key: Buffer;
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
  return { cert: read('TLS_CERT_FILE'), key: read('TLS_KEY_FILE') };
}

/** The API's listening server: HTTPS when a certificate is configured, else HTTP. */
export function createApiServer(config: TlsConfig): { server: Server; scheme: 'http' | 'https' } {
  const tls = tlsOptions(config);
  if (!tls) return { server: createHttpServer(), scheme: 'http' };
  // https.Server is an http.Server with TLS underneath: Apollo's handler and the drain plugin work unchanged.
  return {
    server: createHttpsServer({ ...tls, minVersion: 'TLSv1.2' }) as unknown as Server,
    scheme: 'https',
  };
}
