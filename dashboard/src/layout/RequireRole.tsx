import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { allowed, type AppRoute, homeFor } from '../auth/routes';

/** Signed out → login (remembering where to come back); wrong role → a clear "no access" page. */
export function RequireRole({ route, children }: { route: AppRoute; children: ReactNode }) {
  const { role } = useAuth();
  const location = useLocation();
  if (!role) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!allowed(route, role)) return <NoAccess />;
  return <>{children}</>;
}

export function NoAccess() {
  const { t } = useTranslation();
  const { role } = useAuth();
  return (
    <div className="page page-narrow" data-testid="no-access">
      <h1>{t('noAccess.title')}</h1>
      <p>{t('noAccess.body', { role: role ? t(`role.${role}`) : '' })}</p>
      {role ? (
        <Link className="btn" to={homeFor(role)}>
          {t('noAccess.home')}
        </Link>
      ) : null}
    </div>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page page-narrow" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('noAccess.home')}</Link>
    </div>
  );
}

export function ApiOnly() {
  const { t } = useTranslation();
  return (
    <div className="page page-narrow" data-testid="api-only">
      <h1>{t('apiOnly.title')}</h1>
      <p>{t('apiOnly.body')}</p>
      <code>POST /graphql</code>
    </div>
  );
}
