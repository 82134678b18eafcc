import type { AuthChecker } from 'type-graphql';
import { unauthenticated } from '../common/errors';
import type { Context } from '../context';
import { Role } from './viewer';

/**
 * Role layer of authorization (`@Authorized(...)`). Entries are roles ('HR') or integration
 * scopes ('scope:kpi:write' — granted to INTEGRATION tokens carrying that scope). Row-level
 * scope is NOT decided here: the ORM filters set up in buildContext() do that for every query.
 *
 * `@Authorized()` with no entries means "any authenticated caller".
 */
export const authChecker: AuthChecker<Context, string> = ({ context }, allowed) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (allowed.length === 0) return true;
  for (const entry of allowed) {
    if (entry === viewer.role) return true;
    if (
      entry.startsWith('scope:') &&
      viewer.role === Role.INTEGRATION &&
      viewer.scopes.includes(entry.slice(6))
    ) {
      return true;
    }
  }
  return false;
};
