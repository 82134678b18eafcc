import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC (not esbuild) so decorator metadata is emitted for MikroORM and type-graphql.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module). Node — and so every externalised dependency
    // (type-graphql, @apollo/server, graphql-scalars) — loads the CJS build, while Vite would
    // give source files the ESM build: two graphql instances, so `instanceof GraphQLError` /
    // GraphQLScalarType checks fail (errors lose their codes, custom scalars are rejected).
    // Point source files at the CJS build too: one instance, as in production. (API helper)
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    setupFiles: ['reflect-metadata'],
    include: ['{rules,api,db,semantic,test,dashboard}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    // Two cores: each file may start its own embedded PostgreSQL (PGlite) instance.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
