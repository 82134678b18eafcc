import { AccessError, type SecurityContext } from './security';

/** A login's state as stored by the API (app_user.active, app_user.token_version). */
interface LoginRow {
  active: boolean;
  token_version: number;
}

export type LoginQuery = (userId: number) => Promise<LoginRow | undefined>;

/** Entries kept at most; beyond it the oldest is dropped. */
const MAX_ENTRIES = 10_000;

/**
 * Cube's half of session revocation (the API's is api/src/auth/sessions.ts, on the same
 * columns): a token is refused with 401 once its login is deactivated, deleted, or its
 * token_version moved past the token's `ver`. The login's state is cached for `ttlMs`, so a
 * revocation reaches Cube within that time without rotating the shared secret.
 */
export function createSessionCheck(
  query: LoginQuery,
  ttlMs: number,
  now: () => number = Date.now,
): (ctx: SecurityContext) => Promise<void> {
  const cache = new Map<number, { at: number; row: Promise<LoginRow | undefined> }>();
  const stateOf = (userId: number) => {
    const hit = cache.get(userId);
    if (hit && now() - hit.at < ttlMs) return hit.row;
    const row = query(userId);
    row.catch(() => cache.delete(userId));
    cache.delete(userId);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(userId, { at: now(), row });
    return row;
  };
  return async (ctx) => {
    const row = await stateOf(Number(ctx.sub));
    if (!row || !row.active || (ctx.tokenVersion ?? 0) < Number(row.token_version)) {
      throw new AccessError(401, 'TOKEN_REVOKED: the session has been revoked, sign in again');
    }
  };
}
