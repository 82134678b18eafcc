/**
 * Cube's own row limit (CUBEJS_DB_QUERY_LIMIT, 50 000 by default). Cube 0.33 checks it after its
 * query-format validation and throws a plain Error, answered as HTTP 500; this guard answers 400.
 */
export const MAX_ROW_LIMIT = 50_000;

/** `limit` / `offset` of one query object: a client error message, or null when acceptable. */
function problemOf(query: unknown): string | null {
  if (!query || typeof query !== 'object') return null;
  const { limit, offset, responseFormat } = query as {
    limit?: unknown;
    offset?: unknown;
    responseFormat?: unknown;
  };
  // Suppression reads the default row format only (suppressAnswer).
  if (responseFormat !== undefined && responseFormat !== 'default') {
    return 'Invalid query format: "responseFormat" must be "default"';
  }
  if (limit !== undefined && limit !== null) {
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_ROW_LIMIT) {
      return `Invalid query format: "limit" must be an integer between 1 and ${MAX_ROW_LIMIT}`;
    }
  }
  if (offset !== undefined && offset !== null) {
    if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
      return 'Invalid query format: "offset" must be a non-negative integer';
    }
  }
  return null;
}

/**
 * The problem with a /load request's query (POST body `query`, or GET `?query=` JSON; a single
 * query or a list), or null. Malformed JSON is left to Cube, which answers it with 400 itself.
 */
export function loadQueryProblem(body: unknown, queryString: unknown): string | null {
  let query: unknown = (body as { query?: unknown } | undefined)?.query;
  if (query === undefined && typeof queryString === 'string') {
    try {
      query = JSON.parse(queryString);
    } catch {
      return null;
    }
  }
  const queries = Array.isArray(query) ? query : [query];
  for (const q of queries) {
    const problem = problemOf(q);
    if (problem) return problem;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Small-cell suppression of an answer (primary and complementary).
//
// Cube answers every /load through server.ts's response hook, which calls `suppressAnswer`: the
// one place where cells are removed, for the API's GraphQL path and for direct callers of Cube's
// port alike. It runs on the answer rather than as a SQL HAVING because complementary
// suppression must see the small cells to choose what else to hide.

/** Small-cell suppression threshold: no returned number describes a group of fewer people. */
export const MIN_CELL_PEOPLE = 5;

type Cell = Record<string, unknown>;

interface QueryLike {
  measures?: string[];
  dimensions?: string[];
  timeDimensions?: { dimension: string; granularity?: string }[];
  filters?: unknown[];
  limit?: number;
  offset?: number;
}

/** What the rewrite asked for: suppress by `people`, groups varying along `vary`. */
export interface SuppressionPlan {
  people: string;
  /** Response keys of the cell's grouping (dimensions, time dimension + granularity). */
  keys: string[];
  /** Keys along which an attacker can obtain a margin total (others are always fixed). */
  vary: string[];
}

/**
 * The marker queryRewrite leaves on an aggregate query that must be suppressed: a `set` filter on
 * the people measure (`HAVING n IS NOT NULL`, which every cell passes). `fixedTimeDimensions`
 * names the time dimensions no caller can total over (policies' requireMonthGrain): never varied.
 */
export function suppressionPlanOf(
  query: QueryLike,
  fixedTimeDimensions: string[] = [],
): SuppressionPlan | null {
  const marker = (query.filters ?? []).find(
    (f): f is { member?: string; dimension?: string; operator: string } =>
      !!f &&
      typeof f === 'object' &&
      (f as { operator?: unknown }).operator === 'set' &&
      (query.measures ?? []).includes(
        ((f as { member?: string }).member ?? (f as { dimension?: string }).dimension)!,
      ),
  );
  if (!marker) return null;
  const people = (marker.member ?? marker.dimension)!;
  const keys = [...(query.dimensions ?? [])];
  const vary = [...keys];
  for (const td of query.timeDimensions ?? []) {
    if (!td.granularity) continue;
    const key = `${td.dimension}.${td.granularity}`;
    keys.push(key);
    if (!fixedTimeDimensions.includes(td.dimension)) vary.push(key);
  }
  return { people, keys, vary };
}

/**
 * Primary and complementary suppression of one answer's cells, in their order:
 *  1. a cell whose people count is under 5 (or missing) is removed;
 *  2. then, for every margin — the cells that agree on all grouping keys but a subset, whose total
 *     an attacker can ask for separately (total − Σ parts) — that hides a small cell but no cell
 *     of ≥ 5 people, the smallest remaining cell is removed too, until every such margin hides at
 *     least 5 people. Every subset of keys, not one key at a time: keys may depend on each other
 *     (course_id and course_name vary together).
 */
export function suppressCells<T extends Cell>(cells: T[], plan: SuppressionPlan): T[] {
  const people = cells.map((c) => {
    const v = Number(c[plan.people]);
    return c[plan.people] === null || c[plan.people] === undefined || Number.isNaN(v) ? 0 : v;
  });
  const hidden = people.map((n) => n < MIN_CELL_PEOPLE);
  if (!hidden.some(Boolean)) return cells;
  // Subsets of the varying keys, as bit masks (a handful of keys at most).
  const subsets = Array.from({ length: 2 ** Math.min(plan.vary.length, 8) - 1 }, (_, m) =>
    plan.vary.filter((_, bit) => ((m + 1) >> bit) & 1),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const along of subsets) {
      const margins = new Map<string, number[]>();
      for (const [i, cell] of cells.entries()) {
        const key = JSON.stringify(plan.keys.filter((k) => !along.includes(k)).map((k) => cell[k] ?? null));
        margins.set(key, [...(margins.get(key) ?? []), i]);
      }
      for (const members of margins.values()) {
        const hides = members.filter((i) => hidden[i]);
        if (hides.length === 0 || hides.some((i) => people[i]! >= MIN_CELL_PEOPLE)) continue;
        const shown = members.filter((i) => !hidden[i]);
        if (shown.length === 0) continue;
        // The smallest cell costs the least information; ties go to the later cell in order.
        const smallest = shown.reduce((a, b) => (people[b]! <= people[a]! ? b : a));
        hidden[smallest] = true;
        changed = true;
      }
    }
  }
  return cells.filter((_, i) => !hidden[i]);
}

/** The queries of a /load request (POST body or GET ?query=), as sent; [] when unreadable. */
export function requestQueries(body: unknown, queryString: unknown): QueryLike[] {
  let query: unknown = (body as { query?: unknown } | undefined)?.query;
  if (query === undefined && typeof queryString === 'string') {
    try {
      query = JSON.parse(queryString);
    } catch {
      return [];
    }
  }
  if (typeof query === 'string') {
    try {
      query = JSON.parse(query);
    } catch {
      return [];
    }
  }
  return (Array.isArray(query) ? query : [query]).filter((q): q is QueryLike => !!q && typeof q === 'object');
}

/**
 * Suppresses every result of a /load answer (one result, or `results` of a multi query) whose
 * rewritten query carries the marker, then applies the caller's own limit and offset (the rewrite
 * lifted them, so a page is counted after suppression). An answer whose shape cannot be read
 * is refused rather than passed on unsuppressed.
 */
export function suppressAnswer(
  body: unknown,
  requested: QueryLike[],
  fixedTimeDimensions: (view: string) => string[],
): unknown {
  if (!body || typeof body !== 'object' || 'error' in body) return body;
  const multi = Array.isArray((body as { results?: unknown }).results);
  const results = multi ? (body as { results: unknown[] }).results : [body];
  for (const [index, result] of results.entries()) {
    const r = result as { query?: QueryLike; data?: unknown };
    if (!r?.query) throw new Error('Unexpected analytics answer: no query');
    const view = [...(r.query.measures ?? []), ...(r.query.dimensions ?? [])][0]?.split('.')[0] ?? '';
    const plan = suppressionPlanOf(
      r.query,
      fixedTimeDimensions(view).map((d) => `${view}.${d}`),
    );
    if (!plan) continue;
    if (!Array.isArray(r.data)) throw new Error('Unexpected analytics answer: no data rows');
    const asked = requested[index] ?? requested[0] ?? {};
    const offset = typeof asked.offset === 'number' ? asked.offset : 0;
    const kept = suppressCells(r.data as Cell[], plan);
    r.data = kept.slice(offset, typeof asked.limit === 'number' ? offset + asked.limit : undefined);
  }
  return body;
}
