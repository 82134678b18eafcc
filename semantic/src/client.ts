/**
 * Typed client for the semantic layer's REST API: one generic `load(view, query)` over the member
 * names and row types generated from the model (generated/members.ts). The API's `analytics { … }`
 * resolvers call it with the caller's own JWT, so Cube applies the caller's scope (queryRewrite) —
 * nothing here widens or narrows access. Rows come back keyed by the camelCase member name, numbers
 * parsed (Cube sends numeric columns as strings), with the cell's `n` on aggregate views.
 */
import {
  VIEW_MEMBERS,
  VIEW_N,
  type AggregateView,
  type ViewDimensions,
  type ViewMeasures,
  type ViewRows,
  type ViewTimeDimensions,
} from './generated/members';
import type { CubeFilter, CubeQuery } from './security';

export type * from './generated/members';
export { VIEW_MEMBERS, VIEW_N } from './generated/members';

export interface CubeClientOptions {
  /** Cube base URL, e.g. http://127.0.0.1:4001. Default: env CUBE_URL, else 127.0.0.1:CUBE_PORT (4001). */
  url?: string;
  /** Give up waiting for a pre-aggregation build after this long. */
  timeoutMs?: number;
}

/** A refused or failed Cube call, with the GraphQL error code the API should map it to. */
export class CubeError extends Error {
  override name = 'CubeError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR',
  ) {
    super(message);
  }
}

function baseUrl(options?: CubeClientOptions): string {
  return (
    options?.url ??
    process.env.CUBE_URL ??
    `http://127.0.0.1:${process.env.CUBE_PORT ?? 4001}`
  ).replace(/\/$/, '');
}

export type CubeRow = Record<string, string | number | boolean | null>;

/**
 * POST /cubejs-api/v1/load with the caller's bearer token. Cube answers "Continue wait" while a
 * pre-aggregation is being built; we poll until the data is there or `timeoutMs` passes.
 */
export async function cubeLoad(
  query: CubeQuery,
  token: string,
  options?: CubeClientOptions,
): Promise<CubeRow[]> {
  const deadline = Date.now() + (options?.timeoutMs ?? 120_000);
  const url = `${baseUrl(options)}/cubejs-api/v1/load`;
  let networkFailures = 0;
  for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
    } catch (error) {
      // A kept-alive socket the server closed just as we reused it (ECONNRESET): /load only
      // reads, so trying again is safe.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      if (++networkFailures <= 3 && Date.now() < deadline) continue;
      throw new CubeError(
        `The analytics service is unreachable (${cause?.code ?? cause?.message ?? 'fetch failed'})`,
        503,
        'INTERNAL_SERVER_ERROR',
      );
    }
    const body = (await res.json().catch(() => ({}))) as { data?: CubeRow[]; error?: string };
    if (res.ok && body.error === 'Continue wait') {
      if (Date.now() > deadline) throw new CubeError('Analytics timed out', 504, 'INTERNAL_SERVER_ERROR');
      await new Promise((resolve) => setTimeout(resolve, delay));
      continue;
    }
    if (res.status === 401) throw new CubeError(body.error ?? 'Unauthenticated', 401, 'UNAUTHENTICATED');
    if (res.status === 403) throw new CubeError(body.error ?? 'Forbidden', 403, 'FORBIDDEN');
    if (res.status === 400) throw new CubeError(body.error ?? 'Bad query', 400, 'BAD_USER_INPUT');
    if (!res.ok || !body.data)
      throw new CubeError('Analytics query failed', res.status, 'INTERNAL_SERVER_ERROR');
    return body.data;
  }
}

// ---------------------------------------------------------------------------------------------
// The typed query and row of a view.

export type ViewName = keyof ViewRows;
export type MeasureOf<V extends ViewName> = ViewMeasures[V];
export type DimensionOf<V extends ViewName> = ViewDimensions[V];
export type TimeOf<V extends ViewName> = ViewTimeDimensions[V];
export type MemberOf<V extends ViewName> = MeasureOf<V> | DimensionOf<V> | TimeOf<V>;

/** snake_case → camelCase, as a type; `camel` below is the same rule at run time. */
export type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
export const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type ViewFilter<V extends ViewName> =
  | {
      member: MemberOf<V>;
      operator:
        'equals' | 'notEquals' | 'startsWith' | 'contains' | 'gt' | 'gte' | 'lt' | 'lte' | 'set' | 'notSet';
      values?: string[];
    }
  | { and: ViewFilter<V>[] }
  | { or: ViewFilter<V>[] };

/** A Cube query on one view in its short member names ('headcount', not 'training_participation.headcount'). */
export interface ViewQuery<
  V extends ViewName,
  M extends MeasureOf<V> = MeasureOf<V>,
  D extends DimensionOf<V> = DimensionOf<V>,
  T extends TimeOf<V> = TimeOf<V>,
> {
  measures?: readonly M[];
  dimensions?: readonly D[];
  /** With a granularity the member is a row key (the period's first day); without, only a range. */
  timeDimensions?: readonly { dimension: T; granularity?: Granularity; dateRange?: [string, string] }[];
  filters?: readonly ViewFilter<V>[];
  order?: Partial<Record<MemberOf<V>, 'asc' | 'desc'>>;
  limit?: number;
  offset?: number;
}

/** The row of a query: the members it names, camelCased, and `n` (the people in the cell) on aggregate views. */
export type ViewRow<V extends ViewName, K extends MemberOf<V>> = {
  [P in K as Camel<P>]: ViewRows[V][Camel<P> & keyof ViewRows[V]];
} & (V extends AggregateView ? { n: number } : unknown);

const prefixed = (view: string, member: string) => `${view}.${member}`;
const nMeasure = (view: ViewName): string | undefined => (VIEW_N as Partial<Record<ViewName, string>>)[view];

function prefixFilter<V extends ViewName>(view: V, f: ViewFilter<V>): CubeFilter {
  if ('and' in f) return { and: f.and.map((g) => prefixFilter(view, g)) };
  if ('or' in f) return { or: f.or.map((g) => prefixFilter(view, g)) };
  return {
    member: prefixed(view, f.member),
    operator: f.operator,
    ...(f.values ? { values: f.values } : {}),
  };
}

/** The REST query of a view query, as Cube and the bench take it (full member names). */
export function toCubeQuery<V extends ViewName>(
  view: V,
  q: ViewQuery<V, MeasureOf<V>, DimensionOf<V>, TimeOf<V>>,
): CubeQuery {
  const query: CubeQuery = {
    measures: (q.measures ?? []).map((m) => prefixed(view, m)),
    dimensions: (q.dimensions ?? []).map((d) => prefixed(view, d)),
    timeDimensions: (q.timeDimensions ?? []).map((t) => ({ ...t, dimension: prefixed(view, t.dimension) })),
    filters: (q.filters ?? []).map((f) => prefixFilter(view, f)),
  };
  if (q.order) {
    query.order = Object.fromEntries(
      Object.entries(q.order).map(([m, dir]) => [prefixed(view, m), dir as string]),
    );
  }
  if (q.limit !== undefined) query.limit = q.limit;
  if (q.offset !== undefined) query.offset = q.offset;
  // The cell's n (the people it describes, VIEW_N), asked for explicitly so every row carries it.
  const n = nMeasure(view);
  if (n && !query.measures!.includes(prefixed(view, n))) query.measures!.push(prefixed(view, n));
  return query;
}

function parseValue(value: unknown, type: string): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (type.startsWith('number')) return Number(value);
  if (type.startsWith('boolean')) return value === true || value === 'true';
  return String(value);
}

/** One Cube row → the typed row: short member names camelCased, values parsed, `n` added. */
function toRow(view: ViewName, raw: CubeRow): Record<string, unknown> {
  const members = VIEW_MEMBERS[view] as unknown as Record<string, readonly [string, string, string, true?]>;
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    // 'view.member' or, for a time dimension with a granularity, 'view.member.month'.
    const [, member, granularity] = key.split('.');
    const info = members[member!];
    if (!info) continue;
    if (info[0] === 'time') {
      // Cube repeats a time dimension without its granularity; the granular key wins.
      if (granularity || !(camel(member!) in row))
        row[camel(member!)] = value ? String(value).slice(0, 10) : null;
    } else {
      // An additive measure over no values (SQL's SUM of NULLs) is 0 of it, as its type says.
      row[camel(member!)] = info[3] === true && value === null ? 0 : parseValue(value, info[1]!);
    }
  }
  const n = nMeasure(view);
  if (n) row.n = Number(raw[prefixed(view, n)] ?? 0);
  return row;
}

/**
 * Loads one view with the caller's token. Measures, dimensions and time dimensions are checked
 * against the generated member names; the rows are typed by what the query names.
 */
export async function load<
  V extends ViewName,
  M extends MeasureOf<V> = never,
  D extends DimensionOf<V> = never,
  T extends TimeOf<V> = never,
>(
  view: V,
  query: ViewQuery<V, M, D, T>,
  token: string,
  options?: CubeClientOptions,
): Promise<ViewRow<V, M | D | T>[]> {
  const cubeQuery = toCubeQuery(view, query as ViewQuery<V>);
  const rows = await cubeLoad(cubeQuery, token, options);
  return rows.map((r) => toRow(view, r) as ViewRow<V, M | D | T>);
}

// ---------------------------------------------------------------------------------------------
// Slices: the filters every period-, department- and family-based metric takes.

/**
 * What a caller narrows a metric to: a period, a department subtree (its materialised path,
 * '/1/4/'), a position family. It only ever narrows — Cube's queryRewrite still adds the
 * caller's own scope on top, so a manager asking for another subtree gets the intersection.
 */
export interface MetricSlice {
  from?: string;
  to?: string;
  departmentPath?: string;
  positionFamily?: string;
}

export function dateRange(from?: string, to?: string): { dateRange?: [string, string] } {
  return from || to ? { dateRange: [from ?? '2000-01-01', to ?? '2100-12-31'] } : {};
}

/** Views a slice applies to: they carry the department path and the position family. */
type SlicedView = {
  [V in ViewName]: 'department_path' | 'position_family' extends DimensionOf<V> ? V : never;
}[ViewName];

/** The slice's department subtree and position family as filters. */
export function sliceFilters<V extends SlicedView>(slice: MetricSlice): ViewFilter<V>[] {
  const filters: ViewFilter<SlicedView>[] = [];
  if (slice.departmentPath) {
    filters.push({ member: 'department_path', operator: 'startsWith', values: [slice.departmentPath] });
  }
  if (slice.positionFamily) {
    filters.push({ member: 'position_family', operator: 'equals', values: [slice.positionFamily] });
  }
  return filters as ViewFilter<V>[];
}

/**
 * The slice's period on a time dimension without grouping by it (cells sum over the period);
 * no time dimension at all when the slice has no period.
 */
export function periodOn<T extends string>(
  dimension: T,
  slice: MetricSlice,
): { timeDimensions?: { dimension: T; dateRange?: [string, string] }[] } {
  return slice.from || slice.to
    ? { timeDimensions: [{ dimension, ...dateRange(slice.from, slice.to) }] }
    : {};
}
