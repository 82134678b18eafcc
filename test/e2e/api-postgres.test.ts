import { connect } from 'node:net';
import { describe, it } from 'vitest';
import { apiSuite } from './api-suite';

// The same suite on a real PostgreSQL server: TEST_DATABASE_URL, else the local server the
// machines provide (127.0.0.1:5432, trust auth). createTestDatabase() makes a fresh database there.
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function reachable(): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

if (await reachable()) {
  process.env.TEST_DATABASE_URL = url;
  apiSuite('PostgreSQL server');
} else {
  describe('API on a real PostgreSQL server', () => {
    it.skip(`skipped: no PostgreSQL reachable at ${url}`, () => {});
  });
}
