/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import type { MikroORM } from '@mikro-orm/core';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabaseOptions } from '@talentloop/db/testing';
import { createApp, type App } from '../server';
import { createLogger } from '../common/logger';

export const TEST_JWT_SECRET = 'api-test-secret-that-is-long-enough-0123456789';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestApi {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  app: App;
  /** POSTs a GraphQL request over real HTTP. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** A token from the devLogin mutation. */
  login(username: string): Promise<string>;
  /** SQL statements sent by the API's ORM while `fn` runs. */
  countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  close(): Promise<void>;
}

export interface StartTestApiOptions extends TestDatabaseOptions {
  nodeEnv?: 'development' | 'production' | 'test';
}

/** A migrated (optionally seeded) database and the API on a random port, over real HTTP. */
export async function startTestApi(options: StartTestApiOptions = {}): Promise<TestApi> {
  const db = await createTestDatabase(options.seed ? { seed: options.seed } : {});
  const statements: string[] = [];
  let recording = false;
  const orm = await initOrm(db.url, {
    autoJoinRefsForFilters: false,
    debug: ['query'],
    logger: (message: string) => {
      if (recording && message.includes('[query]')) statements.push(message);
    },
  });
  const app = await createApp({
    config: { NODE_ENV: options.nodeEnv ?? 'development', JWT_SECRET: TEST_JWT_SECRET },
    orm,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
  });
  const url = await app.listen(0);

  const gql: TestApi['gql'] = async (query, variables, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    return { ...body, status: response.status } as never;
  };

  return {
    url,
    databaseUrl: db.url,
    orm,
    app,
    gql,
    async login(username) {
      const res = await gql<{ devLogin: { token: string } }>(
        'mutation($u: String!) { devLogin(username: $u) { token } }',
        { u: username },
      );
      if (!res.data?.devLogin) throw new Error(`devLogin(${username}) failed: ${JSON.stringify(res.errors)}`);
      return res.data.devLogin.token;
    },
    async countStatements(fn) {
      statements.length = 0;
      recording = true;
      try {
        const result = await fn();
        return { result, statements: [...statements] };
      } finally {
        recording = false;
      }
    },
    async close() {
      await app.stop();
      await orm.close(true);
      await db.close();
    },
  };
}
