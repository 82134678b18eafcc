import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './App';
import { AuthProvider } from './auth/AuthContext';
import { clearToken } from './auth/session';
import './i18n';
import './styles.css';

const client = createApolloClient(() => {
  // Token expired or revoked: a full reload to the login page resets every piece of state.
  clearToken();
  if (window.location.pathname !== '/login') window.location.assign('/login');
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <AuthProvider>
        <App />
      </AuthProvider>
    </ApolloProvider>
  </StrictMode>,
);
