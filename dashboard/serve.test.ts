import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DashboardServer, graphqlTarget, serveDashboard } from './serve';

describe('graphqlTarget', () => {
  it('maps /graphql onto the API URL with or without a /graphql path', () => {
    expect(graphqlTarget('http://127.0.0.1:4000', '/graphql?x=1').href).toBe(
      'http://127.0.0.1:4000/graphql?x=1',
    );
    expect(graphqlTarget('http://127.0.0.1:4000/graphql', '/graphql').href).toBe(
      'http://127.0.0.1:4000/graphql',
    );
    expect(graphqlTarget('http://127.0.0.1:4000/api/', '/graphql').href).toBe(
      'http://127.0.0.1:4000/api/graphql',
    );
  });
});

/** A raw GET (fetch would decode the body): status, headers and the bytes as sent. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolvePromise, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('serveDashboard', () => {
  let dist: string;
  let api: Server;
  let dashboard: DashboardServer;
  const seen: Array<{ method?: string; url?: string; auth?: string; body: string }> = [];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'tl-dashboard-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app-abc.js'), 'console.log(1)');
    // A large script the build precompressed, and a stylesheet it did not.
    writeFileSync(join(dist, 'assets', 'big-abc.js'), BIG_JS);
    writeFileSync(join(dist, 'assets', 'big-abc.js.br'), brotliCompressSync(BIG_JS));
    writeFileSync(join(dist, 'assets', 'plain-abc.css'), BIG_CSS);
    mkdirSync(join(dist, '.vite'));
    writeFileSync(join(dist, '.vite', 'manifest.json'), '{"secret":true}');
    api = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
      });
    });
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', () => r()));
    const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    dashboard = await serveDashboard({ port: 0, apiUrl, distDir: dist });
  });

  const BIG_JS = 'export const rows = [' + '{"a":1,"b":"text"},'.repeat(500) + '];';
  const BIG_CSS = '.card { padding: 12px; margin: 4px; }\n'.repeat(200);

  afterAll(async () => {
    await dashboard?.stop();
    await new Promise<void>((r) => api.close(() => r()));
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves hashed assets with a long cache and the right type', async () => {
    const res = await fetch(`${dashboard.url}/assets/app-abc.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers client-side routes with index.html, but 404s missing assets', async () => {
    const page = await fetch(`${dashboard.url}/archive/12`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="root"');
    expect((await fetch(`${dashboard.url}/assets/missing.js`)).status).toBe(404);
  });

  it('does not serve files outside dist', async () => {
    const res = await fetch(`${dashboard.url}/..%2f..%2fetc%2fpasswd`);
    expect(await res.text()).not.toContain('root:');
  });

  it('proxies /graphql with method, body and authorization', async () => {
    const res = await fetch(`${dashboard.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t0ken' },
      body: '{"query":"{ ok }"}',
    });
    expect(await res.json()).toEqual({ data: { ok: true } });
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      url: '/graphql',
      auth: 'Bearer t0ken',
      body: '{"query":"{ ok }"}',
    });
  });

  it('turns an unreachable API into a 502 GraphQL error', async () => {
    const down = await serveDashboard({ port: 0, apiUrl: 'http://127.0.0.1:1', distDir: dist });
    try {
      const res = await fetch(`${down.url}/graphql`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(502);
      expect(((await res.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe(
        'The API is unreachable',
      );
    } finally {
      await down.stop();
    }
  });

  it('sends the precompressed Brotli file when the browser accepts br', async () => {
    const res = await rawGet(`${dashboard.url}/assets/big-abc.js`, {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('accept-encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(BIG_JS.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(BIG_JS);
  });

  it('compresses on the fly what the build did not precompress, and nothing for identity', async () => {
    const gz = await rawGet(`${dashboard.url}/assets/plain-abc.css`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(BIG_CSS);
    const br = await rawGet(`${dashboard.url}/assets/big-abc.js`, { 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(br.body).toString()).toBe(BIG_JS);
    const plain = await rawGet(`${dashboard.url}/assets/big-abc.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG_JS);
  });

  it('revalidates index.html with its ETag (304) and never caches it for long', async () => {
    const first = await rawGet(`${dashboard.url}/overview`);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await rawGet(`${dashboard.url}/overview`, { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('does not serve dot-files from dist (the build manifest)', async () => {
    const res = await rawGet(`${dashboard.url}/.vite/manifest.json`);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('secret');
  });
});
