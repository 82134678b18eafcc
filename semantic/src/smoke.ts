// Temporary smoke script (deleted before hand-off).
import { fileURLToPath } from 'node:url';
import { startCube } from './server';
const url = process.argv[2];
const t0 = Date.now();
const cube = await startCube({ databaseUrl: url, port: 0, jwtSecret: 'x'.repeat(40), schemaPath: fileURLToPath(new URL('./__fixtures__/model', import.meta.url)), refreshSeconds: 5 });
console.log('started', cube.url, Date.now() - t0);
const r = await fetch(`${cube.url}/readyz`); console.log('readyz', r.status);
await new Promise((r) => setTimeout(r, 7000));
await cube.stop();
console.log('stopped', Date.now() - t0);
const h = (process as any)._getActiveHandles(); console.log('handles', h.map((x: any) => x.constructor.name));
