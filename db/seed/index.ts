// The synthetic-company generator: `seed(url, …)` loads it, `isEmpty(url)` guards re-seeding.
export { seed, isEmpty, SeedError, type SeedOptions, type SeedSummary } from './load';
export { generateCompany, type Chunk, type GenerateOptions, type GenerationReport } from './generate';
export { companyChecksum } from './checksum';
export { APPENDED_FIXTURES, FIXTURES, KPI_MODEL, PLANTED, MIN_EMPLOYEES, MONTHS, TODAY } from './truth';
