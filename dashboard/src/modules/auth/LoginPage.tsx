import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { DEMO_USERS, homeFor } from '../../auth/routes';
import { decodeToken } from '../../auth/session';
import { ErrorState } from '../../components/States';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { DevLoginDocument } from './auth.queries';

/** Demo sign-in: the API's dev-only `devLogin(username)` issues a JWT for a seeded account. */
export function LoginPage() {
  const { t } = useTranslation();
  const { role, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [login, { loading, error }] = useMutation(DevLoginDocument);

  if (role) return <Navigate to={homeFor(role)} replace />;

  const submit = async (name: string) => {
    const result = await login({ variables: { username: name } }).catch(() => null);
    const token = result?.data?.devLogin.token;
    const claims = token ? decodeToken(token) : null;
    if (!token || !claims) return;
    await signIn(token);
    const from = (location.state as { from?: string } | null)?.from;
    navigate(from && from !== '/login' ? from : homeFor(claims.role), { replace: true });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (username.trim()) void submit(username.trim());
  };

  return (
    <div className="login" data-testid="login-page">
      <div className="login-card">
        <div className="login-head">
          <h1>TalentLoop</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('login.subtitle')}</p>
        <h2>{t('login.demoUsers')}</h2>
        <div className="demo-users">
          {DEMO_USERS.map((u) => (
            <button
              key={u.username}
              type="button"
              className="btn demo-user"
              disabled={loading}
              onClick={() => void submit(u.username)}
              data-testid={`login-${u.username}`}
            >
              <b>{u.username}</b>
              <span>{t(`role.${u.role}`)}</span>
            </button>
          ))}
        </div>
        <form onSubmit={onSubmit} className="login-form">
          <label>
            {t('login.username')}
            <input
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              data-testid="login-username"
            />
          </label>
          <button type="submit" className="btn btn-primary" disabled={loading || !username.trim()}>
            {t('login.signIn')}
          </button>
        </form>
        {error ? <ErrorState error={error} /> : null}
        <p className="muted small">{t('login.devOnly')}</p>
      </div>
    </div>
  );
}
