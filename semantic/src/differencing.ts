/**
 * The per-caller differencing audit (issue #10): small-cell suppression judges one answer at a
 * time (query-guard.ts), so two answers about nested populations — Jan–Jun and Feb–Jun, a
 * department subtree and one of its child subtrees, all learners and those of one position
 * family — could still be subtracted to describe fewer than five people. The filter whitelist
 * (security.ts aggregateFilterProblem / periodProblem) leaves only populations this audit can
 * order: a department subtree, whole calendar months per time dimension, and one value per fixed
 * dimension. Every cell released to a caller (token subject) is remembered with its exact people
 * count n; a new cell is withheld when, with a remembered cell of the same view and the same
 * fixed values (grouping values and `equals` filters alike),
 *  - one population contains the other (its subtree and its period contain the other's) and
 *    their n differ by 1–4 — the difference is a group of that many people; or
 *  - with the same period too, the subtrees' regions (a subtree minus the largest
 *    released subtrees inside it: subtrees are nested or disjoint, so these regions are all a
 *    caller can derive from them, e.g. a parent's direct members as S(parent) − Σ S(children))
 *    would hold 1–4 people.
 * It is always the NEW cell that is withheld: the remembered one has already left the server.
 * Pure functions here; the store (memory or Redis) is release-log.ts.
 */
import type { ViewPolicy } from './policies';
import type { CubeFilter } from './security';
import { MIN_CELL_PEOPLE, type AnswerAudit, type Cell, type QueryLike } from './query-guard';

/** The population a released cell describes, as far as the whitelist lets queries vary it. */
export interface Population {
  view: string;
  /** Dimensions fixed to one value (grouped by, or filtered with `equals`), member → value. */
  key: Record<string, string>;
  /** Department subtree (its path) the cell is limited to; '' = the whole company. */
  subtree: string;
  /** Per time dimension, the days [first, last] the cell covers; absent = unbounded. */
  period: Record<string, [string, string]>;
}

/** A released cell: its population and its exact people count. */
export interface Released extends Population {
  n: number;
}

const FAR_PAST = '0000-01-01';
const FAR_FUTURE = '9999-12-31';

/** The identity of a population (equal identity = the same people). */
export function populationId(p: Population): string {
  const sorted = (o: Record<string, unknown>) =>
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]);
  return JSON.stringify([p.view, sorted(p.key), p.subtree, sorted(p.period)]);
}

const day = (value: unknown): string | null => {
  const d = typeof value === 'string' ? /^[0-9]{4}-[0-9]{2}-[0-9]{2}/.exec(value)?.[0] : null;
  return d ?? null;
};

/** The last day of the granule (month, quarter, year) that starts on `start`. */
export function granuleEnd(start: string, granularity: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const months = granularity === 'year' ? 12 : granularity === 'quarter' ? 3 : 1;
  return new Date(Date.UTC(y, m - 1 + months, 0)).toISOString().slice(0, 10);
}

interface QueryShape {
  dimensions?: string[];
  timeDimensions?: { dimension: string; granularity?: string; dateRange?: unknown }[];
  filters?: unknown[];
}

/** The top-level AND filters of a query (nested `and` flattened; the whitelist refuses `or`). */
function andFilters(
  filters: unknown[] | undefined,
): { member: string; operator: string; values: string[] }[] {
  const out: { member: string; operator: string; values: string[] }[] = [];
  const walk = (list: CubeFilter[]) => {
    for (const f of list) {
      if ('and' in f) walk(f.and);
      else if (!('or' in f))
        out.push({ member: f.member ?? f.dimension ?? '', operator: f.operator, values: f.values ?? [] });
    }
  };
  walk((filters ?? []) as CubeFilter[]);
  return out;
}

/**
 * The population of every row of an answer to `query` on `view`, or null when the query's
 * subtree filters are disjoint (no population: nothing to audit). The subtree is the innermost of
 * the caller's scope and the query's own `startsWith` filters (all of one chain when not disjoint).
 */
export function populationsOf(
  view: string,
  policy: ViewPolicy,
  query: QueryShape,
  rows: Record<string, unknown>[],
): Population[] | null {
  const filters = andFilters(query.filters);
  const pathMember = policy.departmentPathDimension ? `${view}.${policy.departmentPathDimension}` : null;
  const paths = filters
    .filter((f) => f.operator === 'startsWith' && f.member === pathMember)
    .map((f) => f.values[0]!);
  const subtree = paths.reduce((a, b) => (a.length >= b.length ? a : b), '');
  if (paths.some((p) => !subtree.startsWith(p))) return null;
  const fixed: Record<string, string> = {};
  for (const f of filters) {
    if (f.operator === 'equals' && f.values.length === 1)
      fixed[f.member.slice(view.length + 1)] = f.values[0]!;
  }
  return rows.map((row) => {
    const key = { ...fixed };
    for (const d of query.dimensions ?? []) {
      const value = row[d];
      key[d.slice(view.length + 1)] = value === null || value === undefined ? '\u0000null' : String(value);
    }
    const period: Record<string, [string, string]> = {};
    for (const td of query.timeDimensions ?? []) {
      const name = td.dimension.slice(view.length + 1);
      const range = Array.isArray(td.dateRange) ? td.dateRange : [];
      let from = day(range[0]) ?? FAR_PAST;
      let to = day(range[range.length - 1]) ?? FAR_FUTURE;
      if (td.granularity) {
        const start = day(row[`${td.dimension}.${td.granularity}`]);
        if (start) {
          const end = granuleEnd(start, td.granularity);
          if (start > from) from = start;
          if (end < to) to = end;
        }
      }
      if (from !== FAR_PAST || to !== FAR_FUTURE) period[name] = [from, to];
    }
    return { view, key, subtree, period };
  });
}

/** Whether every person of `inner` is in `outer` by construction (same view). */
export function within(inner: Population, outer: Population): boolean {
  if (inner.view !== outer.view) return false;
  // Cells of one answer's grouping are already protected against their margins (query-guard.ts),
  // and treating more fixed values as nested would compare every refined cell with every
  // coarser one (course × department with course): the same fixed values only.
  const keys = Object.keys(inner.key);
  if (keys.length !== Object.keys(outer.key).length) return false;
  for (const member of keys) if (inner.key[member] !== outer.key[member]) return false;
  if (!inner.subtree.startsWith(outer.subtree)) return false;
  for (const name of new Set([...Object.keys(inner.period), ...Object.keys(outer.period)])) {
    const [iFrom, iTo] = inner.period[name] ?? [FAR_PAST, FAR_FUTURE];
    const [oFrom, oTo] = outer.period[name] ?? [FAR_PAST, FAR_FUTURE];
    if (iFrom < oFrom || iTo > oTo) return false;
  }
  return true;
}

const small = (group: number) => group > 0 && group < MIN_CELL_PEOPLE;

/** Identity of the view and fixed values (cells are compared only within one). */
const keyId = (p: Population): string => populationId({ ...p, subtree: '', period: {} });
/** Identity of everything but the subtree (a chain of subtrees to take regions over). */
const chainId = (p: Population): string => populationId({ ...p, subtree: '' });

/** Released cells indexed for the audit: by view and fixed values, and by all but the subtree. */
export interface ReleasedIndex {
  byKey: Map<string, Released[]>;
  byChain: Map<string, Released[]>;
}

export function indexReleased(cells: readonly Released[]): ReleasedIndex {
  const index: ReleasedIndex = { byKey: new Map(), byChain: new Map() };
  for (const cell of cells) addToIndex(index, cell);
  return index;
}

function addToIndex(index: ReleasedIndex, cell: Released): void {
  for (const [map, id] of [
    [index.byKey, keyId(cell)],
    [index.byChain, chainId(cell)],
  ] as const) {
    const list = map.get(id);
    if (list) list.push(cell);
    else map.set(id, [cell]);
  }
}

/** The largest of `cells` strictly inside subtree `path` (none inside another of them). */
function maximalInside(path: string, cells: Released[]): Released[] {
  const inside = cells.filter((c) => c.subtree !== path && c.subtree.startsWith(path));
  return inside.filter(
    (c) => !inside.some((o) => o.subtree !== c.subtree && c.subtree.startsWith(o.subtree)),
  );
}

/**
 * Why `fresh` must be withheld given the cells already released to the caller (or their index),
 * or null. The reason names the remembered population and the size of the group the difference
 * would reveal.
 */
export function differencingProblem(
  remembered: readonly Released[] | ReleasedIndex,
  fresh: Released,
): string | null {
  const index = 'byKey' in remembered ? remembered : indexReleased(remembered);
  for (const r of index.byKey.get(keyId(fresh)) ?? []) {
    if (!within(fresh, r) && !within(r, fresh)) continue;
    const group = Math.abs(r.n - fresh.n);
    if (small(group)) return `differs by ${group} from the nested population ${populationId(r)}`;
  }
  // Subtrees of one chain of fixed values and period: each region (a subtree minus the largest
  // released subtrees inside it) is what Σ-differences reveal; adding `fresh` changes its own
  // region and that of the smallest released subtree around it.
  const chain = (index.byChain.get(chainId(fresh)) ?? []).filter((r) => r.subtree !== fresh.subtree);
  const own = maximalInside(fresh.subtree, chain);
  if (own.length > 0) {
    const region = fresh.n - own.reduce((s, c) => s + c.n, 0);
    if (small(region)) return `leaves ${region} outside the subtrees released inside ${fresh.subtree || '/'}`;
  }
  const around = chain
    .filter((r) => fresh.subtree.startsWith(r.subtree))
    .reduce<Released | undefined>((a, b) => (!a || b.subtree.length > a.subtree.length ? b : a), undefined);
  if (around) {
    const inside = maximalInside(around.subtree, [...chain, fresh]);
    const region = around.n - inside.reduce((s, c) => s + c.n, 0);
    if (small(region))
      return `leaves ${region} of ${around.subtree || '/'} outside the subtrees released inside it`;
  }
  return null;
}

/**
 * Audits one answer's cells (populations and n, in answer order) against what the caller was
 * released before: the indices to withhold. Cells of one answer are not compared with each other
 * (per-answer suppression already protects their margins); the kept ones are remembered by the
 * caller afterwards (`release`).
 */
export function auditCells(remembered: readonly Released[], cells: readonly Released[]): Set<number> {
  const withhold = new Set<number>();
  const index = indexReleased(remembered);
  const known = new Map(remembered.map((r) => [populationId(r), r.n]));
  for (const [i, cell] of cells.entries()) {
    // The very population released before, with the same n, tells nothing new.
    if (known.get(populationId(cell)) === cell.n) continue;
    if (differencingProblem(index, cell)) withhold.add(i);
  }
  return withhold;
}

/**
 * The audit of one request's answers for suppressAnswer: judged against `released` (what the
 * caller had before), collecting into `collected` what this request releases.
 */
export function answerAudit(
  released: readonly Released[],
  policies: Record<string, ViewPolicy>,
  collected: Released[],
): AnswerAudit {
  const cellsOf = (view: string, query: QueryLike, cells: Cell[]): Released[] | null => {
    const policy = policies[view];
    if (!policy) return null;
    const populations = populationsOf(view, policy, query, cells);
    if (!populations) return null;
    const n = `${view}.${policy.n ?? policy.people?.default}`;
    return populations.map((p, i) => ({ ...p, n: Number(cells[i]![n] ?? Number.NaN) }));
  };
  return {
    withhold(view, query, cells) {
      const fresh = cellsOf(view, query, cells);
      if (!fresh) return new Set();
      // A cell without its exact people count cannot be judged: withheld.
      const unknown = fresh.flatMap((c, i) => (Number.isFinite(c.n) ? [] : [i]));
      return new Set([...auditCells([...released, ...collected], fresh), ...unknown]);
    },
    release(view, query, cells) {
      collected.push(...(cellsOf(view, query, cells) ?? []));
    },
  };
}
