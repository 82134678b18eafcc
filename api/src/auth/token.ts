import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { unauthenticated } from '../common/errors';
import { Role, type Viewer } from './viewer';

const ALGORITHM = 'HS256';
const ROLES = new Set<string>(Object.values(Role));

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export interface TokenClaims {
  sub: string;
  role: Role;
  employeeId: number | null;
  departmentId: number | null;
  scopes: string[];
  username?: string;
}

/**
 * Issues the HS256 token the API and Cube both verify. Claims are exactly what row scoping
 * needs, so neither service looks the user up per request.
 */
export async function signToken(viewer: Viewer, secret: string, expiresIn = '12h'): Promise<string> {
  return new SignJWT({
    role: viewer.role,
    employeeId: viewer.employeeId,
    departmentId: viewer.departmentId,
    scopes: viewer.scopes,
    ver: viewer.tokenVersion ?? 0,
    ...(viewer.username ? { username: viewer.username } : {}),
  })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(String(viewer.userId))
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(secret));
}

function optionalInt(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : NaN;
}

/**
 * Verified tokens, keyed by secret and token string: HS256 through WebCrypto cost ~7 % of the
 * API's CPU on a cheap read (docs/performance.md). Only successes are cached, each until the
 * token's own `exp` and for at most VERIFIED_TTL_MS, so an expired token is still refused on
 * time. Revocation is not affected: the session check (auth/sessions.ts) runs on every request
 * after this, with its own interval (SESSION_CHECK_SECONDS ≤ 60 s).
 */
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX = 1000;
const verified = new Map<string, { viewer: Viewer; until: number }>();

/** Verifies a bearer token and turns its claims into a Viewer; any defect → UNAUTHENTICATED. */
export async function verifyToken(token: string, secret: string): Promise<Viewer> {
  const cacheKey = `${secret}\u0000${token}`;
  const now = Date.now();
  const hit = verified.get(cacheKey);
  if (hit && hit.until > now) {
    // Re-inserted so the Map's insertion order stays least-recently-used first.
    verified.delete(cacheKey);
    verified.set(cacheKey, hit);
    return { ...hit.viewer, scopes: [...hit.viewer.scopes] };
  }
  if (hit) verified.delete(cacheKey);
  const { viewer, exp } = await verifyTokenUncached(token, secret);
  verified.set(cacheKey, { viewer, until: Math.min(exp * 1000, now + VERIFIED_TTL_MS) });
  if (verified.size > VERIFIED_MAX) verified.delete(verified.keys().next().value!);
  return { ...viewer, scopes: [...viewer.scopes] };
}

async function verifyTokenUncached(token: string, secret: string): Promise<{ viewer: Viewer; exp: number }> {
  let payload: Record<string, unknown>;
  try {
    // A token without `exp` would never expire and one without `sub` names no login that
    // could be revoked: both are refused, not defaulted.
    ({ payload } = await jwtVerify(token, key(secret), {
      algorithms: [ALGORITHM],
      requiredClaims: ['exp', 'sub'],
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired)
      throw unauthenticated('The access token has expired', 'TOKEN_EXPIRED');
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      const problem = error.reason === 'missing' ? 'lacks' : 'has an invalid';
      throw unauthenticated(`The access token ${problem} "${error.claim}" claim`, 'TOKEN_INVALID');
    }
    throw unauthenticated('The access token is invalid', 'TOKEN_INVALID');
  }
  const userId = Number(payload.sub);
  const tokenVersion = payload.ver === undefined ? 0 : Number(payload.ver);
  const employeeId = optionalInt(payload.employeeId);
  const departmentId = optionalInt(payload.departmentId);
  const scopes = Array.isArray(payload.scopes)
    ? payload.scopes.filter((s): s is string => typeof s === 'string')
    : [];
  if (
    !Number.isSafeInteger(userId) ||
    !Number.isSafeInteger(tokenVersion) ||
    typeof payload.role !== 'string' ||
    !ROLES.has(payload.role) ||
    Number.isNaN(employeeId) ||
    Number.isNaN(departmentId)
  ) {
    throw unauthenticated('The access token is missing required claims', 'TOKEN_INVALID');
  }
  const role = payload.role as Role;
  // Scoping depends on these claims; a token that cannot be scoped is not accepted.
  if ((role === Role.EMPLOYEE || role === Role.MANAGER) && employeeId === null) {
    throw unauthenticated('The access token is missing the employeeId claim', 'TOKEN_INVALID');
  }
  if (role === Role.MANAGER && departmentId === null) {
    throw unauthenticated('The access token is missing the departmentId claim', 'TOKEN_INVALID');
  }
  const viewer: Viewer = {
    userId,
    role,
    employeeId,
    departmentId,
    scopes,
    tokenVersion,
    ...(typeof payload.username === 'string' ? { username: payload.username } : {}),
  };
  return { viewer, exp: Number(payload.exp) };
}

/** `Authorization: Bearer <token>` → token, or null when absent. A malformed header is an error. */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match)
    throw unauthenticated(
      'The Authorization header must be "Bearer <token>"',
      'AUTHORIZATION_HEADER_INVALID',
    );
  return match[1]!;
}
