import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { SessionEnd } from './auth/AuthContext';
import { apiErrorOf } from './i18n/errors';

const SESSION_ENDS: ReadonlySet<string> = new Set<SessionEnd>([
  'TOKEN_EXPIRED',
  'TOKEN_REVOKED',
  'TOKEN_INVALID',
]);

/** The API's UNAUTHENTICATED reason → why the session ended (anything else counts as invalid). */
export function sessionEndOf(reason: unknown): SessionEnd {
  return typeof reason === 'string' && SESSION_ENDS.has(reason) ? (reason as SessionEnd) : 'TOKEN_INVALID';
}

/**
 * One client per signed-in token (layout/SignedInRoot.tsx). The endpoint is always the
 * same-origin `/graphql`: Vite's dev server and serve.ts both proxy it to the API, so the bundle
 * never embeds an API address.
 */
export function createApolloClient(
  token: string,
  onUnauthenticated: (reason: SessionEnd) => void,
): ApolloClient {
  const auth = new SetContextLink((prev) => ({
    headers: { ...prev.headers, authorization: `Bearer ${token}` },
  }));
  // An expired or revoked token: end the session, saying why (the login page shows it). The API
  // answers it with HTTP 401, which Apollo reports as a ServerError with the body; a GraphQL
  // error list (status 200) is read the same way.
  const errors = new ErrorLink(({ error }) => {
    const refused = apiErrorOf(error);
    if (refused.code === 'UNAUTHENTICATED') onUnauthenticated(sessionEndOf(refused.reason));
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, auth, new HttpLink({ uri: '/graphql' })]),
    // `analytics` has no id and each overview card asks for its own fields of it: merge them
    // instead of letting one card's answer replace (and so refetch) another's.
    cache: new InMemoryCache({ typePolicies: { Analytics: { merge: true } } }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
