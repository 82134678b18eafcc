/* global process, URL -- Node.js globals in a plain ESM loader file */
// Runs TypeScript sources directly with SWC, which (unlike esbuild/tsx) emits decorator
// metadata — MikroORM and type-graphql read parameter and property types from it.
import 'reflect-metadata';
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

process.env.SWC_NODE_PROJECT ??= fileURLToPath(new URL('../tsconfig.json', import.meta.url));
register('@swc-node/register/esm', pathToFileURL('./'));
