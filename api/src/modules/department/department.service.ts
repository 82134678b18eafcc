import type { EntityManager } from '@mikro-orm/core';
import { Department } from '@talentloop/db/entities';

/** Departments are reference data (not row-scoped): everyone may see the org chart. */
export function listDepartmentRoots(em: EntityManager, rootId: number | null): Promise<Department[]> {
  return rootId === null
    ? em.find(Department, { parent: null }, { orderBy: { code: 'asc' } })
    : em.find(Department, { id: rootId });
}
