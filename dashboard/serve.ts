/**
 * Production server for the dashboard: static files from dist/ plus a proxy for `/graphql`,
 * with node:http only — `pnpm start` and the browser tests need no extra dependency, and the
 * app keeps talking to a same-origin `/graphql` exactly as under Vite's dev proxy. Static files
 * go out Brotli- or gzip-encoded (precompressed by the build), hashed assets cached for a year;
 * GraphQL answers pass through as the API encoded them (it compresses on its own).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createBrotliCompress, createGzip, constants as zlibConstants } from 'node:zlib';
// One Accept-Encoding negotiation for the API's answers and the dashboard's files.
import { acceptedEncoding, type Encoding } from '../api/src/common/compression';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(here, 'dist');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// Hop-by-hop headers are per connection and must not be forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

export interface ServeDashboardOptions {
  /** 0 picks a free port. */
  port: number;
  /** The API's base URL, e.g. http://127.0.0.1:4000 or http://127.0.0.1:4000/graphql. */
  apiUrl: string;
  host?: string;
  distDir?: string;
  /** Extra trusted certificate for an HTTPS API (the configured TLS_CERT_FILE, self-signed too). */
  apiCa?: Buffer;
}

export interface DashboardServer {
  url: string;
  stop(): Promise<void>;
}

/** `/graphql?x` → the API's GraphQL URL (keeps a path already ending in /graphql). */
export function graphqlTarget(apiUrl: string, requestUrl: string): URL {
  const base = new URL(apiUrl);
  const incoming = new URL(requestUrl, 'http://dashboard.local');
  const basePath = base.pathname.replace(/\/+$/, '');
  const path = basePath.endsWith('/graphql')
    ? basePath + incoming.pathname.slice('/graphql'.length)
    : basePath + incoming.pathname;
  return new URL(path + incoming.search, base.origin);
}

function proxy(req: IncomingMessage, res: ServerResponse, apiUrl: string, ca?: Buffer): void {
  const target = graphqlTarget(apiUrl, req.url ?? '/graphql');
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  headers.host = target.host;
  const forwarded = req.socket.remoteAddress;
  if (forwarded) headers['x-forwarded-for'] = forwarded;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(target, { method: req.method, headers, ...(ca ? { ca } : {}) }, (answer) => {
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
    }
    res.writeHead(answer.statusCode ?? 502, out);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    // The API is down or restarting: a GraphQL-shaped error the app shows as "server unreachable".
    if (!res.headersSent) {
      res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          errors: [{ message: 'The API is unreachable', extensions: { code: 'BAD_GATEWAY' } }],
        }),
      );
    } else {
      res.destroy();
    }
  });
  req.pipe(upstream);
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);
/** Below this, compression costs more (headers, CPU) than it saves. */
const MIN_COMPRESS_BYTES = 512;

function compressor(encoding: Exclude<Encoding, 'identity'>, size: number): Transform {
  // On the fly (a file the build did not precompress): fast settings, the build uses strong ones.
  return encoding === 'br'
    ? createBrotliCompress({
        params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: size },
      })
    : createGzip({ level: 6 });
}

async function resolveFile(
  pathname: string,
  distDir: string,
): Promise<{ file: string; size: number; mtimeMs: number } | 'not-found' | 'not-built'> {
  const root = resolve(distDir);
  const candidate = resolve(join(root, normalize(pathname)));
  // Never serve outside dist/ (e.g. /../../etc/passwd), nor dot-files inside it (.vite/…).
  const inside = (candidate === root || candidate.startsWith(root + sep)) && !/[\\/]\./.test(pathname);
  const info = inside ? await stat(candidate).catch(() => null) : null;
  if (info && !info.isDirectory()) return { file: candidate, size: info.size, mtimeMs: info.mtimeMs };
  if (pathname.startsWith('/assets/') || extname(pathname) !== '') return 'not-found';
  // Client-side routes (/overview, /archive/12 …) all get the SPA's index.html.
  const index = join(root, 'index.html');
  const indexInfo = await stat(index).catch(() => null);
  return indexInfo ? { file: index, size: indexInfo.size, mtimeMs: indexInfo.mtimeMs } : 'not-built';
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, distDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://dashboard.local').pathname);
  const found = await resolveFile(pathname, distDir);
  if (found === 'not-found') {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  if (found === 'not-built') {
    res
      .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      .end('The dashboard has not been built (pnpm --filter @talentloop/dashboard build)');
    return;
  }
  const { file } = found;
  const ext = extname(file);
  const hashed = pathname.startsWith('/assets/');
  const headers: Record<string, string | number> = {
    'content-type': MIME[ext] ?? 'application/octet-stream',
    // Hashed asset names never change content; index.html must always be revalidated.
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  const compressible = COMPRESSIBLE.has(ext);
  if (compressible) headers.vary = 'accept-encoding';
  // Revalidation of index.html (and anything unhashed) answers 304 without a body.
  const etag = `W/"${found.size.toString(16)}-${Math.floor(found.mtimeMs).toString(16)}"`;
  headers.etag = etag;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const encoding =
    compressible && found.size >= MIN_COMPRESS_BYTES
      ? acceptedEncoding(req.headers['accept-encoding'])
      : 'identity';
  let body: Readable;
  if (encoding === 'identity') {
    headers['content-length'] = found.size;
    body = createReadStream(file);
  } else {
    headers['content-encoding'] = encoding;
    // The build writes <file>.br and <file>.gz (vite.config.ts); compress on the fly otherwise.
    const precompressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    const pre = await stat(precompressed).catch(() => null);
    if (pre && pre.mtimeMs >= found.mtimeMs) {
      headers['content-length'] = pre.size;
      body = createReadStream(precompressed);
    } else {
      body = createReadStream(file).pipe(compressor(encoding, found.size));
    }
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    body.destroy();
    res.end();
    return;
  }
  body.on('error', () => res.destroy());
  body.pipe(res);
}

export async function serveDashboard(options: ServeDashboardOptions): Promise<DashboardServer> {
  const { port, apiUrl, host = '127.0.0.1', distDir = DIST_DIR, apiCa } = options;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      proxy(req, res, apiUrl, apiCa);
      return;
    }
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    serveStatic(req, res, distDir).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    stop: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

/** Newest modification time under `path` (file or folder), ignoring node_modules and dist. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when dist/ is missing or older than any source file. */
export function dashboardIsStale(): boolean {
  const built = join(DIST_DIR, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json', 'public'].map((p) =>
    newestMtime(join(here, p)),
  );
  return Math.max(...sources) > statSync(built).mtimeMs;
}

/**
 * Builds the production bundle when it is missing or out of date, so `pnpm start` right after
 * `pnpm install` (or after an edit) serves the current app. Runs Vite in a child process so
 * its plugins and memory stay out of the server process.
 */
export async function buildDashboardIfStale(
  options: { force?: boolean; quiet?: boolean } = {},
): Promise<{ built: boolean }> {
  if (!options.force && !dashboardIsStale()) return { built: false };
  const vite = join(here, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!options.quiet) console.log('Building the dashboard (vite build)…');
  await new Promise<void>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: here,
      stdio: options.quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`dashboard build failed (vite exited with ${code})`)),
    );
  });
  return { built: true };
}

/** Reads the built index.html — used by tests to check the server answers with the app. */
export async function builtIndexHtml(): Promise<string> {
  return readFile(join(DIST_DIR, 'index.html'), 'utf8');
}
