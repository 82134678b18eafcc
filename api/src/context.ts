import type { IncomingMessage } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '@talentloop/db/config';
import type { Logger } from 'pino';
import type { CubeClientOptions } from '@talentloop/semantic/client';
import type { ApolloServerPlugin } from '@apollo/server';
import { resolveScope, SCOPE_FILTER, scopeFor, type ScopeParams } from './auth/scope.filter';
import { SessionCheck, sqlLoginLookup } from './auth/sessions';
import { bearerToken, verifyToken } from './auth/token';
import type { Viewer } from './auth/viewer';
import { GraphQLError } from 'graphql';
import { badInputError, findBadInput } from './common/input-guard';
import { Loaders } from './common/loaders';
import { setAuditActor, userActor } from './modules/audit/audit.service';

/** Everything a resolver may use. Built fresh for each request — nothing request-scoped is global. */
export interface Context {
  /** A fork of the ORM's EntityManager: its own identity map, row scope set for this viewer. */
  em: EntityManager;
  viewer: Viewer | null;
  /** The caller's verified bearer token, for calls made on their behalf (Cube analytics). */
  token: string | null;
  loaders: Loaders;
  /** Where the semantic layer (Cube) answers the `analytics` fields. */
  analytics: CubeClientOptions;
  config: Pick<Config, 'NODE_ENV' | 'JWT_SECRET'>;
  logger: Logger;
  /**
   * Resolves the row scope's look-ups (a manager's department path) once; the scope plugin
   * calls it after the operation was parsed and validated, so a malformed request costs no
   * SQL. Until then the em's scope is 'none' (fail closed).
   */
  ready(): Promise<void>;
  /** Drops the cached session state of a login after a revocation (this instance). */
  sessions: SessionCheck;
}

export type ContextConfig = Pick<Config, 'NODE_ENV' | 'JWT_SECRET'> &
  Partial<Pick<Config, 'SESSION_CHECK_SECONDS'>>;

export interface BuildContextOptions {
  orm: MikroORM;
  config: ContextConfig;
  logger: Logger;
  req?: Pick<IncomingMessage, 'headers'>;
  /** Tests and server-side callers may pass the bearer token directly. */
  authorization?: string | null;
  /** Cube's base URL; default: CUBE_URL, else 127.0.0.1:CUBE_PORT. */
  analytics?: CubeClientOptions;
}

const sessionChecks = new WeakMap<MikroORM, SessionCheck>();

/** One session check per ORM (i.e. per API instance), so its cache spans requests. */
export function sessionCheckFor(orm: MikroORM, config: ContextConfig): SessionCheck {
  let check = sessionChecks.get(orm);
  if (!check) {
    const connection = orm.em.getConnection();
    check = new SessionCheck(
      sqlLoginLookup((sql, params) => connection.execute(sql, params)),
      (config.SESSION_CHECK_SECONDS ?? 30) * 1000,
    );
    sessionChecks.set(orm, check);
  }
  return check;
}

async function authenticate(
  header: string | null,
  options: BuildContextOptions,
  sessions: SessionCheck,
): Promise<{ viewer: Viewer | null; token: string | null }> {
  try {
    const token = bearerToken(header);
    const viewer = token ? await verifyToken(token, options.config.JWT_SECRET) : null;
    if (viewer) await sessions.assertCurrent(viewer);
    return { viewer, token };
  } catch (error) {
    // Thrown before execution: Apollo answers with this error alone; 401 tells HTTP clients
    // (and proxies) to re-authenticate.
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
    }
    throw error;
  }
}

export async function buildContext(options: BuildContextOptions): Promise<Context> {
  const header = options.authorization ?? options.req?.headers.authorization ?? null;
  const sessions = sessionCheckFor(options.orm, options.config);
  const { viewer, token } = await authenticate(header, options, sessions);
  const em = options.orm.em.fork() as EntityManager;
  const scope = scopeFor(viewer);
  // Scopes that need no look-up are final now; a subtree waits for ready() (see Context.ready).
  const needsLookup = scope.kind === 'subtree';
  em.setFilterParams(SCOPE_FILTER, needsLookup ? ({ kind: 'none' } satisfies ScopeParams) : scope);
  setAuditActor(em, viewer ? userActor(viewer) : null);
  let resolving: Promise<void> | null = needsLookup ? null : Promise.resolve();
  return {
    em,
    viewer,
    token,
    loaders: new Loaders(em),
    analytics: options.analytics ?? {},
    config: options.config,
    logger: options.logger,
    sessions,
    ready() {
      resolving ??= resolveScope(scope, em).then((params) => em.setFilterParams(SCOPE_FILTER, params));
      return resolving;
    },
  };
}

/**
 * Runs after parsing and validation (didResolveOperation), right before execution: refuses
 * argument values no field accepts (NUL bytes, out-of-range numbers — common/input-guard.ts),
 * then resolves the request's row scope — so a refused request costs no SQL.
 */
export const scopePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document, request }) {
        const problems = findBadInput(document, request.variables);
        if (problems.length > 0) throw badInputError(problems);
        await contextValue.ready();
      },
    };
  },
};
