import { startCube, type CubeOptions, type CubeProcessOptions, type RunningCube } from './server';

/**
 * Cube as the tests run it against their small seeded companies: an ephemeral port, no
 * scheduled refresh (pre-aggregations build on the tests' own first queries), a small pool and
 * two queries at a time. `overrides` adds or replaces settings (a logger, no session check).
 */
export function startTestCube(
  databaseUrl: string,
  jwtSecret: string,
  overrides: Partial<CubeOptions & CubeProcessOptions> = {},
): Promise<RunningCube> {
  return startCube({
    databaseUrl,
    port: 0,
    jwtSecret,
    refreshSeconds: false,
    maxPoolSize: 4,
    concurrency: 2,
    ...overrides,
  });
}
