import { companyChecksum } from './checksum';
import type { GenerationReport } from './generate';
const r = {} as GenerationReport;
const t0 = performance.now();
console.log(companyChecksum({ employees: Number(process.argv[2] ?? 300), seed: 42 }, r));
console.log(Math.round(performance.now() - t0), 'ms');
console.log(JSON.stringify(r, null, 1));
