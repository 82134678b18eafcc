import { describe, expect, it } from 'vitest';
import { allowed, homeFor, returnPath, routeByKey, ROUTES } from './routes';

describe('role routing', () => {
  it('sends each role to a page it may open', () => {
    expect(homeFor('EXECUTIVE')).toBe('/overview');
    expect(homeFor('HR')).toBe('/overview');
    expect(homeFor('MANAGER')).toBe('/team');
    expect(homeFor('EMPLOYEE')).toBe('/my/path');
    expect(homeFor('INTEGRATION')).toBe('/api-only');
  });

  it('lands every role on a route it is allowed', () => {
    for (const role of ['EXECUTIVE', 'HR', 'MANAGER', 'EMPLOYEE'] as const) {
      const route = ROUTES.find((r) => r.path === homeFor(role));
      expect(route && allowed(route, role)).toBe(true);
    }
  });

  it('refuses out-of-role pages', () => {
    expect(allowed(routeByKey('hrWorkspace'), 'EXECUTIVE')).toBe(false);
    expect(allowed(routeByKey('overview'), 'EMPLOYEE')).toBe(false);
    expect(allowed(routeByKey('managerWorkspace'), 'EMPLOYEE')).toBe(false);
    expect(allowed(routeByKey('overview'), undefined)).toBe(false);
    expect(allowed(routeByKey('myPath'), 'EMPLOYEE')).toBe(true);
    // HR sees everything but the personal promotion path (HR accounts have no employee record).
    expect(ROUTES.filter((r) => !allowed(r, 'HR')).map((r) => r.key)).toEqual(['myPath']);
  });

  it('returns a signed-out visitor to the page they asked for, never to another origin', () => {
    expect(returnPath('/archive/12?tab=kpi', 'HR')).toBe('/archive/12?tab=kpi');
    expect(returnPath('/login', 'HR')).toBe('/overview');
    expect(returnPath('/', 'EMPLOYEE')).toBe('/my/path');
    expect(returnPath(undefined, 'MANAGER')).toBe('/team');
    expect(returnPath('//evil.example/x', 'HR')).toBe('/overview');
    expect(returnPath('https://evil.example/', 'HR')).toBe('/overview');
    expect(returnPath('/\\evil.example', 'HR')).toBe('/overview');
  });
});
