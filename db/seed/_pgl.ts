import { startEmbeddedDatabase } from '../src/embedded';
import { migrate } from '../src/migrate';
import { seed, isEmpty } from './index';
const db = await startEmbeddedDatabase({ port: 0 });
let t = performance.now();
await migrate(db.url);
console.log('migrate', Math.round(performance.now() - t));
console.log('empty', await isEmpty(db.url));
t = performance.now();
const s = await seed(db.url, { employees: Number(process.argv[2] ?? 300), seed: 42 });
console.log('seed', Math.round(performance.now() - t), s.method, s.elapsedMs, JSON.stringify(s.counts));
console.log('empty', await isEmpty(db.url));
try { await seed(db.url, { employees: 300, seed: 42 }); } catch (e) { console.log('refused:', (e as Error).message); }
t = performance.now();
await seed(db.url, { employees: 300, seed: 43, reset: true });
console.log('reseed', Math.round(performance.now() - t));
await db.close();
