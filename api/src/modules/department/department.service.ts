import type { EntityManager } from '@mikro-orm/core';
import { Department } from '@talentloop/db/entities';
import { badInput } from '../../common/errors';
import { parseGlobalId } from '../../common/relay';

/** Departments are reference data (not row-scoped): everyone may see the org chart. */
export function listDepartmentRoots(em: EntityManager, rootId: number | null): Promise<Department[]> {
  return rootId === null
    ? em.find(Department, { parent: null }, { orderBy: { code: 'asc' } })
    : em.find(Department, { id: rootId });
}

/**
 * The materialised path ('/1/4/') of a department named by its global id in argument `field`:
 * "this department and everything under it" filters use it as a prefix.
 */
export async function departmentPathOf(em: EntityManager, globalId: string, field: string): Promise<string> {
  const id = parseGlobalId(globalId, 'Department', field);
  const department = await em.findOne(Department, id, { fields: ['path'] });
  if (!department) throw badInput({ field, message: 'no such department' });
  return department.path;
}
