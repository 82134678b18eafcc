import { errors as joseErrors, jwtVerify } from 'jose';
import { VIEW_MEMBERS } from './generated/members';
import { viewPolicies, type ViewPolicy } from './policies';
import { groupingProblem, MAX_ROW_LIMIT, pinnedValues } from './query-guard';

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
    // Before the server's own filters are added: only the caller's are judged.
    const refused = aggregateFilterProblem(view, policy, query) ?? periodProblem(query);
    if (refused) throw new AccessError(403, refused);
    // Per-key statistics: no total over their keys (query-guard.ts REQUIRED_GROUPING).
    const ungroupable = groupingProblem(view, query.dimensions ?? []);
    if (ungroupable) throw new AccessError(403, ungroupable);
    const n = `${view}.${peopleMeasureFor(view, policy, query)}`;
    const measures = [...(query.measures ?? [])];
    if (!measures.includes(n)) measures.push(n);
    // The exact people count too: the differencing audit (differencing.ts) compares it.
    const exact = policy.n ? `${view}.${policy.n}` : n;
    if (!measures.includes(exact)) measures.push(exact);
    rewritten.measures = measures;
    // An `equals` pin is a grouping whose other rows are dropped after suppression (query-guard.ts
    // pinnedValues): the pinned cell is then released exactly as the grouped answer releases it.
    // The whitelist above allows only AND-combined leaves, so flattening keeps the meaning.
    const pins = pinnedValues(query.filters);
    if (pins.size > 0) {
      type Leaf = Exclude<CubeFilter, { and: CubeFilter[] } | { or: CubeFilter[] }>;
      const leaves = (list: CubeFilter[]): Leaf[] =>
        list.flatMap((f) => ('and' in f ? leaves(f.and) : 'or' in f ? [] : [f]));
      rewritten.filters = leaves(filters).filter(
        (f) => !(f.operator === 'equals' && pins.has((f.member ?? f.dimension)!)),
      );
      rewritten.dimensions = [...new Set([...(query.dimensions ?? []), ...pins.keys()])];
    }
    // Suppression runs on the answer (query-guard.ts suppressAnswer, called by server.ts for every
    // /load): complementary suppression must see the small cells to choose what else to hide.
    // The `set` filter (every cell passes) is its marker; the page is cut after suppression.
    rewritten.filters!.push({ member: n, operator: 'set' });
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

// ---------------------------------------------------------------------------------------------
// Differencing across queries (issue #10): the filters and periods an aggregate query may carry.
//
// Per-answer suppression (query-guard.ts) cannot see two answers at once, so the populations a
// caller can ask about are restricted to ones whose differences the per-caller audit
// (differencing.ts) can judge: a department subtree, one value of a dimension, whole calendar
// months. Any other cut (IN [a, b] vs [a], notEquals, contains, ranges, OR, filters on measures,
// time filters, segments, a timezone, sub-month grains) would let total − part describe a group
// of fewer than five people and is refused with 403 before any SQL runs.

/** Prefix of a refused filter's message (a stable code, like TOKEN_INVALID). */
export const FILTER_NOT_ALLOWED = 'ANALYTICS_FILTER_NOT_ALLOWED';
/** Prefix of a refused period's message. */
export const PERIOD_NOT_ALLOWED = 'ANALYTICS_PERIOD_NOT_ALLOWED';

/** A materialised department path: '/1/', '/1/4/9/' (a startsWith on it is exactly one subtree). */
const DEPARTMENT_PATH = /^\/(?:[0-9]+\/)+$/;

/** Grains coarser than or equal to a month: every cell of them is whole calendar months. */
export const ALLOWED_GRANULARITIES = ['month', 'quarter', 'year'];

/** Kind of a view's member by the generated model ('dimension', 'measure', 'time'); undefined if unknown. */
function memberKind(view: string, member: string, query: CubeQuery): string | undefined {
  const members = (VIEW_MEMBERS as Record<string, Record<string, readonly unknown[]>>)[view];
  if (members) return members[member]?.[0] as string | undefined;
  // Views outside the generated model (test fixtures): what the query itself says.
  const full = `${view}.${member}`;
  if ((query.measures ?? []).includes(full)) return 'measure';
  if ((query.timeDimensions ?? []).some((t) => t.dimension === full)) return 'time';
  return 'dimension';
}

/**
 * Why a non-employee's filters on aggregate view `view` are refused, or null. Allowed, combined
 * with AND only: `startsWith` one department path (a whole subtree) on the view's department-path
 * dimension, and `equals` exactly one value on a (non-time) dimension. The suppression marker
 * (`set` on the people measure) is the server's own and passes. No segments, no timezone but UTC.
 */
export function aggregateFilterProblem(view: string, policy: ViewPolicy, query: CubeQuery): string | null {
  const refuse = (what: string) =>
    `${FILTER_NOT_ALLOWED}: ${what} on ${view}; aggregate views take only AND-combined ` +
    `\`equals\` with one value on a dimension` +
    (policy.departmentPathDimension
      ? ` and \`startsWith\` one department path on ${view}.${policy.departmentPathDimension}`
      : '');
  if ((query.segments ?? []).length > 0) return refuse(`segment ${query.segments![0]}`);
  if (query.timezone !== undefined && query.timezone !== 'UTC')
    return refuse(`timezone ${String(query.timezone)}`);
  const people = new Set([policy.people?.default, ...(policy.people?.rules ?? []).map((r) => r.measure)]);
  const check = (filters: CubeFilter[]): string | null => {
    for (const f of filters) {
      if ('and' in f) {
        const inner = check(f.and);
        if (inner) return inner;
        continue;
      }
      if ('or' in f) return refuse('an OR filter');
      const full = f.member ?? f.dimension ?? '';
      const member = full.slice(view.length + 1);
      const kind = memberKind(view, member, query);
      const values = f.values ?? [];
      if (f.operator === 'set' && kind === 'measure' && people.has(member) && values.length === 0) continue;
      if (
        f.operator === 'startsWith' &&
        member === policy.departmentPathDimension &&
        values.length === 1 &&
        DEPARTMENT_PATH.test(values[0]!)
      )
        continue;
      if (f.operator === 'equals' && kind === 'dimension' && values.length === 1) continue;
      if (f.operator === 'equals' && kind === 'dimension')
        return refuse(`\`equals\` with ${values.length} values on ${full}`);
      if (kind !== 'dimension') return refuse(`a filter on the ${kind ?? 'unknown member'} ${full}`);
      return refuse(
        `\`${f.operator}\`${f.operator === 'startsWith' ? ` ${JSON.stringify(values)}` : ''} on ${full}`,
      );
    }
    return null;
  };
  return check(query.filters ?? []);
}

/** 'YYYY-MM-DD' of a normalised bound ('2025-01-01T00:00:00.000' or a plain day); null if not a day. */
function dayOf(bound: unknown): string | null {
  if (typeof bound !== 'string') return null;
  const day = /^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:T00:00:00(?:\.000)?|T23:59:59(?:\.999)?)?$/.exec(bound)?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : null;
}

const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The last day of the month of `day` ('YYYY-MM-DD'). */
export function monthEnd(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return utcDay(Date.UTC(y, m, 0));
}

/**
 * Why a non-employee's periods on an aggregate view are refused, or null. A dateRange must be
 * whole calendar months: from a month's first day to a month's last day — or to today (±1 day for
 * the caller's clock), the running month as the dashboard's trend asks for it. A start or end in
 * the time (not 00:00 / 23:59:59.999) is refused, and so is a grain finer than a month: a
 * window of days would let two windows a day apart differ by one person.
 */
export function periodProblem(query: CubeQuery, now = Date.now()): string | null {
  for (const td of query.timeDimensions ?? []) {
    const refuse = (what: string) =>
      `${PERIOD_NOT_ALLOWED}: ${what} on ${td.dimension}; aggregate views take whole calendar months ` +
      `(first day … last day of a month, or … today) at month grain or coarser`;
    if (td.granularity && !ALLOWED_GRANULARITIES.includes(td.granularity))
      return refuse(`granularity ${td.granularity}`);
    if ((td as { compareDateRange?: unknown }).compareDateRange !== undefined)
      return refuse('compareDateRange');
    if (td.dateRange === undefined || td.dateRange === null) continue;
    const range = Array.isArray(td.dateRange) ? td.dateRange : [];
    const [from, to] = [dayOf(range[0]), dayOf(range[range.length - 1])];
    if (range.length < 1 || range.length > 2 || !from || !to)
      return refuse(`dateRange ${JSON.stringify(td.dateRange)}`);
    const today = [now - 86_400_000, now, now + 86_400_000].map(utcDay);
    if (!from.endsWith('-01')) return refuse(`dateRange starting ${from} (not a month's first day)`);
    if (to !== monthEnd(to) && !today.includes(to))
      return refuse(`dateRange ending ${to} (not a month's last day or today)`);
  }
  return null;
}
