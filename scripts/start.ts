/**
 * `pnpm start` — the main job: database up (embedded unless DATABASE_URL), migrations applied,
 * demo data seeded when the database is empty, then the services as their own processes
 * (scripts/supervisor.ts, docs/scaling.md): API_WORKERS API processes sharing API_PORT, the
 * outbox worker, Cube (with CUBE_REDIS_URL: CUBE_INSTANCES Cube APIs plus a refresh worker),
 * and the dashboard served from this process. Ctrl-C / SIGTERM stops everything within 5 s.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, type Config } from '../db/src/config';
import { DatabaseStartError, redact, startDatabase, type RunningDatabase } from '../db/src/embedded';
import { migrate } from '../db/src/migrate';
import { tlsOptions } from '../db/src/tls';
import { isEmpty, seed } from '../db/seed/index';
import { buildDashboardIfStale, serveDashboard } from '../dashboard/serve';
import { forkProcess, forkWorkers, type Supervised } from './supervisor';

const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const API_WORKER = entry('../api/src/worker.ts');
const OUTBOX_WORKER = entry('../api/src/modules/workflow/outbox.worker.ts');
const CUBE_PROCESS = entry('../semantic/src/cube.process.ts');

/** Everything must be gone this long after the signal (issue 13: shutdown within 5 s). */
const STOP_BUDGET_MS = 5000;

/** Bounded wait: a stop that hangs must not keep the terminal hostage. */
async function within(name: string, ms: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`talentloop: ${name} did not stop within ${ms} ms; exiting anyway`);
      resolve();
    }, ms);
  });
  await Promise.race([work.catch(() => {}), late]);
  clearTimeout(timer);
}

function startServices(config: Config, databaseUrl: string): Supervised[] {
  // Children read the same configuration, plus the database this process started.
  const env: NodeJS.ProcessEnv = { DATABASE_URL: databaseUrl, ...tlsEnv(config) };
  const services = [
    forkWorkers('API', API_WORKER, config.API_WORKERS, env),
    forkProcess('outbox', OUTBOX_WORKER, env),
  ];
  if (config.CUBE_REDIS_URL) {
    services.push(
      forkWorkers('Cube', CUBE_PROCESS, config.CUBE_INSTANCES, { ...env, CUBE_ROLE: 'api' }),
      forkProcess('Cube refresh', CUBE_PROCESS, { ...env, CUBE_ROLE: 'refresh' }),
    );
  } else {
    services.push(forkProcess('Cube', CUBE_PROCESS, { ...env, CUBE_ROLE: 'all' }));
  }
  return services;
}

/**
 * With TLS_CERT_FILE + TLS_KEY_FILE the API and Cube both serve HTTPS (db/src/tls.ts): the API
 * then calls Cube at https://127.0.0.1 and trusts the configured certificate as an extra CA
 * (a self-signed one too; Node reads NODE_EXTRA_CA_CERTS at process start). An explicit
 * CUBE_URL or NODE_EXTRA_CA_CERTS wins.
 */
function tlsEnv(config: Config): NodeJS.ProcessEnv {
  if (!config.TLS_CERT_FILE) return {};
  return {
    CUBE_URL: config.CUBE_URL ?? `https://127.0.0.1:${config.CUBE_PORT}`,
    NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? config.TLS_CERT_FILE,
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  let database: RunningDatabase | null = null;
  let services: Supervised[] = [];
  let dashboard: { stop(): Promise<void> } | null = null;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping TalentLoop…');
    const started = Date.now();
    const deadline = Date.now() + STOP_BUDGET_MS - 600;
    if (dashboard) await within('dashboard', 300, dashboard.stop());
    // All service processes at once: each has its own bounded stop, and SIGKILL at the deadline.
    await Promise.all(
      services.map((s) =>
        s.stop(deadline).then(() => {
          if (process.env.LOG_LEVEL === 'debug')
            console.log(`${s.name} stopped after ${Date.now() - started} ms`);
        }),
      ),
    );
    if (database) await within('database', Math.max(100, deadline + 500 - Date.now()), database.close());
    console.log(`Stopped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    database = await startDatabase(config);
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

    services = startServices(config, database.url);
    const [, ready] = await Promise.all([buildDashboardIfStale(), Promise.all(services.map((s) => s.ready))]);
    const scheme = config.TLS_CERT_FILE ? 'https' : 'http';
    const apiUrl = `${scheme}://127.0.0.1:${config.API_PORT}/graphql`;
    const tls = tlsOptions(config);
    const server = await serveDashboard({
      port: config.DASHBOARD_PORT,
      apiUrl,
      ...(tls ? { apiCa: tls.cert } : {}),
    });
    dashboard = server;
    const cubeUrl = ready.flat().find((m) => m.service.startsWith('cube') && m.url)?.url;
    const processes = services.map((s) => `${s.name} ×${s.pids().length}`).join(', ');

    console.log(`
TalentLoop is running (${processes})
  Dashboard  ${server.url}   (sign in as a demo user: exec, hr, manager, employee)
  GraphQL    ${apiUrl}
  Cube REST  ${cubeUrl ?? `${scheme}://${config.CUBE_HOST}:${config.CUBE_PORT}`}/cubejs-api/v1
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
