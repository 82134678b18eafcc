/**
 * Prints the production bundle's files with raw and gzip sizes as a Markdown table
 * (`node --import ../scripts/register.mjs bundle-report.ts` after `vite build`); the figures in
 * docs/dashboard.md come from it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function bundleReport(): {
  rows: Array<{ file: string; bytes: number; gzip: number }>;
  total: { bytes: number; gzip: number };
} {
  const rows = walk(dist)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => {
      const content = readFileSync(f);
      return { file: relative(dist, f), bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
  const total = rows.reduce((s, r) => ({ bytes: s.bytes + r.bytes, gzip: s.gzip + r.gzip }), {
    bytes: 0,
    gzip: 0,
  });
  return { rows, total };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, total } = bundleReport();
  console.log('| file | size | gzip |\n|---|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.file.replace(/-[A-Za-z0-9_-]{8}\./, '-[hash].')} | ${kb(r.bytes)} | ${kb(r.gzip)} |`);
  console.log(`| **total** | **${kb(total.bytes)}** | **${kb(total.gzip)}** |`);
}
