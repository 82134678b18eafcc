import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tlsOptions, type TlsConfig } from '@talentloop/db/tls';

export { tlsOptions, type TlsConfig } from '@talentloop/db/tls';

/**
 * The API's listening server (issue 13, item 6): HTTPS when TLS_CERT_FILE and TLS_KEY_FILE are
 * set (db/src/tls.ts reads them), else HTTP — loopback behind a TLS-terminating proxy being the
 * other supported setup.
 */
export function createApiServer(config: TlsConfig): { server: Server; scheme: 'http' | 'https' } {
  const tls = tlsOptions(config);
  if (!tls) return { server: createHttpServer(), scheme: 'http' };
  // https.Server is an http.Server with TLS underneath: Apollo's handler and the drain plugin work unchanged.
  return { server: createHttpsServer(tls) as unknown as Server, scheme: 'https' };
}
