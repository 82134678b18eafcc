import { Employee } from '@talentloop/db/entities';
import type { Context } from '../../context';

/**
 * Names of employees, unscoped on purpose and limited to the name column: who teaches a course
 * or whom someone reports to is directory information, while the person's archive (and every
 * other column) stays behind the row scope.
 */
export function employeeNames(ctx: Pick<Context, 'em' | 'loaders'>) {
  return ctx.loaders.custom<number, string | null>('employeeName', async (ids) => {
    const rows = await ctx.em.find(Employee, { id: { $in: [...ids] } }, { filters: false, fields: ['name'] });
    const names = new Map(rows.map((e) => [e.id, e.name]));
    return ids.map((id) => names.get(id) ?? null);
  });
}
