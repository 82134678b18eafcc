import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { badInput } from './errors';

/**
 * Global object identification (Relay): an opaque, URL-safe id 'Type:databaseId' in base64url,
 * so `node(id)` can route any id to its type and clients can cache by id across types.
 */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const match = /^([A-Za-z]+):(\d{1,10})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) && id > 0 ? { type: match[1]!, id } : null;
}

/** Parses a global id that must be of `type`; otherwise a BAD_USER_INPUT naming `field`. */
export function parseGlobalId(globalId: string, type: string, field: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badInput({ field, message: `must be a ${type} id` });
  return parsed.id;
}

/** The GraphQL type name of a value: archive events carry `__typename`; entities use their class name. */
export function typeNameOf(value: unknown): string | undefined {
  if (value && typeof value === 'object') {
    const explicit = (value as { __typename?: string }).__typename;
    if (explicit) return explicit;
    return value.constructor?.name;
  }
  return undefined;
}

@InterfaceType({
  description: 'An object with a globally unique id (Relay global object identification).',
  resolveType: (value) => typeNameOf(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; pass it to `node(id:)`.' })
  id!: string;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `nodeType` (edges + nodes shortcut + pageInfo + totalCount). */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of matching rows across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;

/**
 * Relay pagination arguments, extended by each connection's args: forward (`first`, `after`)
 * and backward (`last`, `before`).
 */
@ArgsType()
export class PageInput {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default 20).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last row of the previous page (endCursor).',
  })
  @IsOptional()
  @IsString()
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `Backward paging: the last 1–${MAX_PAGE_SIZE} rows before \`before\` (or of the whole list).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first row of the next page (startCursor), for backward paging.',
  })
  @IsOptional()
  @IsString()
  before?: string;
}

/**
 * Offset cursors ('o:<offset>' in base64url). Offsets keep paging consistent with any
 * filter/sort combination and with totalCount; the lists here are bounded by company size.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput({ field, message: 'is not a cursor returned by this API' });
  return Number(match[1]);
}

export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * The rows a page covers, as an offset window. `fromEnd`: `last` without `before` — the final
 * `limit` rows, whose offset is known only with the total (see windowFromEnd); a connection
 * that can count passes `{ fromEnd: true }`, the others answer it with BAD_USER_INPUT.
 */
export interface PageWindow {
  limit: number;
  offset: number;
  fromEnd?: boolean;
}

function pageSize(value: number | null | undefined, field: string, fallback: number): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput({ field, message: `must be between 1 and ${MAX_PAGE_SIZE}` });
  }
  return size;
}

export function pageWindow(page: PageRequest, options: { fromEnd?: boolean } = {}): PageWindow {
  if (page.first != null && page.last != null) {
    throw badInput({ field: 'last', message: 'give first or last, not both' });
  }
  // Rows strictly between the cursors: [start, end).
  const start = page.after ? decodeCursor(page.after) + 1 : 0;
  const end = page.before ? decodeCursor(page.before, 'before') : null;
  if (page.last != null) {
    const last = pageSize(page.last, 'last', 20);
    if (end === null) {
      if (!options.fromEnd) {
        throw badInput({
          field: 'before',
          message: 'this connection pages backward from a cursor: give before',
        });
      }
      return { limit: last, offset: start, fromEnd: true };
    }
    const offset = Math.max(start, end - last);
    return { limit: Math.max(0, end - offset), offset };
  }
  const first = pageSize(page.first, 'first', 20);
  return { limit: end === null ? first : Math.max(0, Math.min(first, end - start)), offset: start };
}

/** A `fromEnd` window once the total is known: the last `limit` rows (not before `offset`). */
export function windowFromEnd(window: PageWindow, total: number): { limit: number; offset: number } {
  const offset = Math.max(window.offset, total - window.limit);
  return { limit: Math.max(0, total - offset), offset };
}

export function toConnection<T>(rows: T[], totalCount: number, offset: number): ConnectionShape<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes: rows,
    totalCount,
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Whether the current field's selection (fragments included) asks for `name` at the top level. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/**
 * One page of a connection. The count query runs only when the client asked for totalCount;
 * otherwise one extra row tells whether there is a next page — lists stay one statement.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>[],
  page: PageRequest,
  info?: GraphQLResolveInfo,
): Promise<ConnectionShape<T>> {
  const window = pageWindow(page, { fromEnd: true });
  if (window.fromEnd) {
    const total = await em.count(entity, where);
    const { limit, offset } = windowFromEnd(window, total);
    const rows = limit > 0 ? await em.find(entity, where, { orderBy, limit, offset }) : [];
    return toConnection(rows, total, offset);
  }
  const { limit, offset } = window;
  // `before` at the first row after `after`: an empty page (LIMIT 0 would mean "no limit").
  if (limit === 0) return toConnection([], await em.count(entity, where), offset);
  if (!info || selects(info, 'totalCount')) {
    const [rows, total] = await em.findAndCount(entity, where, { orderBy, limit, offset });
    return toConnection(rows, total, offset);
  }
  const rows = await em.find(entity, where, { orderBy, limit: limit + 1, offset });
  const hasNextPage = rows.length > limit || !!page.before;
  const connection = toConnection(rows.slice(0, limit), offset + rows.length, offset);
  connection.pageInfo.hasNextPage = hasNextPage;
  return connection;
}
