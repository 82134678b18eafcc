import type { EntityManager } from '@mikro-orm/core';
import { AppUser, Employee } from '@talentloop/db/entities';
import { signToken } from '../../auth/token';
import { Role, type Viewer } from '../../auth/viewer';
import { badInput, forbidden, notFound } from '../../common/errors';
import { inTransaction, recordAudit } from '../audit/audit.service';

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
    tokenVersion: user.tokenVersion,
  };
}

export interface LoginSessionState {
  userId: number;
  active: boolean;
  tokenVersion: number;
}

/**
 * Ends every session of a login: bumps its token_version, so each token issued before is
 * refused (TOKEN_REVOKED) by the API and Cube once their short session cache expires.
 * `deactivate` also turns the login off, so no new token can be issued for it either.
 */
export async function revokeSessions(
  em: EntityManager,
  viewer: Viewer,
  userId: number,
  deactivate: boolean,
): Promise<LoginSessionState> {
  return inTransaction(em, async (tx) => {
    // Logins are not row-scoped (HR manages every login).
    const user = await tx.findOne(AppUser, userId, { filters: false });
    if (!user) throw notFound('Login', userId, 'userId');
    const before = { active: user.active, tokenVersion: user.tokenVersion };
    user.tokenVersion += 1;
    if (deactivate) user.active = false;
    const after = { active: user.active, tokenVersion: user.tokenVersion };
    recordAudit(
      tx,
      viewer,
      deactivate ? 'appUser.deactivate' : 'appUser.revokeSessions',
      'AppUser',
      userId,
      before,
      after,
    );
    return { userId, ...after };
  });
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
