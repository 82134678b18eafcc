import { useApolloClient } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { clearToken, decodeToken, getToken, type Role, setToken, type TokenClaims } from './session';

export interface AuthState {
  token: string | null;
  claims: TokenClaims | null;
  role: Role | undefined;
  signIn(token: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/**
 * The session is the token: its claims (role, employeeId, departmentId) are enough to route,
 * and the API re-checks them on every request, so a forged role only earns FORBIDDEN errors.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setTokenState] = useState<string | null>(() => {
    const stored = getToken();
    if (stored && !decodeToken(stored)) {
      clearToken();
      return null;
    }
    return stored;
  });
  const claims = useMemo(() => (token ? decodeToken(token) : null), [token]);

  const signIn = useCallback(
    async (next: string) => {
      setToken(next);
      // A different user must never see the previous user's cached rows.
      await client.clearStore();
      setTokenState(next);
    },
    [client],
  );
  const signOut = useCallback(async () => {
    clearToken();
    setTokenState(null);
    await client.clearStore();
  }, [client]);

  const value = useMemo<AuthState>(
    () => ({ token, claims, role: claims?.role, signIn, signOut }),
    [token, claims, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
