import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { pageWindow, toConnection, type ConnectionShape, type PageRequest } from '../common/relay';
import { ReadPathCompiler } from './compiler';
import type { CompiledObject } from './install';
import { rootSelectionSets, selectionContext, subSelections } from './selection';
import { SPECS } from './specs';
import { requestScope, runSql } from './sql';

/** A compiler for the field being resolved, with the request's row scope. */
export function compilerFor(em: EntityManager, info: GraphQLResolveInfo): ReadPathCompiler {
  return new ReadPathCompiler(em, info.schema, selectionContext(info), requestScope(em));
}

export interface PageQuery {
  /** The node type (a SPECS entry), e.g. 'Employee'. */
  typeName: string;
  /** Row alias used by `where` and `orderBy`. */
  alias: string;
  /** Conditions on the rows at `alias` (filters); the row scope is added here. */
  where: string[];
  /** Sort expressions over `alias`, ending with a unique key so pages are stable. */
  orderBy: { expr: string; direction: 'asc' | 'desc' }[];
  /** Extra scalar expressions returned next to the page (e.g. a filter's existence check). */
  extra?: Record<string, string>;
  /**
   * A cheaper expression for the total, when the caller has one that counts exactly the rows of
   * `where` and the row scope (e.g. maintained department headcounts); default `count(*)`.
   */
  countSql?: string;
}

/**
 * One page of a Relay connection over a SPECS type as ONE statement: the page's rows in
 * order with their nested selection as JSON, the total (only when `totalCount` is selected —
 * otherwise one extra row tells whether there is a next page), and `extra` values. Offsets and
 * cursors are the ones `paginate()` uses (common/relay.ts), so clients see no difference.
 */
export async function compiledPage(
  compiler: ReadPathCompiler,
  em: EntityManager,
  info: GraphQLResolveInfo,
  query: PageQuery,
  page: PageRequest,
): Promise<{ connection: ConnectionShape<CompiledObject>; extra: Record<string, unknown> }> {
  // Backward paging without a cursor (`last` alone) starts at total − last: computed in the
  // same statement (`bounds`), so the page stays one statement.
  const window = pageWindow(page, { fromEnd: true });
  const { limit } = window;
  const { typeName, alias } = query;
  const connection = compiler.fields(`${typeName}Connection`, rootSelectionSets(info));
  const edges = compiler.fields(`${typeName}Edge`, subSelections(connection, 'edges'));
  const nodeSets = [...subSelections(connection, 'nodes'), ...subSelections(edges, 'node')];
  const withTotal = [...connection.values()].some((f) => f.name === 'totalCount');

  const where = [...query.where];
  const scope = compiler.rowScope(typeName, alias);
  if (scope) where.push(scope);
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const table = compiler.table(typeName);
  const sortKeys = query.orderBy.map((o, i) => ({ ...o, name: `__s${i}` }));
  const fetch = withTotal || window.fromEnd ? limit : limit + 1;
  const p = compiler.params;
  const offsetSql = window.fromEnd
    ? `(select greatest(${p.bind(window.offset)}::int, count(*)::int - ${p.bind(limit)}::int) from ${table} ${alias} ${whereSql})`
    : p.bind(window.offset);
  const node = compiler.object(typeName, alias, nodeSets);
  const columns = [
    ...(withTotal
      ? [`${query.countSql ?? `(select count(*)::int from ${table} ${alias} ${whereSql})`} as total`]
      : []),
    `(select count(*)::int from page) as fetched`,
    `(select coalesce(json_agg(${node} order by ${alias}.__n), '[]'::json) from (select page.*, row_number() over (order by ${sortKeys.map((k) => `page.${k.name} ${k.direction}`).join(', ')}) as __n from page) ${alias} where ${alias}.__n <= ${p.bind(limit)}) as nodes`,
    ...Object.entries(query.extra ?? {}).map(([name, expr]) => `${expr} as "${name}"`),
    ...(window.fromEnd ? ['(select start from bounds) as start'] : []),
  ];
  const bounds = window.fromEnd ? `bounds as (select ${offsetSql} as start),\n` : '';
  const sql = `with ${bounds}page as (
  select ${alias}.*, ${sortKeys.map((k) => `${k.expr} as ${k.name}`).join(', ')}
  from ${table} ${alias} ${whereSql}
  order by ${sortKeys.map((k) => `${k.expr} ${k.direction}`).join(', ')}
  limit ${p.bind(fetch)} offset ${window.fromEnd ? '(select start from bounds)' : p.bind(window.offset)}
)
select ${columns.join(',\n  ')}`;
  const [row] = await runSql<Record<string, unknown>>(em, p, sql);
  const nodes = (row!.nodes ?? []) as CompiledObject[];
  const fetched = Number(row!.fetched);
  const offset = window.fromEnd ? Number(row!.start) : window.offset;
  const total = withTotal ? Number(row!.total) : offset + fetched;
  const result = toConnection(nodes, total, offset);
  // A page ending at a `before` cursor has rows after it; `last` alone ends the list.
  if (!withTotal) result.pageInfo.hasNextPage = window.fromEnd ? false : fetched > limit || !!page.before;
  return { connection: result, extra: row! };
}

/** Whether `typeName` objects can be compiled (a node lookup takes the compiled path). */
export function isCompilable(typeName: string): boolean {
  return typeName in SPECS;
}

/**
 * One object by database id as ONE statement (employee(id), node(id)): null when it does not
 * exist or is outside the caller's row scope, like the loaders' byId.
 */
export async function compiledNode(
  em: EntityManager,
  info: GraphQLResolveInfo,
  typeName: string,
  id: number,
): Promise<CompiledObject | null> {
  const compiler = compilerFor(em, info);
  const alias = 'r';
  const where = [`${alias}.id = ${compiler.params.bind(id)}`];
  const scope = compiler.rowScope(typeName, alias);
  if (scope) where.push(scope);
  const object = compiler.object(typeName, alias, rootSelectionSets(info));
  const rows = await runSql<{ node: CompiledObject }>(
    em,
    compiler.params,
    `select ${object} as node from ${compiler.table(typeName)} ${alias} where ${where.join(' and ')}`,
  );
  return rows[0]?.node ?? null;
}
