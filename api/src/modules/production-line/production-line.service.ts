import type { EntityManager } from '@mikro-orm/core';
import { Department, ProductionLine } from '@talentloop/db/entities';
import { scopeFor } from '../../auth/scope.filter';
import type { Viewer } from '../../auth/viewer';

/**
 * Production lines the viewer may see, by code: everyone with a company-wide scope sees all;
 * a manager or a department-limited token the lines owned inside its subtree; an employee the
 * lines of their own department. Lines are not person-owned rows, so the scope is applied here
 * from the same scopeFor() the row filter uses.
 */
export async function listProductionLines(
  em: EntityManager,
  viewer: Viewer | null,
  filter: { departmentId?: number | null; active?: boolean | null },
): Promise<ProductionLine[]> {
  const scope = scopeFor(viewer);
  const where: Record<string, unknown> = {};
  if (filter.active != null) where.active = filter.active;
  const paths: string[] = [];
  if (scope.kind === 'none') return [];
  if (scope.kind === 'subtree' || (scope.kind === 'self' && viewer?.departmentId != null)) {
    const own = await em.findOne(Department, scope.departmentId ?? viewer!.departmentId!, {
      fields: ['path'],
    });
    if (!own) return [];
    paths.push(scope.kind === 'self' ? own.path : `${own.path}%`);
  } else if (scope.kind === 'self') return [];
  if (filter.departmentId != null) {
    const dept = await em.findOne(Department, filter.departmentId, { fields: ['path'] });
    if (!dept) return [];
    paths.push(`${dept.path}%`);
  }
  if (paths.length)
    where.$and = paths.map((p) => ({ department: { path: p.endsWith('%') ? { $like: p } : p } }));
  return em.find(ProductionLine, where, { orderBy: { code: 'asc', id: 'asc' } });
}
