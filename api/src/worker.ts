/**
 * One API worker process (scripts/supervisor.ts forks API_WORKERS of them with node:cluster;
 * they share API_PORT and the primary spreads connections between them). The outbox runs in
 * its own process (modules/workflow/outbox.worker.ts), so workers only serve requests.
 */
import { loadConfig } from '@talentloop/db/config';
import { runServiceProcess } from '@talentloop/db/service-process';
import { startApi } from './server';

await runServiceProcess('api', async () => {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set (the supervisor passes it)');
  return startApi({ config, databaseUrl: config.DATABASE_URL, workflow: false });
});
