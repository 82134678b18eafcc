import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { type SessionEnd, useAuth } from '../../auth/AuthContext';
import { DEMO_USERS, returnPath } from '../../auth/routes';
import { decodeToken } from '../../auth/session';
import { type ApiError, describeApiError } from '../../i18n/errors';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { devLogin } from './devLogin';

const SESSION_NOTICE: Record<SessionEnd, string> = {
  TOKEN_EXPIRED: 'session.expired',
  TOKEN_REVOKED: 'session.revoked',
  TOKEN_INVALID: 'session.invalid',
};

/**
 * Demo sign-in: the API's dev-only `devLogin(username)` issues a JWT for a seeded account.
 * A visitor sent here from a deep link (location.state.from) goes back to it after signing in.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { role, ended, signIn } = useAuth();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [username, setUsername] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  // Signed in (just now, or already): go where the visitor was heading.
  if (role) return <Navigate to={returnPath(from, role)} replace />;

  const submit = async (name: string) => {
    setPending(true);
    setError(null);
    const result = await devLogin(name);
    setPending(false);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    if (decodeToken(result.token)) signIn(result.token);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (username.trim()) void submit(username.trim());
  };

  const described = error ? describeApiError(t, error) : null;
  return (
    <main className="login" data-testid="login-page" id="main">
      <div className="login-card">
        <div className="login-head">
          <h1>TalentLoop</h1>
          <LanguageSwitch />
        </div>
        {ended ? (
          <p className="notice notice-warn" role="status" data-testid="session-ended" data-reason={ended}>
            {t(SESSION_NOTICE[ended])}
          </p>
        ) : null}
        {from && returnPath(from, 'EMPLOYEE') === from ? (
          <p className="muted small" data-testid="return-to">
            {t('session.returnTo')}
          </p>
        ) : null}
        <p className="muted">{t('login.subtitle')}</p>
        <h2>{t('login.demoUsers')}</h2>
        <div className="demo-users">
          {DEMO_USERS.map((u) => (
            <button
              key={u.username}
              type="button"
              className="btn demo-user"
              disabled={pending}
              onClick={() => void submit(u.username)}
              data-testid={`login-${u.username}`}
            >
              <b translate="no">{u.username}</b>
              <span>{t(`role.${u.role}`)}</span>
            </button>
          ))}
        </div>
        <form onSubmit={onSubmit} className="login-form" noValidate>
          <label>
            {t('login.username')}
            <input
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              aria-invalid={error?.fields.includes('username') || undefined}
              aria-describedby={described ? 'login-error' : undefined}
              data-testid="login-username"
            />
          </label>
          <button type="submit" className="btn btn-primary" disabled={pending || !username.trim()}>
            {t('login.signIn')}
          </button>
        </form>
        {described ? (
          <div
            className="state state-error"
            role="alert"
            id="login-error"
            data-testid="error"
            data-code={error?.code}
          >
            <strong>{described.title}</strong>
            {described.details.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
        <p className="muted small">{t('login.devOnly')}</p>
      </div>
    </main>
  );
}
