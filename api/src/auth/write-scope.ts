import type { EntityManager } from '@mikro-orm/core';
import { Department } from '@talentloop/db/entities';
import { forbidden } from '../common/errors';
import { Role, type Viewer } from './viewer';

// Where a writer may write — the one rule, for every write path (docs/api.md "Authentication"):
// HR and an INTEGRATION token without a `departmentId` claim write anywhere, company-wide data
// included (course KPI bindings, career paths, award campaigns, company-wide master data,
// webhook subscriptions); a token with a `departmentId` writes inside that department's subtree
// only, and never company-wide data. (Which roles may call a mutation at all is @Authorized's.)

/** The department whose subtree bounds the writer's writes; null = no limit (company-wide). */
export function writeLimit(viewer: Viewer): number | null {
  return viewer.role === Role.HR ? null : viewer.departmentId;
}

/** FORBIDDEN with `message` (the data named) unless the writer may write company-wide data. */
export function assertCompanyWideWriter(viewer: Viewer, message: string): void {
  if (writeLimit(viewer) !== null) throw forbidden(message);
}

/** The department path prefix a writer may change; null = anywhere. */
export async function writePrefix(em: EntityManager, viewer: Viewer): Promise<string | null> {
  const limit = writeLimit(viewer);
  if (limit === null) return null;
  const department = await em.findOne(Department, limit, { fields: ['path'], filters: false });
  // A limit naming no department lets nothing through (fail closed).
  return department?.path ?? '\u0000';
}
