/**
 * The outbox worker as its own process (started by `pnpm start`, see scripts/supervisor.ts):
 * it claims due events with FOR UPDATE SKIP LOCKED, so any number of these may run against one
 * database, and the API processes' event loops never run workflow handlers.
 */
import { loadConfig } from '@talentloop/db/config';
import { initOrm } from '@talentloop/db/orm';
import { runServiceProcess } from '@talentloop/db/service-process';
import { createLogger } from '../../common/logger';
import { startWebhookWorker, webhookOptionsFrom } from '../webhooks/webhooks.delivery';
import { startImpactSweep } from './impact-sweep';
import { startWorkflow } from './workflow.start';

await runServiceProcess('outbox', async () => {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set (the supervisor passes it)');
  // A few connections: one outbox batch transaction at a time, the failure bookkeeping and
  // the webhook worker.
  const orm = await initOrm(config.DATABASE_URL, { pool: { max: 4 } });
  const logger = createLogger(config.LOG_LEVEL);
  try {
    const stopWorkflow = await startWorkflow(orm, { logger });
    // Webhook fan-out and delivery live here too: off the API's event loop, claimed with
    // SKIP LOCKED like the outbox, so any number of these processes share the work.
    const stopWebhooks = startWebhookWorker(orm, { ...webhookOptionsFrom(config), logger });
    // Verdicts due by the calendar, not by an event (a fresh demo company's manager has alerts).
    const stopSweep =
      config.IMPACT_SWEEP_MINUTES > 0
        ? startImpactSweep(orm, { intervalMs: config.IMPACT_SWEEP_MINUTES * 60_000, logger })
        : async () => {};
    return {
      async stop() {
        await Promise.all([stopWorkflow(), stopWebhooks(), stopSweep()]);
        await orm.close(true);
      },
    };
  } catch (error) {
    await orm.close(true);
    throw error;
  }
});
