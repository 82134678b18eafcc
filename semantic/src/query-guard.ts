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

export type Cell = Record<string, unknown>;

export interface QueryLike {
  measures?: string[];
  dimensions?: string[];
  timeDimensions?: { dimension: string; granularity?: string; dateRange?: unknown }[];
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
  /** Keys whose cells partition the people counted (see PARTITIONS); default none. */
  partition?: string[];
}

/**
 * Dimensions whose cells partition the people a view's n counts: every person is in exactly one
 * cell (an employee has one department and one position family; a promotion is on one step), so
 * a margin varying only such keys is exactly Σ n of its cells — a linear equation an attacker can
 * combine with others. Along any other key (course, KPI, trait, lecturer) cells overlap.
 */
export const PARTITIONS: Record<string, readonly string[]> = {
  training_participation: ['department_id', 'department_name', 'department_path', 'position_family'],
  course_training: ['department_id', 'department_name', 'department_path', 'position_family'],
  training_roi: ['department_id', 'department_name', 'department_path', 'position_family'],
  // n counts people per step; a person promoted twice in the window is on two steps, so the sums
  // over steps are upper bounds, which the audit treats as exact (the cautious side).
  promotion_timing: [
    'from_position_id',
    'from_position_name',
    'to_position_id',
    'to_position_name',
    'position_family',
    'department_id',
    'department_name',
    'department_path',
  ],
};

/**
 * Views whose cells mean something only per key — an estimate per course × KPI, a lift per item
 * or trait — so a total over those keys is never asked for: every query must group by one member
 * of each set (rewriteQuery refuses others). That is suppression of the total instead of a
 * complement: with no margin total to subtract from, the small cells hide nothing to recover, and
 * complements never vary these keys.
 */
export const REQUIRED_GROUPING: Record<string, readonly (readonly string[])[]> = {
  course_contribution: [
    ['course_id', 'course_name'],
    ['kpi_code', 'kpi_name'],
  ],
  promotion_profile: [['item_key', 'item_name']],
  award_traits: [['trait']],
};

/** Why a query on `view` grouped by `dimensions` (full member names) is refused, or null. */
export function groupingProblem(view: string, dimensions: readonly string[]): string | null {
  for (const members of REQUIRED_GROUPING[view] ?? []) {
    if (!members.some((m) => dimensions.includes(`${view}.${m}`)))
      return `${view} must be grouped by one of ${members.join(', ')}`;
  }
  return null;
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
  const view = people.split('.')[0]!;
  const keys = [...(query.dimensions ?? [])];
  // Keys every query groups by (REQUIRED_GROUPING) have no margin total to protect.
  const required = (REQUIRED_GROUPING[view] ?? []).flat();
  const vary = keys.filter((k) => !required.includes(k.slice(view.length + 1)));
  const partition = keys.filter((k) => PARTITIONS[view]?.includes(k.slice(view.length + 1)));
  for (const td of query.timeDimensions ?? []) {
    if (!td.granularity) continue;
    const key = `${td.dimension}.${td.granularity}`;
    keys.push(key);
    if (!fixedTimeDimensions.includes(td.dimension)) vary.push(key);
  }
  return { people, keys, vary, partition };
}

/**
 * Primary and complementary suppression of one answer's cells, in their order:
 *  1. a cell whose people count is under 5 (or missing) is removed;
 *  2. then, for every margin — the cells that agree on all grouping keys but a subset, whose total
 *     an attacker can ask for separately (total − Σ parts) — that hides a small cell but no cell
 *     of ≥ 5 people, the smallest remaining cell is removed too, until every such margin hides at
 *     least 5 people. Every subset of keys, not one key at a time: keys may depend on each other
 *     (course_id and course_name vary together). A margin varying only partition keys is exactly
 *     Σ n of its cells, so there hidden small cells that together hold ≥ 5 people suffice;
 *  3. then an audit of those exact margins together (`exposedCells`): where two of them cross
 *     (department × family, from × to position), a hidden cell alone in one margin is that
 *     margin's total minus the rest and can be subtracted from the other. While some small hidden
 *     cell follows exactly from the margins and the shown cells (and not from the margins alone,
 *     which no answer can change), the smallest shown cell of one of its margins is removed too,
 *     and 2–3 run again. A margin counts as known when the answer grouped by the other keys,
 *     suppressed by these same rules, returns it.
 * `withheld` (indices into `cells`) are cells of ≥ 5 people the differencing audit withholds
 * (differencing.ts): hidden from the start and, like small cells, never left alone in a margin
 * nor derivable from the exact margins.
 */
export function suppressCells<T extends Cell>(
  cells: T[],
  plan: SuppressionPlan,
  withheld: ReadonlySet<number> = new Set(),
): T[] {
  const people = cells.map((c) => {
    const v = Number(c[plan.people]);
    return c[plan.people] === null || c[plan.people] === undefined || Number.isNaN(v) ? 0 : v;
  });
  const hidden = people.map((n, i) => n < MIN_CELL_PEOPLE || withheld.has(i));
  if (!hidden.some(Boolean)) return cells;
  // A cell that must not be derived: a small one, or one the differencing audit withheld.
  const guarded = (i: number) => withheld.has(i) || (people[i]! > 0 && people[i]! < MIN_CELL_PEOPLE);
  // Subsets of the varying keys, as bit masks (a handful of keys at most), with their margins.
  const subsets = Array.from({ length: 2 ** Math.min(plan.vary.length, 8) - 1 }, (_, m) => {
    const along = plan.vary.filter((_, bit) => ((m + 1) >> bit) & 1);
    const margins = new Map<string, number[]>();
    for (const [i, cell] of cells.entries()) {
      const key = JSON.stringify(plan.keys.filter((k) => !along.includes(k)).map((k) => cell[k] ?? null));
      margins.set(key, [...(margins.get(key) ?? []), i]);
    }
    return { along, exact: along.every((k) => plan.partition?.includes(k)), margins: [...margins.values()] };
  });
  const smallestShown = (members: number[]): number | undefined =>
    members
      .filter((i) => !hidden[i])
      // The smallest cell costs the least information; ties go to the later cell in order.
      .reduce<number | undefined>((a, b) => (a === undefined || people[b]! <= people[a]! ? b : a), undefined);
  // The exact margins whose total a caller can read: those the coarser answer (grouped by the
  // other keys, suppressed by these same rules) returns. Its guard is taken as Σ of the cells'
  // guards: exact for a people count (learners, people); for a min_group guard the real coarse
  // guard (the least of the sums) can be larger, so a margin of small cells may be readable
  // although taken as hidden here.
  const exactMargins = subsets
    .filter((s) => s.exact)
    .flatMap(({ along, margins }) => {
      const keys = plan.keys.filter((k) => !along.includes(k));
      const coarse = margins.map((members) => ({
        ...Object.fromEntries(keys.map((k) => [k, cells[members[0]!]![k] ?? null])),
        [MARGIN_N]: members.reduce((sum, i) => sum + people[i]!, 0),
        [MARGIN_INDEX]: members,
      }));
      return suppressCells(coarse, {
        people: MARGIN_N,
        keys,
        vary: plan.vary.filter((k) => keys.includes(k)),
        partition: plan.partition?.filter((k) => keys.includes(k)) ?? [],
      }).map((c) => c[MARGIN_INDEX] as number[]);
    });
  // What those margins give on their own, whatever this answer shows: not this answer's to protect.
  const given = new Set(
    exactMargins.length
      ? (exposedCells(
          exactMargins,
          people,
          people.map(() => true),
          guarded,
        ) ?? [])
      : [],
  );
  for (;;) {
    for (let changed = true; changed;) {
      changed = false;
      for (const { exact, margins } of subsets) {
        for (const members of margins) {
          const hides = members.filter((i) => hidden[i]);
          if (hides.length === 0) continue;
          // A withheld cell of ≥ 5 people is safe only beside another hidden cell (else the
          // margin minus the shown cells is its exact n); small cells as before.
          const lone = hides.length === 1 && withheld.has(hides[0]!);
          const bigBeside = hides.some((i) => people[i]! >= MIN_CELL_PEOPLE);
          if (!lone && bigBeside) continue;
          if (!lone && exact && hides.reduce((sum, i) => sum + people[i]!, 0) >= MIN_CELL_PEOPLE) continue;
          const next = smallestShown(members);
          if (next === undefined) continue;
          hidden[next] = true;
          changed = true;
        }
      }
    }
    if (exactMargins.length === 0) break;
    const exposed = exposedCells(exactMargins, people, hidden, guarded)?.filter((i) => !given.has(i));
    if (exposed === undefined) return []; // too large to audit: nothing leaves rather than too much
    if (exposed.length === 0) break;
    let grown = false;
    for (const i of exposed) {
      const around = subsets.flatMap((s) => s.margins).filter((members) => members.includes(i));
      const exactAround = exactMargins.filter((members) => members.includes(i));
      const next = smallestShown(exactAround.flat()) ?? smallestShown(around.flat());
      if (next === undefined || hidden[next]) continue;
      hidden[next] = true;
      grown = true;
    }
    if (!grown) return [];
  }
  return cells.filter((_, i) => !hidden[i]);
}

/** Keys of the coarser answers suppressCells builds to audit its margins. */
const MARGIN_N = '\u0000n';
const MARGIN_INDEX = '\u0000cells';

/** The most unknowns × equations `exposedCells` solves (a dense elimination). */
const MAX_AUDIT_SIZE = 20_000_000;

/**
 * The hidden cells of fewer than 5 (but some) people whose n follows exactly from the exact
 * margins (each: Σ n of its cells, known when that total is ≥ 5 — a smaller total is itself
 * suppressed), by Gauss–Jordan elimination over the hidden cells: a cell is determined when its
 * pivot row has no free unknown. Null when the system is too large to solve here.
 */
export function exposedCells(
  margins: number[][],
  people: number[],
  hidden: boolean[],
  guarded: (cell: number) => boolean = (cell) => people[cell]! > 0 && people[cell]! < MIN_CELL_PEOPLE,
): number[] | null {
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  const column = new Map(unknowns.map((i, c) => [i, c]));
  const rows: Float64Array[] = [];
  for (const members of margins) {
    if (members.reduce((sum, i) => sum + people[i]!, 0) < MIN_CELL_PEOPLE) continue;
    const hides = members.filter((i) => hidden[i]);
    if (hides.length === 0) continue;
    const row = new Float64Array(unknowns.length);
    for (const i of hides) row[column.get(i)!] = 1;
    rows.push(row);
  }
  if (rows.length === 0) return [];
  if (rows.length * unknowns.length > MAX_AUDIT_SIZE) return null;
  const eps = 1e-9;
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < unknowns.length && r < rows.length; c++) {
    let p = r;
    for (let k = r + 1; k < rows.length; k++) if (Math.abs(rows[k]![c]!) > Math.abs(rows[p]![c]!)) p = k;
    if (Math.abs(rows[p]![c]!) < eps) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pivot = rows[r]!;
    const scale = pivot[c]!;
    for (let j = c; j < unknowns.length; j++) pivot[j] = pivot[j]! / scale;
    for (let k = 0; k < rows.length; k++) {
      const factor = rows[k]![c]!;
      if (k === r || Math.abs(factor) < eps) continue;
      const row = rows[k]!;
      for (let j = c; j < unknowns.length; j++) row[j] = row[j]! - factor * pivot[j]!;
    }
    pivots.push(c);
    r++;
  }
  return pivots.flatMap((c, k) => {
    const cell = unknowns[c]!;
    if (!guarded(cell)) return [];
    const row = rows[k]!;
    for (let j = 0; j < unknowns.length; j++) if (j !== c && Math.abs(row[j]!) > eps) return [];
    return [cell];
  });
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
/**
 * The `equals`-one-value filters of a query's top-level AND (member → value): the values an
 * aggregate query pins. rewriteQuery turns each into a grouping (the filter goes, the dimension is
 * grouped by) and suppressAnswer keeps only the pinned rows after suppression, so a pinned cell is
 * released only as the grouped answer would release it — a complement hidden there cannot be
 * asked for alone and subtracted from the total with the other cells.
 */
export function pinnedValues(filters: unknown[] | undefined): Map<string, string> {
  const pins = new Map<string, string>();
  const walk = (list: unknown[]) => {
    for (const f of list) {
      if (!f || typeof f !== 'object') continue;
      const filter = f as {
        and?: unknown[];
        or?: unknown[];
        member?: string;
        dimension?: string;
        operator?: string;
        values?: unknown[];
      };
      if (Array.isArray(filter.and)) walk(filter.and);
      else if (!filter.or && filter.operator === 'equals' && filter.values?.length === 1) {
        const member = filter.member ?? filter.dimension;
        if (member) pins.set(member, String(filter.values[0]));
      }
    }
  };
  walk(filters ?? []);
  return pins;
}

/**
 * The differencing audit across a caller's answers (differencing.ts), as suppressAnswer uses it:
 * which of an answer's cells to withhold given what the caller was released before, and the
 * cells this answer releases.
 */
export interface AnswerAudit {
  withhold(view: string, query: QueryLike, cells: Cell[]): ReadonlySet<number>;
  release(view: string, query: QueryLike, cells: Cell[]): void;
}

export function suppressAnswer(
  body: unknown,
  requested: QueryLike[],
  fixedTimeDimensions: (view: string) => string[],
  audit?: AnswerAudit,
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
    const data = r.data as Cell[];
    let kept = suppressCells(data, plan);
    // Values the caller pinned with `equals` (grouped by the rewrite): only their rows go out.
    const pins = [...pinnedValues(asked.filters)].filter(([member]) =>
      (r.query!.dimensions ?? []).includes(member),
    );
    const pinned = (cells: Cell[]) =>
      pins.length === 0
        ? cells
        : cells.filter((c) => pins.every(([m, v]) => c[m] !== null && String(c[m]) === v));
    if (audit) {
      // Cells the audit withholds are suppressed like small ones, complements included, so the
      // answer's own margins do not give them back.
      const withheld = audit.withhold(view, r.query, kept);
      if (withheld.size > 0) {
        const index = new Map(data.map((cell, i) => [cell, i]));
        kept = suppressCells(data, plan, new Set([...withheld].map((k) => index.get(kept[k]!)!)));
      }
    }
    r.data = pinned(kept).slice(offset, typeof asked.limit === 'number' ? offset + asked.limit : undefined);
    audit?.release(view, r.query, r.data as Cell[]);
    // A pinned member the caller did not group by is not a column of theirs.
    const grouped = new Set(asked.dimensions ?? []);
    for (const [member] of pins) {
      if (grouped.has(member)) continue;
      for (const cell of r.data as Cell[]) delete cell[member];
    }
  }
  return body;
}
