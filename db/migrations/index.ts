import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127182005 } from './Migration20261127182005';
import { Migration20261127190000 } from './Migration20261127190000';
import { Migration20261127213000 } from './Migration20261127213000';
import { Migration20261207034500 } from './Migration20261207034500';
import { Migration20261207035000 } from './Migration20261207035000';
import { Migration20261207041100 } from './Migration20261207041100';
import { Migration20261207042742 } from './Migration20261207042742';
import { Migration20261207062802 } from './Migration20261207062802';
import { Migration20261207063000 } from './Migration20261207063000';
import { Migration20261207064500 } from './Migration20261207064500';
import { Migration20261207180000 } from './Migration20261207180000';
import { Migration20261207181000 } from './Migration20261207181000';
import { Migration20261207182000 } from './Migration20261207182000';

// Every migration, in order. MikroORM loads this list instead of scanning the folder (its
// scanner uses a native import() of .ts files, which vitest does not transform). Adding a
// migration file? Append it here — db/src/entities/schema.test.ts fails if one is missing.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127182005', class: Migration20261127182005 },
  { name: 'Migration20261127190000', class: Migration20261127190000 },
  { name: 'Migration20261127213000', class: Migration20261127213000 },
  { name: 'Migration20261207034500', class: Migration20261207034500 },
  { name: 'Migration20261207035000', class: Migration20261207035000 },
  { name: 'Migration20261207041100', class: Migration20261207041100 },
  { name: 'Migration20261207042742', class: Migration20261207042742 },
  { name: 'Migration20261207062802', class: Migration20261207062802 },
  { name: 'Migration20261207063000', class: Migration20261207063000 },
  { name: 'Migration20261207064500', class: Migration20261207064500 },
  { name: 'Migration20261207180000', class: Migration20261207180000 },
  { name: 'Migration20261207181000', class: Migration20261207181000 },
  { name: 'Migration20261207182000', class: Migration20261207182000 },
];
