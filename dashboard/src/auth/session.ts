/** The JWT lives in localStorage so a reload keeps the user signed in (demo app, no refresh tokens). */
const TOKEN_KEY = 'talentloop.token';

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string): void {
  localStorage.setItem(TOKEN_KEY, token);
}

export function clearToken(): void {
  localStorage.removeItem(TOKEN_KEY);
}

/** Claims the API puts in the token (TEAM.md): enough to route before `me` answers. */
export interface TokenClaims {
  sub: string | number;
  role: Role;
  employeeId: number | null;
  departmentId: number | null;
  scopes: string[];
  username?: string;
  exp?: number;
}

export type Role = 'EMPLOYEE' | 'MANAGER' | 'HR' | 'EXECUTIVE' | 'INTEGRATION';

export function decodeToken(token: string): TokenClaims | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(decodeURIComponent(escape(json))) as TokenClaims;
    if (claims.exp !== undefined && claims.exp * 1000 < Date.now()) return null;
    return claims;
  } catch {
    return null;
  }
}
