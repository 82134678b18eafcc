import { seed } from '@talentloop/db/seed';
const t0 = Date.now();
console.log(await seed(process.argv[2], { employees: Number(process.argv[3]), seed: 42 }));
console.log('ms', Date.now() - t0);
