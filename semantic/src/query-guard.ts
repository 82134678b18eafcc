/**
 * Cube's own row limit (CUBEJS_DB_QUERY_LIMIT, 50 000 by default). Cube 0.33 checks it after its
 * query-format validation and throws a plain Error, answered as HTTP 500; this guard answers 400.
 */
export const MAX_ROW_LIMIT = 50_000;

/** `limit` / `offset` of one query object: a client error message, or null when acceptable. */
function problemOf(query: unknown): string | null {
  if (!query || typeof query !== 'object') return null;
  const { limit, offset } = query as { limit?: unknown; offset?: unknown };
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
