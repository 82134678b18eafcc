import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/stack';
import {
  type Browser,
  chartStats,
  launchBrowser,
  screenshot,
  settle,
  signIn,
  VIEWPORTS,
  type ViewportName,
} from './browser';

/**
 * The dashboard in a real browser against the real stack (seeded database, API, Cube and the
 * production build served by serveDashboard): every role signs in, opens each of its pages,
 * sees charts drawn with data, is refused the others, and can switch language.
 */

// The executive metrics come from the API's `analytics { … }` fields (Cube).
const overview: PageSpec = { key: 'overview', path: '/overview', charts: 4 };
// Promoted-staff profile (analytics), pipeline by gate (rules engine), career steps (career graph).
const promotionInsights: PageSpec = { key: 'promotionInsights', path: '/insights/promotion', charts: 3 };
// Winner traits (analytics) and the campaign ranking (rules engine).
const awardInsights: PageSpec = {
  key: 'awardInsights',
  path: '/insights/awards',
  charts: 2,
  content: 'nominations',
};

interface PageSpec {
  key: string;
  path: string;
  /** Charts that must be drawn with data points on this page for this role. */
  charts: number;
  /** Something other than a chart that proves the data arrived. */
  content?: string;
}

const ROLES: Record<string, { role: string; home: string; pages: PageSpec[]; refused: string[] }> = {
  exec: {
    role: 'EXECUTIVE',
    home: '/overview',
    pages: [
      overview,
      promotionInsights,
      awardInsights,
      { key: 'archive', path: '/archive', charts: 0, content: 'employee-list' },
    ],
    refused: ['/hr', '/team', '/my/path'],
  },
  hr: {
    role: 'HR',
    home: '/overview',
    pages: [
      overview,
      promotionInsights,
      awardInsights,
      { key: 'archive', path: '/archive', charts: 0, content: 'employee-list' },
      { key: 'hrWorkspace', path: '/hr', charts: 0, content: 'rules' },
      { key: 'managerWorkspace', path: '/team', charts: 0, content: 'cases' },
    ],
    refused: ['/my/path'],
  },
  manager: {
    role: 'MANAGER',
    home: '/team',
    pages: [
      { key: 'managerWorkspace', path: '/team', charts: 0, content: 'card-alerts' },
      { key: 'archive', path: '/archive', charts: 0, content: 'employee-list' },
      // The demo manager's next position has no promotion rule: the page says so, tasks still show.
      { key: 'myPath', path: '/my/path', charts: 0, content: 'card-tasks' },
    ],
    refused: ['/overview', '/insights/promotion', '/insights/awards', '/hr'],
  },
  employee: {
    role: 'EMPLOYEE',
    home: '/my/path',
    pages: [
      { key: 'myPath', path: '/my/path', charts: 0, content: 'gates' },
      { key: 'archive', path: '/archive', charts: 2, content: 'timeline' },
    ],
    refused: ['/overview', '/insights/promotion', '/insights/awards', '/hr', '/team'],
  },
};

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startStack({ dashboard: true });
  browser = await launchBrowser();
  page = await browser.context.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function openAndCheck(url: string, spec: PageSpec, name: string, viewport: ViewportName) {
  await page.setViewportSize(VIEWPORTS[viewport]);
  await page.goto(url);
  await settle(page, `page-${spec.key}`);
  expect(await page.getByTestId('error').count(), `${name}: error states`).toBe(0);
  if (spec.content) await page.getByTestId(spec.content).first().waitFor({ state: 'visible' });
  const charts = await chartStats(page);
  const drawn = charts.filter((c) => c.points > 0 && c.marks > 0);
  expect(drawn.length, `${name}: charts with data ${JSON.stringify(charts)}`).toBeGreaterThanOrEqual(
    spec.charts,
  );
  await screenshot(page, `${name}-${viewport}`);
  return charts;
}

describe.each(Object.entries(ROLES))('signed in as %s', (username, spec) => {
  it('lands on its home page with a navigation for its role only', async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await signIn(page, stack.dashboardUrl!, username);
    expect(new URL(page.url()).pathname).toBe(spec.home);
    expect(await page.getByTestId('whoami').getAttribute('data-role')).toBe(spec.role);
    const nav = await page.$$eval('nav a', (as) => as.map((a) => a.getAttribute('href')));
    expect(nav.sort()).toEqual(spec.pages.map((p) => p.path).sort());
  });

  it.each(spec.pages.map((p) => [p.key, p] as const))(
    'opens %s at desktop and phone width with data',
    async (_key, p) => {
      for (const viewport of ['desktop', 'phone'] as const) {
        await openAndCheck(`${stack.dashboardUrl}${p.path}`, p, `${username}-${p.key}`, viewport);
      }
    },
  );

  it('is refused the pages of other roles', async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    for (const path of spec.refused) {
      await page.goto(`${stack.dashboardUrl}${path}`);
      await page.getByTestId('no-access').waitFor({ state: 'visible' });
      expect(await page.getByTestId('chart').count(), path).toBe(0);
    }
    await screenshot(page, `${username}-no-access-desktop`);
  });
});

describe('archive drill-down', () => {
  it('HR opens an employee archive with KPI series and competency radar', async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await signIn(page, stack.dashboardUrl!, 'hr');
    await page.goto(`${stack.dashboardUrl}/archive`);
    await settle(page, 'page-archive');
    await page.getByTestId('employee-option').first().click();
    await page.waitForURL(/\/archive\/[^/]+$/);
    await settle(page, 'page-archive');
    await page.getByTestId('timeline').waitFor({ state: 'visible' });
    const charts = await chartStats(page);
    expect(
      charts.filter((c) => c.points > 0 && c.marks > 0).length,
      JSON.stringify(charts),
    ).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'hr-archive-employee-desktop');
    await page.setViewportSize(VIEWPORTS.phone);
    await screenshot(page, 'hr-archive-employee-phone');
  });
});

describe('workspaces write through the API', () => {
  it('HR saves a linkage rule as a new version', async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await signIn(page, stack.dashboardUrl!, 'hr');
    await page.goto(`${stack.dashboardUrl}/hr`);
    await settle(page, 'page-hrWorkspace');
    await page.getByTestId('rules').waitFor();
    const json = await page.getByTestId('rule-json').inputValue();
    const version = (JSON.parse(json) as { version?: number }).version;
    await page.getByTestId('rule-save').click();
    const notice = page.locator('.notice');
    await notice.waitFor();
    // The API stores an edit as version n+1 and keeps the old one.
    expect(await notice.textContent()).toMatch(/\d+/);
    const saved = Number(/(\d+)/.exec((await notice.textContent()) ?? '')![1]);
    if (version !== undefined) expect(saved).toBeGreaterThan(version);
    await screenshot(page, 'hr-rules-saved-desktop');
  });

  it('HR scores an award campaign and sees the per-criterion breakdown', async () => {
    await page.goto(`${stack.dashboardUrl}/hr`);
    await settle(page, 'page-hrWorkspace');
    await page.getByTestId('tab-campaign').click();
    await page.getByTestId('campaign-picker').waitFor();
    const campaigns = await page.$$eval('[data-testid="campaign-picker"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    await page.getByTestId('campaign-picker').selectOption(campaigns[0]!);
    await page.getByTestId('score-campaign').click();
    // Scoring stores the ranking; the refetched ranking is drawn as stacked criteria.
    await page.waitForFunction(
      () =>
        Number(
          document
            .querySelector('[data-testid="card-ranking"] [data-testid="chart"]')
            ?.getAttribute('data-points') ?? 0,
        ) > 0,
      undefined,
      { timeout: 120_000 },
    );
    const charts = await chartStats(page);
    expect(
      charts.find((c) => c.points > 0 && c.marks > 0),
      JSON.stringify(charts),
    ).toBeDefined();
    await screenshot(page, 'hr-campaign-scored-desktop');
  });

  it('HR runs a promotion review: an eligible candidate, every gate passed, frozen', async () => {
    await page.goto(`${stack.dashboardUrl}/hr`);
    await settle(page, 'page-hrWorkspace');
    await page.getByTestId('tab-review').click();
    await page.getByTestId('find-eligible').click();
    const eligible = page.getByTestId('eligible-candidate');
    await eligible.first().waitFor({ timeout: 120_000 });
    expect(await eligible.count()).toBeGreaterThanOrEqual(1);
    // TL900009 meets every gate of 初级经理 at every company size (db/seed/GROUND_TRUTH.md)
    const { FIXTURES } = await import('@talentloop/db/seed');
    await eligible.filter({ hasText: FIXTURES.juniorManagerReady }).click();
    const gates = page.getByTestId('review-gates');
    await gates.waitFor();
    expect(await gates.getAttribute('data-eligible')).toBe('true');
    const passed = await gates
      .getByTestId('review-gate')
      .evaluateAll((els) => els.map((e) => e.dataset.passed));
    expect(passed).toEqual(['true', 'true', 'true']);
    expect(await gates.getByTestId('gate-evidence').count()).toBe(3);
    await page.getByTestId('review-approve').click();
    const frozen = page.getByTestId('frozen-gates');
    await frozen.waitFor();
    expect(await frozen.getAttribute('data-eligible')).toBe('true');
    await screenshot(page, 'hr-promotion-review-desktop');
  });

  it('HR approves a submitted practice case and it leaves the review queue', async () => {
    await page.goto(`${stack.dashboardUrl}/team`);
    await settle(page, 'page-managerWorkspace');
    await page.getByTestId('cases').waitFor();
    const before = await page.getByTestId('case-item').count();
    expect(before).toBeGreaterThan(0);
    await page.getByTestId('case-approve').first().click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="case-item"]').length === n - 1,
      before,
    );
  });
});

describe('access without a session', () => {
  it('sends a signed-out visitor to the login page', async () => {
    await page.goto(`${stack.dashboardUrl}/login`);
    await page.evaluate(() => localStorage.removeItem('talentloop.token'));
    await page.goto(`${stack.dashboardUrl}/overview`);
    await page.getByTestId('login-page').waitFor({ state: 'visible' });
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('the same session cannot read outside its scope through the API either', async () => {
    await signIn(page, stack.dashboardUrl!, 'employee');
    const result = await page.evaluate(async () => {
      const token = localStorage.getItem('talentloop.token');
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ employees(first: 100) { totalCount } }' }),
      });
      return (await res.json()) as { data?: { employees: { totalCount: number } }; errors?: unknown[] };
    });
    // Row scope: an employee's token sees exactly one employee — themself.
    expect(result.errors).toBeUndefined();
    expect(result.data!.employees.totalCount).toBe(1);
  });
});

describe('language', () => {
  it('defaults to Chinese, switches to English, and keeps the choice after a reload', async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(`${stack.dashboardUrl}/login`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, stack.dashboardUrl!, 'exec');
    await settle(page, 'page-overview');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getByTestId('nav-overview').textContent()).toBe('高管总览');
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByTestId('nav-overview').getByText('Executive overview').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await settle(page, 'page-overview');
    expect(await page.getByTestId('nav-overview').textContent()).toBe('Executive overview');
    await screenshot(page, 'exec-overview-en-desktop');
    await page.getByTestId('language-switch').selectOption('zh-CN');
    await page.getByTestId('nav-overview').getByText('高管总览').waitFor();
  });
});
