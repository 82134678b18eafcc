/**
 * Child process: the TalentLoop API, exactly as `startApi()` builds it (initOrm with
 * autoJoinRefsForFilters: false → createApp), minus the outbox workflow — the benchmark
 * database is read-only for us and the poller's own queries would pollute the measurements.
 *
 * Two instances share one schema object:
 *  - `url`: the measured one, ORM configured as in production (no query logging);
 *  - `countUrl`: an ORM with MikroORM's query log hooked (the same technique as
 *    api/src/testing/harness.ts `countStatements`), used only for the statement-count pass,
 *    so logging never costs anything in the timed runs.
 */
import { createApp } from '@talentloop/api/server';
import { createLogger } from '@talentloop/api/common/logger';
import { initOrm } from '@talentloop/db/orm';
import { answerParent } from './control';

const databaseUrl = process.env.BENCH_DATABASE_URL!;
const poolMax = Number(process.env.BENCH_POOL_MAX ?? 10);
// The process runs with NODE_ENV=production like every engine's (child.ts: graphql-js' checks);
// the app's own config stays 'development' because the bench signs in through devLogin.
const config = { NODE_ENV: 'development' as const, JWT_SECRET: process.env.BENCH_JWT_SECRET! };
const logger = createLogger('warn');

const log = answerParent();

const orm = await initOrm(databaseUrl, { autoJoinRefsForFilters: false, pool: { max: poolMax } });
const countingOrm = await initOrm(databaseUrl, {
  autoJoinRefsForFilters: false,
  pool: { max: poolMax },
  debug: ['query'],
  colors: false,
  logger: (message: string) => {
    if (!log.recording || !message.includes('[query]')) return;
    // MikroORM colours its log lines whatever `colors` says; strip the escapes.
    // eslint-disable-next-line no-control-regex
    message = message.replace(/\x1b\[[0-9;]*m/g, '');
    const took = /\[took (\d+(?:\.\d+)?) ms/.exec(message);
    // ms: MikroORM's own measurement, query sent → rows back (includes waiting for a connection).
    log.push({
      sql: message.replace(/^\[query\]\s*/, '').replace(/\s*\[took [^\]]*\]\s*$/, ''),
      ms: took ? Number(took[1]) : NaN,
    });
  },
});

const app = await createApp({ config, orm, logger });
const countingApp = await createApp({ config, orm: countingOrm, logger, schema: app.schema });
const url = await app.listen(0);
const countUrl = await countingApp.listen(0);

async function shutdown() {
  await Promise.allSettled([app.stop(), countingApp.stop()]);
  await Promise.allSettled([orm.close(true), countingOrm.close(true)]);
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());

process.send!({ url, countUrl, pid: process.pid });
