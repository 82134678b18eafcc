import { unauthenticated } from '../common/errors';
import type { Viewer } from './viewer';

/** What decides whether a login's tokens still work: app_user.active and app_user.token_version. */
export interface LoginState {
  active: boolean;
  tokenVersion: number;
}

/** Reads one login's state; null when the login no longer exists (deleted). */
export type LoginLookup = (userId: number) => Promise<LoginState | null>;

/** Entries kept at most; beyond it the oldest is dropped (a cache, not a registry of logins). */
const MAX_ENTRIES = 10_000;

/**
 * Revocation without rotating the signing secret. A token carries the login's token_version at
 * issue time (`ver`); it is refused once the login is deactivated, deleted, or its version was
 * bumped (HR's `revokeSessions`). The login's state is cached for `ttlMs`, so a revocation
 * takes effect within that time on every API instance while an active user costs one
 * primary-key lookup per TTL, not one per request. Cube runs the same check
 * (semantic/src/revocation.ts) against the same columns.
 */
export class SessionCheck {
  private readonly cache = new Map<number, { at: number; state: Promise<LoginState | null> }>();

  constructor(
    private readonly lookup: LoginLookup,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws UNAUTHENTICATED / TOKEN_REVOKED when the viewer's token is no longer valid. */
  async assertCurrent(viewer: Viewer): Promise<void> {
    const state = await this.stateOf(viewer.userId);
    if (!state || !state.active || (viewer.tokenVersion ?? 0) < state.tokenVersion) {
      throw unauthenticated('The session has been revoked: sign in again', 'TOKEN_REVOKED');
    }
  }

  /** Drops the cached state of a login (this instance sees its own revocations at once). */
  forget(userId: number): void {
    this.cache.delete(userId);
  }

  private stateOf(userId: number): Promise<LoginState | null> {
    const hit = this.cache.get(userId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.state;
    // Concurrent requests of one login share one lookup; a failed lookup is not cached.
    const state = this.lookup(userId);
    state.catch(() => this.cache.delete(userId));
    this.cache.delete(userId);
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(userId, { at: this.now(), state });
    return state;
  }
}

/** The lookup over any SQL executor (the ORM's connection on the API side). */
export function sqlLoginLookup(
  execute: (sql: string, params: unknown[]) => Promise<{ active: boolean; token_version: number }[]>,
): LoginLookup {
  return async (userId) => {
    const [row] = await execute('select active, token_version from app_user where id = ?', [userId]);
    return row ? { active: row.active, tokenVersion: Number(row.token_version) } : null;
  };
}
