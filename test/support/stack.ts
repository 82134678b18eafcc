import { createServer } from 'node:net';
import { loadConfig } from '@talentloop/db/config';
import { createTestDatabase } from '@talentloop/db/testing';
import { startApi } from '@talentloop/api/server';
import { startCube } from '@talentloop/semantic/server';

export interface Stack {
  databaseUrl: string;
  apiUrl: string;
  cubeUrl: string;
  dashboardUrl?: string;
  jwtSecret: string;
  stop(): Promise<void>;
}

export interface StackOptions {
  employees?: number;
  seed?: number;
  cube?: boolean;
  dashboard?: boolean;
  /**
   * Build the executive dashboard's pre-aggregations before returning (default: with the
   * dashboard), as Cube's refresh worker would in a running deployment — the API waits at most a
   * minute for a build, a first build on a busy 2-core machine can take longer.
   */
  warmAnalytics?: boolean;
}

/** A free loopback port (for servers that cannot listen on port 0 themselves). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The whole product on random ports over an isolated, seeded database — what `pnpm start`
 * runs, for end-to-end and browser tests.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const database = await createTestDatabase({
    seed: { employees: options.employees ?? 120, seed: options.seed ?? 42 },
  });
  const config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    API_PORT: await freePort(),
    CUBE_PORT: await freePort(),
  };
  const stoppers: Array<() => Promise<void>> = [() => database.close()];
  try {
    const api = await startApi({ config, databaseUrl: database.url });
    stoppers.push(() => api.stop());
    let cubeUrl = '';
    if (options.cube !== false) {
      const cube = await startCube({
        databaseUrl: database.url,
        port: config.CUBE_PORT,
        jwtSecret: config.JWT_SECRET,
        // Cube keeps its caches and queues in module state per instanceId: a second stack in the
        // same process (test/support/measure-planted.ts runs one per seed) must not read the
        // first one's cached answers.
        instanceId: `stack-${config.CUBE_PORT}`,
        // Pre-aggregations are built by the queries that need them (the warm-up below first), never
        // also by the background refresh at the same time. Both at once raced on PostgreSQL:
        // Cube 0.33 looks a just-built partition up again and skips tables whose build is still
        // queued — the scheduler's own request for the same partition (training_participation's
        // monthly by_dept partitions) — and failed the query with "Pre-aggregation table is not
        // found … after it was successfully created". PGlite runs one statement at a time, so
        // the builds never overlapped there. Nothing in a test waits for a background refresh.
        refreshSeconds: false,
      });
      stoppers.push(() => cube.stop());
      cubeUrl = cube.url;
      if (options.warmAnalytics ?? options.dashboard) {
        const { issueToken } = await import('@talentloop/api/issue-token');
        const { executiveDashboard } = await import('@talentloop/semantic/queries');
        const token = await issueToken(database.url, config.JWT_SECRET, 'exec', '10m');
        await executiveDashboard(token, { url: cube.url, timeoutMs: 500_000 });
      }
    }
    let dashboardUrl: string | undefined;
    if (options.dashboard) {
      const { buildDashboardIfStale, serveDashboard } = await import('../../dashboard/serve');
      await buildDashboardIfStale();
      const dashboard = await serveDashboard({ port: await freePort(), apiUrl: api.url });
      stoppers.push(() => dashboard.stop());
      dashboardUrl = dashboard.url;
    }
    return {
      databaseUrl: database.url,
      apiUrl: api.url,
      cubeUrl,
      dashboardUrl,
      jwtSecret: config.JWT_SECRET,
      stop: async () => {
        for (const stop of stoppers.reverse()) await stop().catch(() => {});
      },
    };
  } catch (error) {
    for (const stop of stoppers.reverse()) await stop().catch(() => {});
    throw error;
  }
}
