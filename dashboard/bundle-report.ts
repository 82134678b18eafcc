/**
 * Prints the production bundle's files with raw, gzip and Brotli sizes as a Markdown table, and
 * the first load — what a signed-out visitor downloads before the login page renders
 * (`node --import ../scripts/register.mjs bundle-report.ts` after `vite build`). The figures in
 * README.md and docs/dashboard.md come from it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = join(dirname(fileURLToPath(import.meta.url)), 'dist');

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function sizeOf(dist: string, path: string): FileSize {
  const content = readFileSync(path);
  return {
    file: relative(dist, path),
    bytes: content.length,
    // The same settings as the precompressed files the build writes (vite.config.ts).
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function sum(rows: FileSize[]): Omit<FileSize, 'file'> {
  return rows.reduce(
    (s, r) => ({ bytes: s.bytes + r.bytes, gzip: s.gzip + r.gzip, brotli: s.brotli + r.brotli }),
    {
      bytes: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

export function bundleReport(dist = DIST): { rows: FileSize[]; total: Omit<FileSize, 'file'> } {
  const rows = walk(dist)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => sizeOf(dist, f))
    .sort((a, b) => b.bytes - a.bytes);
  return { rows, total: sum(rows) };
}

/**
 * The files a signed-out visitor fetches before the login page renders: what index.html names
 * (the entry script, its modulepreloaded static imports, the stylesheets) plus the default
 * language's strings (zh-CN, a lazy chunk the entry awaits). Route chunks are not part of it.
 */
export function firstLoad(dist = DIST): { rows: FileSize[]; total: Omit<FileSize, 'file'> } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g),
  ].map((m) => m[1]!);
  refs.push(
    ...readdirSync(join(dist, 'assets'))
      .filter((f) => /^zh-CN-[\w-]+\.js$/.test(f))
      .map((f) => `assets/${f}`),
  );
  const rows = [join(dist, 'index.html'), ...new Set(refs).values()].map((f) =>
    sizeOf(dist, f.startsWith(dist) ? f : join(dist, f)),
  );
  return { rows, total: sum(rows) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const name = (file: string) => file.replace(/-[A-Za-z0-9_-]{8}\./, '-[hash].');

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, total } = bundleReport();
  console.log('| file | size | gzip | brotli |\n|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${name(r.file)} | ${kb(r.bytes)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **total** | **${kb(total.bytes)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`);
  const first = firstLoad();
  console.log('\nFirst load (before sign-in):\n\n| file | size | gzip | brotli |\n|---|---:|---:|---:|');
  for (const r of first.rows)
    console.log(`| ${name(r.file)} | ${kb(r.bytes)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  const t = first.total;
  console.log(`| **first load** | **${kb(t.bytes)}** | **${kb(t.gzip)}** | **${kb(t.brotli)}** |`);
}
