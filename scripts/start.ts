/**
 * `pnpm start` — the main job: database up (embedded unless DATABASE_URL), migrations applied,
 * demo data seeded when the database is empty, then the API, Cube and the dashboard, URLs
 * printed. Ctrl-C stops everything in reverse order.
 */
import { ConfigError, loadConfig } from '@talentloop/db/config';
import { DatabaseStartError, redact, startDatabase } from '@talentloop/db/embedded';
import { migrate } from '@talentloop/db/migrate';
import { isEmpty, seed } from '@talentloop/db/seed';
import { startApi } from '@talentloop/api/server';
import { startCube } from '@talentloop/semantic/server';
import { buildDashboardIfStale, serveDashboard } from '../dashboard/serve';

interface Stoppable {
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const stack: Stoppable[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping TalentLoop…');
    for (const service of stack.reverse()) await service.stop().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const database = await startDatabase(config);
    stack.push({ stop: () => database.close() });
    console.log(`Database   ${database.embedded ? `embedded (${config.DATA_DIR})` : 'external'} ${redact(database.url)}`);

    await migrate(database.url);
    if (await isEmpty(database.url)) {
      const started = Date.now();
      console.log(`Seeding the demo company (${config.SEED_EMPLOYEES} employees, seed ${config.SEED})…`);
      await seed(database.url, { employees: config.SEED_EMPLOYEES, seed: config.SEED });
      console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }

    const api = await startApi({ config, databaseUrl: database.url });
    stack.push(api);
    const cube = await startCube({ databaseUrl: database.url, port: config.CUBE_PORT, jwtSecret: config.JWT_SECRET });
    stack.push(cube);
    await buildDashboardIfStale();
    const dashboard = await serveDashboard({ port: config.DASHBOARD_PORT, apiUrl: api.url });
    stack.push(dashboard);

    console.log(`
TalentLoop is running
  Dashboard  ${dashboard.url}   (sign in as a demo user: exec, hr, manager, employee)
  GraphQL    ${api.url}
  Cube REST  ${cube.url}/cubejs-api/v1
Press Ctrl-C to stop.`);
  } catch (error) {
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
