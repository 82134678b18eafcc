/**
 * Issues an access token for an existing login — how an operator hands a token to a
 * third-party tool in production, where devLogin is off:
 *
 *   DATABASE_URL=… JWT_SECRET=… node --import ./scripts/register.mjs api/src/issue-token.ts integration 30d
 *
 * Prints the token only (pipe it into a secret store). The claims come from app_user, exactly
 * as devLogin would issue them (with `exp`, `sub` and the login's token version). Revoke with
 * HR's `revokeSessions` / `deactivateLogin` — no secret rotation (docs/operations.md).
 */
import { loadConfig } from '@talentloop/db/config';
import { initOrm } from '@talentloop/db/orm';
import { signToken } from './auth/token';
import { viewerForUser } from './modules/auth/auth.service';

export async function issueToken(
  databaseUrl: string,
  secret: string,
  username: string,
  expiresIn = '30d',
): Promise<string> {
  const orm = await initOrm(databaseUrl, { pool: { min: 0, max: 1 } });
  try {
    const viewer = await viewerForUser(orm.em.fork(), username);
    if (!viewer) throw new Error(`no active login named ${username}`);
    return await signToken(viewer, secret, expiresIn);
  } finally {
    await orm.close(true);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [username, expiresIn = '30d'] = process.argv.slice(2);
  const config = loadConfig();
  if (!username || !config.DATABASE_URL) {
    console.error('usage: DATABASE_URL=… JWT_SECRET=… issue-token.ts <username> [expiresIn, e.g. 30d]');
    process.exit(1);
  }
  try {
    console.log(await issueToken(config.DATABASE_URL, config.JWT_SECRET, username, expiresIn));
  } catch (error) {
    console.error(`issue-token: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
