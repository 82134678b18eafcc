import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { createApolloClient } from '../apollo';
import { useAuth } from '../auth/AuthContext';
import { Shell } from './Shell';

/**
 * Everything behind sign-in, loaded as its own chunk with Apollo: the login page does not
 * download the GraphQL client. A new client per token, so a different user never sees the
 * previous user's cached rows (and no cache needs clearing on sign-out).
 */
export function SignedInRoot() {
  const { token, expire } = useAuth();
  const client = useMemo(() => createApolloClient(token ?? '', expire), [token, expire]);
  return (
    <ApolloProvider client={client}>
      <Shell />
    </ApolloProvider>
  );
}
