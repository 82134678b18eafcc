import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { allowed, ROUTES } from '../auth/routes';
import { LanguageSwitch } from './LanguageSwitch';

/** Top bar + role-filtered navigation; collapses into a menu button at phone width. */
export function Shell() {
  const { t } = useTranslation();
  const { role, claims, signOut } = useAuth();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const items = ROUTES.filter((r) => r.nav && allowed(r, role));

  // The phone menu is an overlay: Esc closes it, focus back on its button.
  useEffect(() => {
    if (!menuOpen) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      document.querySelector<HTMLButtonElement>('[data-testid="menu-button"]')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" data-testid="skip-link">
        {t('a11y.skipToContent')}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-btn"
          aria-label={t('shell.menu')}
          aria-expanded={menuOpen}
          aria-controls="sidenav"
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="menu-button"
        >
          ☰
        </button>
        <span className="brand">TalentLoop</span>
        <span className="tagline">{t('shell.tagline')}</span>
        <span className="spacer" />
        <LanguageSwitch />
        <span className="whoami" data-testid="whoami" data-role={role}>
          <span translate="no">{claims?.username ?? ''}</span>{' '}
          <span className="role-badge">{role ? t(`role.${role}`) : ''}</span>
        </span>
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            // Leave first: an explicit sign-out has no page to come back to.
            navigate('/login');
            signOut();
          }}
          data-testid="sign-out"
        >
          {t('shell.signOut')}
        </button>
      </header>
      <div className="body">
        <nav id="sidenav" className={`sidenav${menuOpen ? ' open' : ''}`} aria-label={t('shell.navigation')}>
          {items.map((r) => (
            <NavLink key={r.key} to={r.path} data-testid={`nav-${r.key}`} onClick={() => setMenuOpen(false)}>
              {t(`nav.${r.key}`)}
            </NavLink>
          ))}
        </nav>
        <main className="content" id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
