import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  GraphQLError,
  isAbstractType,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { typeNameOf } from './relay';

/** Which executor runs queries: graphql-jit (default) or Apollo's own graphql-js execution. */
export type ExecutorKind = 'jit' | 'graphql-js';

export function executorFromEnv(value: string | undefined): ExecutorKind {
  if (value === undefined || value === '' || value === 'jit') return 'jit';
  if (value === 'graphql-js') return 'graphql-js';
  throw new Error(`API_EXECUTOR must be "jit" or "graphql-js", not "${value}"`);
}

export type FormatError = (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError;

export interface JitExecutorOptions {
  /** The same function Apollo's `formatError` gets: errors leave in one shape on both paths. */
  formatError: FormatError;
  /** Compiled operations kept (least recently used dropped first). */
  maxCompiled?: number;
  /**
   * Requests of one operation answered by graphql-js before it is compiled: compiling costs
   * more than executing once, so one-off documents (or a client sending random ones) never pay it.
   */
  compileAfter?: number;
}

/** What the executor did in this process (GET /stats, tests). */
export interface JitStats {
  /** Operations compiled (each once while it stays in the cache). */
  compiled: number;
  /** Requests graphql-jit answered. */
  executed: number;
  /** Queries left to graphql-js: not compiled yet, not compilable, or refused variables. */
  fallbacks: number;
}

/** Marks an operation graphql-jit cannot compile: it stays on graphql-js. */
const NOT_COMPILABLE = Symbol('not compilable');

type Entry = { seen: number } | CompiledQuery | typeof NOT_COMPILABLE;

/** A Map in insertion order, touched on every hit: the oldest key is the least recently used. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
  get size(): number {
    return this.map.size;
  }
}

/**
 * graphql-jit calls `resolveType` and needs its answer synchronously (a type name); type-graphql
 * wraps every `resolveType` in an async function. Every abstract type of this schema (Node,
 * ArchiveEvent) resolves the same way — `typeNameOf`: the object's `__typename` (archive events,
 * compiled read-path objects) or its entity class name — so the schema gets that rule as a plain
 * function. graphql-js accepts it as well, so both executors resolve types identically. Assigning
 * `resolveType` on a built type is public API (graphql-tools does the same).
 */
export function synchronousTypeResolution(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith('__')) continue;
    type.resolveType = (value) => typeNameOf(value);
  }
}

/**
 * Apollo's error normalisation for execution errors (what `formatError` receives on the
 * graphql-js path): a code (INTERNAL_SERVER_ERROR when none), an `http` extension moved to the
 * response head, never a stack trace; then the app's formatError. Apollo applies it only to the
 * results of its own execution, so a plugin answering the operation must do the same.
 */
function formatErrors(
  errors: readonly GraphQLError[],
  formatError: FormatError,
): { formatted: GraphQLFormattedError[]; status?: number } {
  let status: number | undefined;
  const formatted = errors.map((error) => {
    try {
      const extensions: Record<string, unknown> = {
        ...error.extensions,
        code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      };
      const http = extensions.http as { status?: unknown } | undefined;
      if (http && typeof http === 'object') {
        if (typeof http.status === 'number') status = http.status;
        delete extensions.http;
      }
      return formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  });
  return { formatted, status };
}

/**
 * Executes queries with graphql-jit instead of graphql-js, through Apollo's public plugin hook
 * `responseForOperation` (called after parsing, validation and every `didResolveOperation` —
 * admission control and the row scope — and before Apollo's own execution, which it replaces
 * when it returns a response).
 *
 * - One compiled function per (document, operation name), made on the operation's
 *   `compileAfter`-th request and kept in an LRU cache. graphql-jit generates JavaScript for the
 *   operation's exact selection: no per-field dispatch over the AST, default resolvers become
 *   property reads, leaf values are serialised inline.
 * - Queries only: mutations (serial, rare) and subscriptions stay on graphql-js. So does an
 *   operation graphql-jit cannot compile, and a request whose variables graphql-jit refuses —
 *   graphql-js then answers with its own, unchanged, error wording.
 * - The same resolvers, context and info; errors go through the same formatError (codes, paths,
 *   no stack traces).
 */
export function jitExecutorPlugin<TContext extends object>(
  schema: GraphQLSchema,
  options: JitExecutorOptions,
): ApolloServerPlugin<TContext> & { stats: JitStats } {
  synchronousTypeResolution(schema);
  const stats: JitStats = { compiled: 0, executed: 0, fallbacks: 0 };
  const cache = new Lru<Entry>(options.maxCompiled ?? 500);
  const compileAfter = options.compileAfter ?? 2;

  function compiledFor(context: GraphQLRequestContext<TContext>): CompiledQuery | null {
    const operationName = context.request.operationName ?? context.operationName ?? '';
    const key = `${context.queryHash}:${operationName}`;
    const entry = cache.get(key);
    if (entry === NOT_COMPILABLE) return null;
    if (entry && !('seen' in entry)) return entry;
    const seen = (entry?.seen ?? 0) + 1;
    if (seen < compileAfter) {
      cache.set(key, { seen });
      return null;
    }
    let compiled: CompiledQuery | ExecutionResult;
    try {
      compiled = compileQuery(schema, context.document!, operationName || undefined, {
        // Stack traces never leave the server (formatError), so capturing them is wasted work.
        disablingCapturingStackErrors: true,
      });
    } catch {
      compiled = { errors: [] };
    }
    if (!isCompiledQuery(compiled)) {
      cache.set(key, NOT_COMPILABLE);
      return null;
    }
    cache.set(key, compiled);
    stats.compiled += 1;
    return compiled;
  }

  return {
    stats,
    async requestDidStart() {
      return {
        async responseForOperation(context): Promise<GraphQLResponse | null> {
          if (context.operation?.operation !== 'query' || !context.document) return null;
          const compiled = compiledFor(context);
          if (!compiled) {
            stats.fallbacks += 1;
            return null;
          }
          const result: ExecutionResult = await compiled.query(
            undefined,
            context.contextValue,
            context.request.variables ?? {},
          );
          // No data at all: the variables were refused before execution. graphql-js answers that.
          if (!('data' in result)) {
            stats.fallbacks += 1;
            return null;
          }
          stats.executed += 1;
          const http = { status: undefined as number | undefined, headers: new HeaderMap() };
          if (!result.errors?.length)
            return { http, body: { kind: 'single', singleResult: { data: result.data } } };
          const { formatted, status } = formatErrors(result.errors, options.formatError);
          http.status = status;
          return { http, body: { kind: 'single', singleResult: { data: result.data, errors: formatted } } };
        },
      };
    },
  };
}
