import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The dev server proxies the one GraphQL endpoint, so the app always talks to a same-origin
// `/graphql` — exactly what serve.ts does in production; no CORS, no API URL baked into the bundle.
const apiUrl = process.env.TALENTLOOP_API_URL ?? 'http://127.0.0.1:4000';

/** Text assets worth compressing; tiny files cost more in headers than they save. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
const MIN_BYTES = 512;

/**
 * Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) next to every compressible file of
 * the build, so serve.ts sends the smallest encoding the browser accepts without compressing on
 * each request — the slow, strong settings are paid once, at build time.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'talentloop:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const content = readFileSync(file);
        if (content.length < MIN_BYTES) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * Long-lived vendor chunks, so an app change does not re-download ECharts. Apollo and its
 * helpers (optimism, @wry, tslib…) are one group: they load with the first signed-in page, not
 * with the login page (App.tsx keeps them out of the entry's static imports).
 */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/[\\/](echarts|zrender)[\\/]/.test(id)) return 'echarts';
  if (/[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|ts-invariant|zen-observable|graphql-tag)[\\/]/.test(id))
    return 'apollo';
  if (id.includes('i18next')) return 'i18n';
  // zod comes with @talentloop/rules' schemas (the rule forms): signed-in pages only, never the login.
  if (/[\\/]zod[\\/]/.test(id)) return 'zod';
  return 'react';
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: Number(process.env.DASHBOARD_PORT ?? 5173),
    proxy: { '/graphql': { target: new URL(apiUrl).origin, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
});
