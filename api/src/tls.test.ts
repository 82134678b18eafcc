import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './common/logger';
import { createApp, type App } from './server';
import { tlsOptions } from './tls';

// TLS (issue 13, item 6): with TLS_CERT_FILE and TLS_KEY_FILE the API serves HTTPS only. The
// certificate is a fresh self-signed one for 127.0.0.1, made by openssl here.

let dir: string;
let cert: string;
let key: string;
let db: TestDatabase;
let orm: MikroORM;
let app: App;
let url: string;

function post(target: string, body: string, ca?: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      { method: 'POST', headers: { 'content-type': 'application/json' }, ...(ca ? { ca } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tl-tls-'));
  cert = join(dir, 'cert.pem');
  key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  db = await createTestDatabase();
  orm = await initOrm(db.url, { pool: { min: 0, max: 2 } });
  app = await createApp({
    config: {
      NODE_ENV: 'development',
      JWT_SECRET: 'tls-test-secret-that-is-long-enough-0123456789',
      TLS_CERT_FILE: cert,
      TLS_KEY_FILE: key,
    },
    orm,
    logger: createLogger('silent'),
  });
  url = await app.listen(0);
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await orm?.close(true);
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('TLS', () => {
  it('serves GraphQL over HTTPS with the configured certificate', async () => {
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const res = await post(url, JSON.stringify({ query: '{ __typename }' }), readFileSync(cert));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('a client that does not trust the certificate is refused; plain HTTP gets no answer', async () => {
    await expect(post(url, '{}')).rejects.toThrow(/self[- ]signed/i);
    const plain = url.replace('https:', 'http:');
    const answer = await fetch(plain, { method: 'POST', body: '{}' }).then(
      (r) => r.status,
      () => 'refused',
    );
    expect(answer === 'refused' || answer === 400).toBe(true);
  });

  it('both files or neither; an unreadable file is named', () => {
    expect(tlsOptions({})).toBeNull();
    expect(() => tlsOptions({ TLS_CERT_FILE: cert })).toThrow(/set both or neither/);
    expect(() => tlsOptions({ TLS_CERT_FILE: join(dir, 'missing.pem'), TLS_KEY_FILE: key })).toThrow(
      /TLS_CERT_FILE: cannot read .*missing\.pem \(ENOENT\)/,
    );
  });
});
