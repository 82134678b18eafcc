import type { EntityManager } from '@mikro-orm/core';
import { AppUser, Employee } from '@talentloop/db/entities';
import { signToken } from '../../auth/token';
import { Role, type Viewer } from '../../auth/viewer';
import { badInput, forbidden } from '../../common/errors';

/** The claims a login carries: role, its employee and that employee's department, scopes. */
export async function viewerForUser(em: EntityManager, username: string): Promise<Viewer | null> {
  // Logins are looked up without row scope: the caller is not authenticated yet.
  const user = await em.findOne(AppUser, { username, active: true }, { filters: false });
  if (!user) return null;
  const employee = user.employee
    ? await em.findOne(Employee, user.employee.id, { filters: false, fields: ['department'] })
    : null;
  return {
    userId: user.id,
    username: user.username,
    role: user.role as unknown as Role,
    employeeId: employee?.id ?? null,
    departmentId: employee ? employee.department.id : null,
    scopes: [...(user.scopes ?? [])],
  };
}

/**
 * Development convenience: a token for a demo login without a password. Refused outright in
 * production, whatever the caller sends.
 */
export async function devLogin(
  em: EntityManager,
  config: { NODE_ENV: string; JWT_SECRET: string },
  username: string,
): Promise<{ token: string; viewer: Viewer }> {
  if (config.NODE_ENV === 'production') throw forbidden('devLogin is disabled in production');
  const viewer = await viewerForUser(em, username);
  if (!viewer) throw badInput({ field: 'username', message: 'no active login with this username' });
  return { token: await signToken(viewer, config.JWT_SECRET), viewer };
}
