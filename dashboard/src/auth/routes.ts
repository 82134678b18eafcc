import type { Role } from './session';

export interface AppRoute {
  /** i18n key under `nav.` and the route's test id. */
  key: string;
  path: string;
  roles: Role[];
  /** Shown in the navigation bar (some routes are reached from other pages only). */
  nav: boolean;
}

/**
 * Which role sees which page. The API enforces the same scope on data; this table only keeps
 * people from landing on pages whose queries would be refused anyway.
 */
export const ROUTES: AppRoute[] = [
  { key: 'overview', path: '/overview', roles: ['EXECUTIVE', 'HR'], nav: true },
  { key: 'promotionInsights', path: '/insights/promotion', roles: ['EXECUTIVE', 'HR'], nav: true },
  { key: 'awardInsights', path: '/insights/awards', roles: ['EXECUTIVE', 'HR'], nav: true },
  { key: 'archive', path: '/archive', roles: ['HR', 'EXECUTIVE', 'MANAGER', 'EMPLOYEE'], nav: true },
  { key: 'myPath', path: '/my/path', roles: ['EMPLOYEE', 'MANAGER'], nav: true },
  { key: 'hrWorkspace', path: '/hr', roles: ['HR'], nav: true },
  { key: 'managerWorkspace', path: '/team', roles: ['MANAGER', 'HR'], nav: true },
];

export function routeByKey(key: string): AppRoute {
  const route = ROUTES.find((r) => r.key === key);
  if (!route) throw new Error(`unknown route ${key}`);
  return route;
}

export function allowed(route: AppRoute, role: Role | undefined): boolean {
  return role !== undefined && route.roles.includes(role);
}

/** Where a role lands after signing in. */
export function homeFor(role: Role): string {
  const home: Record<Role, string> = {
    EXECUTIVE: '/overview',
    HR: '/overview',
    MANAGER: '/team',
    EMPLOYEE: '/my/path',
    // API clients have no pages; they get a page that says so and points to the API.
    INTEGRATION: '/api-only',
  };
  return home[role];
}

export const DEMO_USERS: Array<{ username: string; role: Role }> = [
  { username: 'exec', role: 'EXECUTIVE' },
  { username: 'hr', role: 'HR' },
  { username: 'manager', role: 'MANAGER' },
  { username: 'employee', role: 'EMPLOYEE' },
  { username: 'integration', role: 'INTEGRATION' },
];

/**
 * Where to go after signing in: the page a signed-out visitor asked for, if it is a path of
 * this app (never another origin: `//evil.example` or `https://…` would be an open redirect),
 * else the role's home page.
 */
export function returnPath(from: unknown, role: Role): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\'))
    return homeFor(role);
  if (from === '/' || from.startsWith('/login')) return homeFor(role);
  return from;
}
