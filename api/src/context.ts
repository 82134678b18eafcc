import type { IncomingMessage } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '@talentloop/db/config';
import type { Logger } from 'pino';
import type { CubeClientOptions } from '@talentloop/semantic/client';
import { resolveScope, SCOPE_FILTER, scopeFor } from './auth/scope.filter';
import { bearerToken, verifyToken } from './auth/token';
import type { Viewer } from './auth/viewer';
import { GraphQLError } from 'graphql';
import { Loaders } from './common/loaders';

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
}

export interface BuildContextOptions {
  orm: MikroORM;
  config: Pick<Config, 'NODE_ENV' | 'JWT_SECRET'>;
  logger: Logger;
  req?: Pick<IncomingMessage, 'headers'>;
  /** Tests and server-side callers may pass the bearer token directly. */
  authorization?: string | null;
  /** Cube's base URL; default: CUBE_URL, else 127.0.0.1:CUBE_PORT. */
  analytics?: CubeClientOptions;
}

export async function buildContext(options: BuildContextOptions): Promise<Context> {
  const header = options.authorization ?? options.req?.headers.authorization ?? null;
  let viewer: Viewer | null = null;
  let token: string | null = null;
  try {
    token = bearerToken(header);
    viewer = token ? await verifyToken(token, options.config.JWT_SECRET) : null;
  } catch (error) {
    // Thrown before execution: Apollo answers with this error alone; 401 tells HTTP clients
    // (and proxies) to re-authenticate.
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
    }
    throw error;
  }
  const em = options.orm.em.fork() as EntityManager;
  em.setFilterParams(SCOPE_FILTER, await resolveScope(scopeFor(viewer), em));
  return {
    em,
    viewer,
    token,
    loaders: new Loaders(em),
    analytics: options.analytics ?? {},
    config: options.config,
    logger: options.logger,
  };
}
