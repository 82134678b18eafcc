import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { clearToken, decodeToken, getToken, type Role, setToken, type TokenClaims } from './session';

/** Why the last session ended without the user signing out (the API's UNAUTHENTICATED reason). */
export type SessionEnd = 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'TOKEN_INVALID';

export interface AuthState {
  token: string | null;
  claims: TokenClaims | null;
  role: Role | undefined;
  /** Set when the session ended by itself; the login page says so. */
  ended: SessionEnd | null;
  signIn(token: string): void;
  signOut(): void;
  /** The API refused the token (or it ran out): drop it and remember why. */
  expire(reason: SessionEnd): void;
}

const AuthContext = createContext<AuthState | null>(null);

function initialSession(): { token: string | null; ended: SessionEnd | null } {
  const stored = getToken();
  if (!stored) return { token: null, ended: null };
  if (decodeToken(stored)) return { token: stored, ended: null };
  // A token that is there but no longer valid ran out while the tab was closed.
  clearToken();
  return { token: null, ended: 'TOKEN_EXPIRED' };
}

/**
 * The session is the token: its claims (role, employeeId, departmentId) are enough to route,
 * and the API re-checks them on every request, so a forged role only earns FORBIDDEN errors.
 * No Apollo here: the login page renders before the GraphQL client is downloaded, and the
 * signed-in area builds a fresh client per token (layout/SignedInRoot.tsx), so one user never
 * sees another's cached rows.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(initialSession);
  const { token, ended } = session;
  const claims = useMemo(() => (token ? decodeToken(token) : null), [token]);

  const signIn = useCallback((next: string) => {
    setToken(next);
    setSession({ token: next, ended: null });
  }, []);
  const signOut = useCallback(() => {
    clearToken();
    setSession({ token: null, ended: null });
  }, []);
  const expire = useCallback((reason: SessionEnd) => {
    clearToken();
    setSession((s) => (s.token ? { token: null, ended: reason } : s));
  }, []);

  // Leave when the token runs out rather than on the next refused request.
  useEffect(() => {
    if (!claims?.exp) return undefined;
    const ms = claims.exp * 1000 - Date.now();
    // setTimeout overflows past ~24.8 days; such a session is re-checked on the next load.
    if (ms > 2 ** 31 - 1) return undefined;
    const timer = setTimeout(() => expire('TOKEN_EXPIRED'), Math.max(0, ms));
    return () => clearTimeout(timer);
  }, [claims, expire]);

  const value = useMemo<AuthState>(
    () => ({ token, claims, role: claims?.role, ended, signIn, signOut, expire }),
    [token, claims, ended, signIn, signOut, expire],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
