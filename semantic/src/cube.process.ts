/**
 * Cube as its own process of `pnpm start` (scripts/supervisor.ts). CUBE_ROLE picks what this
 * process does: 'all' (the default single Cube: serve + refresh, memory cache), or with
 * CUBE_REDIS_URL 'api' (one of CUBE_INSTANCES processes sharing CUBE_PORT) or 'refresh' (the
 * one process that builds pre-aggregations).
 */
import { cubeDatabaseUrl, loadConfig } from '@talentloop/db/config';
import { runServiceProcess } from '@talentloop/db/service-process';
import { tlsOptions } from '@talentloop/db/tls';
import { startCube } from './server';

const ROLES = ['all', 'api', 'refresh'] as const;
const role = (process.env.CUBE_ROLE ?? 'all') as (typeof ROLES)[number];

await runServiceProcess(role === 'all' ? 'cube' : `cube-${role}`, async () => {
  if (!ROLES.includes(role)) throw new Error(`CUBE_ROLE must be one of ${ROLES.join(', ')}`);
  const config = loadConfig();
  // API instances read ANALYTICS_DATABASE_URL (a replica) when set; builds stay on the primary.
  const databaseUrl = cubeDatabaseUrl(config, role);
  if (!databaseUrl) throw new Error('DATABASE_URL is not set (the supervisor passes it)');
  if (role !== 'all' && !config.CUBE_REDIS_URL) throw new Error(`CUBE_ROLE=${role} needs CUBE_REDIS_URL`);
  return startCube({
    databaseUrl,
    port: config.CUBE_PORT,
    host: config.CUBE_HOST,
    jwtSecret: config.JWT_SECRET,
    role,
    // TLS_CERT_FILE + TLS_KEY_FILE: HTTPS, as the API (scripts/start.ts points the API at it).
    tls: tlsOptions(config),
    // The dashboard's panels repeat within seconds; 10 s of staleness on top of Cube's own
    // refresh keys, never longer than the session check's period (docs/performance.md).
    responseCacheSeconds: 10,
    ...(config.CUBE_REDIS_URL ? { redisUrl: config.CUBE_REDIS_URL } : {}),
  });
});
