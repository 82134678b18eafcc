/**
 * `pnpm start` — the main job: database up (embedded unless DATABASE_URL), migrations applied,
 * demo data seeded when the database is empty, then the API, Cube and the dashboard, URLs
 * printed. Ctrl-C stops everything in reverse order.
 */
import { ConfigError, loadConfig } from '../db/src/config';
import { DatabaseStartError, redact, startDatabase } from '../db/src/embedded';
import { migrate } from '../db/src/migrate';
import { isEmpty, seed } from '../db/seed/index';
import { startApi } from '../api/src/server';
import { startCube } from '../semantic/src/server';
import { buildDashboardIfStale, serveDashboard } from '../dashboard/serve';

interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

/** A service that does not stop within the grace period must not keep the terminal hostage. */
async function stopWithin(service: Stoppable, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`talentloop: ${service.name} did not stop within ${ms / 1000} s; exiting anyway`);
      resolve();
    }, ms);
  });
  await Promise.race([service.stop().catch(() => {}), timeout]);
  clearTimeout(timer);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const stack: Stoppable[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping TalentLoop…');
    for (const service of stack.reverse()) await stopWithin(service, 5000);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const database = await startDatabase(config);
    stack.push({ name: 'database', stop: () => database.close() });
    console.log(
      `Database   ${database.embedded ? `embedded (${config.DATA_DIR})` : 'external'} ${redact(database.url)}`,
    );

    await migrate(database.url);
    if (await isEmpty(database.url)) {
      const started = Date.now();
      console.log(`Seeding the demo company (${config.SEED_EMPLOYEES} employees, seed ${config.SEED})…`);
      await seed(database.url, { employees: config.SEED_EMPLOYEES, seed: config.SEED });
      console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }

    const api = await startApi({ config, databaseUrl: database.url });
    stack.push({ name: 'API', stop: () => api.stop() });
    const cube = await startCube({
      databaseUrl: database.url,
      port: config.CUBE_PORT,
      jwtSecret: config.JWT_SECRET,
    });
    stack.push({ name: 'Cube', stop: () => cube.stop() });
    await buildDashboardIfStale();
    const dashboard = await serveDashboard({ port: config.DASHBOARD_PORT, apiUrl: api.url });
    stack.push({ name: 'dashboard', stop: () => dashboard.stop() });

    console.log(`
TalentLoop is running
  Dashboard  ${dashboard.url}   (sign in as a demo user: exec, hr, manager, employee)
  GraphQL    ${api.url}
  Cube REST  ${cube.url}/cubejs-api/v1
Press Ctrl-C to stop.`);
  } catch (error: unknown) {
    if (error instanceof ConfigError || error instanceof DatabaseStartError) {
      console.error(`talentloop: ${error.message}`);
    } else {
      console.error(`talentloop: start-up failed: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.LOG_LEVEL === 'debug') console.error(error);
    }
    await shutdown(1);
  }
}

void main();
