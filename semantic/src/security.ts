import { errors as joseErrors, jwtVerify } from 'jose';
import { viewPolicies, type ViewPolicy } from './policies';
import { groupingProblem, MAX_ROW_LIMIT } from './query-guard';

/** Roles as issued by the API (db AppUser.role). Anything else is rejected. */
export const ROLES = ['EMPLOYEE', 'MANAGER', 'HR', 'EXECUTIVE', 'INTEGRATION'] as const;
export type Role = (typeof ROLES)[number];

/** The JWT claims the API issues (TEAM.md): Cube's security context is exactly these. */
export interface SecurityContext {
  sub: string;
  role: Role;
  employeeId: number | null;
  departmentId: number | null;
  scopes: string[];
  /** The login's token_version at issue time (JWT `ver`), checked by revocation.ts. */
  tokenVersion?: number;
}

/** INTEGRATION tokens read metrics only with one of these scopes (aggregate access, like EXECUTIVE). */
export const ANALYTICS_SCOPES = ['analytics', 'analytics:read'];

/** Small-cell suppression threshold (defined with the suppression itself, query-guard.ts). */
export { MIN_CELL_PEOPLE } from './query-guard';

/** An auth or scope failure with the HTTP status Cube should answer with. */
export class AccessError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'AccessError';
  }
}

/** Verifies an HS256 bearer token and returns its claims as a security context. */
export async function verifyToken(token: string | undefined, secret: Uint8Array): Promise<SecurityContext> {
  if (!token) throw new AccessError(401, 'Authorization header is missing');
  let payload: Record<string, unknown>;
  try {
    // No `exp` → a token that never expires; no `sub` → no login to revoke: both refused.
    ({ payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired)
      throw new AccessError(401, 'TOKEN_EXPIRED: the token has expired');
    // Malformed, wrongly signed and claim-less tokens look the same to a caller: no detail leaks.
    throw new AccessError(401, 'TOKEN_INVALID: invalid token');
  }
  const sub = String(payload.sub);
  const tokenVersion = payload.ver === undefined ? 0 : Number(payload.ver);
  if (!/^[1-9][0-9]*$/.test(sub) || !Number.isSafeInteger(tokenVersion)) {
    throw new AccessError(401, 'TOKEN_INVALID: invalid token');
  }
  const role = payload.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new AccessError(403, 'Unknown role');
  }
  const toId = (v: unknown): number | null => {
    if (v === null || v === undefined || v === '') return null;
    const n = Number(v);
    return Number.isInteger(n) ? n : null;
  };
  const scopes = Array.isArray(payload.scopes)
    ? payload.scopes.filter((s): s is string => typeof s === 'string')
    : [];
  return {
    sub,
    role: role as Role,
    employeeId: toId(payload.employeeId),
    departmentId: toId(payload.departmentId),
    scopes,
    tokenVersion,
  };
}

/** Cube's normalised REST query (the subset we read and rewrite). */
export interface CubeQuery {
  measures?: string[];
  dimensions?: string[];
  segments?: string[];
  timeDimensions?: { dimension: string; granularity?: string; dateRange?: unknown }[];
  filters?: CubeFilter[];
  order?: Record<string, string> | [string, string][];
  ungrouped?: boolean;
  limit?: number;
  [key: string]: unknown;
}

export type CubeFilter =
  | { member?: string; dimension?: string; operator: string; values?: string[] }
  | { and: CubeFilter[] }
  | { or: CubeFilter[] };

/** Every member the query names, wherever it names it (filters nest and/or). */
export function referencedMembers(query: CubeQuery): string[] {
  const members: string[] = [];
  members.push(...(query.measures ?? []), ...(query.dimensions ?? []), ...(query.segments ?? []));
  for (const td of query.timeDimensions ?? []) members.push(td.dimension);
  const walk = (filters: CubeFilter[]) => {
    for (const f of filters) {
      if ('and' in f) walk(f.and);
      else if ('or' in f) walk(f.or);
      else {
        const m = f.member ?? f.dimension;
        if (m) members.push(m);
      }
    }
  };
  walk(query.filters ?? []);
  const order = query.order;
  if (Array.isArray(order)) members.push(...order.map(([m]) => m));
  else if (order) members.push(...Object.keys(order));
  return members;
}

/**
 * The people-count measure for the cells of `query` (see ViewPolicy.people): a key is fixed when
 * the query groups by it or filters it to exactly one value with `equals`.
 */
export function peopleMeasureFor(view: string, policy: ViewPolicy, query: CubeQuery): string {
  if (!policy.people) throw new AccessError(403, `${view} has no people measure`);
  const fixed = new Set((query.dimensions ?? []).map((d) => d.slice(view.length + 1)));
  const walk = (filters: CubeFilter[]) => {
    for (const f of filters) {
      // Only top-level AND branches narrow every cell; OR branches do not fix a key.
      if ('and' in f) walk(f.and);
      else if (!('or' in f) && f.operator === 'equals' && f.values?.length === 1) {
        const member = f.member ?? f.dimension;
        if (member?.startsWith(`${view}.`)) fixed.add(member.slice(view.length + 1));
      }
    }
  };
  walk(query.filters ?? []);
  const rule = policy.people.rules?.find((r) => r.fixed.every((key) => fixed.has(key)));
  return rule?.measure ?? policy.people.default;
}

export interface RewriteDeps {
  /** Materialised department path ('/1/4/9/') of a department id; null if it does not exist. */
  departmentPath(departmentId: number): Promise<string | null>;
  /** The queryable views (default: policies.ts). */
  policies?: Record<string, ViewPolicy>;
}

/**
 * The one scope rule for analytics, the same as for archive reads (api/src/auth/scope.filter.ts):
 * a MANAGER always reads their department subtree; an INTEGRATION token reads the subtree of its
 * `departmentId` claim when it carries one, else the company; HR and EXECUTIVE read the company.
 */
export function departmentLimited(ctx: SecurityContext): boolean {
  return ctx.role === 'MANAGER' || (ctx.role === 'INTEGRATION' && ctx.departmentId !== null);
}

/**
 * Cube's queryRewrite: the one place where a caller's scope becomes SQL filters.
 *
 * - Only public views (policies.ts) may be queried, one view per query, so no join can route
 *   around a view's row-security dimension.
 * - EMPLOYEE → `employee_id = own id` (only views that have one; statistics about others are
 *   refused). MANAGER, and INTEGRATION with a departmentId claim → `department_path startsWith
 *   the subtree` (views without a department dimension are refused). HR/EXECUTIVE, INTEGRATION
 *   without a departmentId (analytics scope) → everything.
 * - Aggregate views always carry their `n` (people) measure and the suppression marker, so no
 *   cell describing fewer than five people, and no cell whose margin would reveal one, leaves
 *   the server (query-guard.ts suppressAnswer) — except an employee's own numbers, which
 *   describe only the caller.
 */
export async function rewriteQuery(
  query: CubeQuery,
  ctx: SecurityContext,
  deps: RewriteDeps,
): Promise<CubeQuery> {
  const role = ctx.role;
  if (!(ROLES as readonly string[]).includes(role)) throw new AccessError(403, 'Unknown role');
  if (role === 'INTEGRATION' && !ctx.scopes.some((s) => ANALYTICS_SCOPES.includes(s))) {
    throw new AccessError(403, 'Token lacks the analytics scope');
  }
  const members = referencedMembers(query);
  const views = new Set(members.map((m) => m.split('.')[0]));
  if (views.size === 0) throw new AccessError(403, 'Empty query');
  if (views.size > 1) throw new AccessError(403, 'Query one view at a time');
  const [view] = [...views];
  const policy: ViewPolicy | undefined = (deps.policies ?? viewPolicies)[view];
  if (!policy) throw new AccessError(403, `Not a public view: ${view}`);
  if (!policy.roles.includes(role)) throw new AccessError(403, `Role ${role} cannot read ${view}`);

  const filters: CubeFilter[] = [...(query.filters ?? [])];
  const rewritten: CubeQuery = { ...query, filters };

  if (role === 'EMPLOYEE') {
    if (!policy.employeeDimension || ctx.employeeId === null) {
      throw new AccessError(403, `Role EMPLOYEE cannot read ${view}`);
    }
    filters.push({
      member: `${view}.${policy.employeeDimension}`,
      operator: 'equals',
      values: [String(ctx.employeeId)],
    });
  } else if (departmentLimited(ctx)) {
    // A company-wide statistic (no department dimension) would reveal rows outside the subtree.
    if (!policy.departmentPathDimension || ctx.departmentId === null) {
      throw new AccessError(403, `A department-limited ${role} token cannot read ${view}`);
    }
    const path = await deps.departmentPath(ctx.departmentId);
    if (!path) throw new AccessError(403, 'Unknown department');
    filters.push({
      member: `${view}.${policy.departmentPathDimension}`,
      operator: 'startsWith',
      values: [path],
    });
  }

  if (policy.kind === 'aggregate' && role !== 'EMPLOYEE') {
    if (query.ungrouped) throw new AccessError(403, `${view} is aggregate-only`);
    // Per-key statistics: no total over their keys (query-guard.ts REQUIRED_GROUPING).
    const ungroupable = groupingProblem(view, query.dimensions ?? []);
    if (ungroupable) throw new AccessError(403, ungroupable);
    const n = `${view}.${peopleMeasureFor(view, policy, query)}`;
    const measures = [...(query.measures ?? [])];
    if (!measures.includes(n)) measures.push(n);
    rewritten.measures = measures;
    // Suppression runs on the answer (query-guard.ts suppressAnswer, called by server.ts for every
    // /load): complementary suppression must see the small cells to choose what else to hide.
    // The `set` filter (every cell passes) is its marker; the page is cut after suppression.
    filters.push({ member: n, operator: 'set' });
    rewritten.limit = MAX_ROW_LIMIT;
    delete rewritten.offset;
  }

  if (policy.requireMonthGrain) {
    const td = (query.timeDimensions ?? []).find(
      (t) => t.dimension === `${view}.${policy.requireMonthGrain}`,
    );
    if (!td || !td.granularity || !['day', 'week', 'month'].includes(td.granularity)) {
      // Rows are person-months: summed over several months `n` would count person-months, not
      // people, and the suppression threshold would no longer mean "five people".
      throw new AccessError(
        403,
        `${view} must be grouped by ${policy.requireMonthGrain} at month granularity or finer`,
      );
    }
  }
  return rewritten;
}
