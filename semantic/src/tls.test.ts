import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type RunningDatabase } from '@talentloop/db/embedded';
import { tlsOptions, type TlsOptions } from '@talentloop/db/tls';
import type { ViewPolicy } from './policies';
import { startCube, type RunningCube } from './server';

// TLS on Cube (issue 13, item 6): with a certificate configured, Cube's REST API is HTTPS only,
// on the same loopback port. A fresh self-signed certificate for 127.0.0.1, made by openssl here.

const SECRET = 'fixture-secret-fixture-secret-fixture-secret';
const schemaPath = fileURLToPath(new URL('./__fixtures__/model', import.meta.url));
const policies: Record<string, ViewPolicy> = {
  fixture_scores: {
    kind: 'aggregate',
    roles: ['HR'],
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    people: { default: 'people' },
  },
};

let dir: string;
let tls: TlsOptions;
let db: RunningDatabase;
let cube: RunningCube;

interface Answer {
  status: number;
  body: string;
}

function post(url: string, body: string, headers: Record<string, string>, ca?: Buffer): Promise<Answer> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, ...(ca ? { ca } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tl-cube-tls-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
      ...['-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    ],
    { stdio: 'ignore' },
  );
  tls = tlsOptions({ TLS_CERT_FILE: cert, TLS_KEY_FILE: key })!;
  db = await startEmbeddedDatabase({ port: 0 });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(`
    create table department (id int primary key, path text not null);
    insert into department values (1, '/1/');
    create table fixture_score (id serial primary key, employee_id int, department_path text, team text, score numeric);
    insert into fixture_score (employee_id, department_path, team, score)
      select g, '/1/', 'A', 10 from generate_series(1, 6) g;
  `);
  await client.end();
  cube = await startCube({
    databaseUrl: db.url,
    port: 0,
    jwtSecret: SECRET,
    schemaPath,
    refreshSeconds: false,
    policies,
    sessionCheckSeconds: false,
    tls,
  });
}, 120_000);

afterAll(async () => {
  await cube?.stop();
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Cube over TLS', () => {
  it('serves its REST API over HTTPS on loopback, answering /load with the caller’s token', async () => {
    expect(cube.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const bearer = await new SignJWT({ role: 'HR', employeeId: null, departmentId: null, scopes: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    const query = JSON.stringify({ query: { measures: ['fixture_scores.score_sum'] } });
    let answer: Answer;
    do {
      answer = await post(
        `${cube.url}/cubejs-api/v1/load`,
        query,
        { authorization: `Bearer ${bearer}` },
        tls.cert,
      );
    } while (answer.body.includes('Continue wait'));
    expect(answer.status).toBe(200);
    expect(Number(JSON.parse(answer.body).data[0]['fixture_scores.score_sum'])).toBe(60);
  });

  it('refuses plain HTTP and clients that do not trust the certificate', async () => {
    const plain = cube.url.replace('https:', 'http:');
    // The TLS server answers a plain-text request with a TLS alert or a reset, never with data.
    const refused = await post(`${plain}/livez`, '', {}).then(
      (a) => a.status,
      () => 'refused',
    );
    expect(refused === 'refused' || refused === 400).toBe(true);
    await expect(post(`${cube.url}/livez`, '', {})).rejects.toThrow(/self[- ]signed|certificate/i);
  });
});
