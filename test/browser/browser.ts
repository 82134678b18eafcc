import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Where screenshots go (git-ignored; CI keeps them as artifacts). */
export const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

export const VIEWPORTS = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Debian's Chromium driven by playwright-core (playwright cannot download its own browser
 * here), with a fresh profile per run so no cookie or localStorage leaks between runs.
 */
export async function launchBrowser(): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tl-browser-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: VIEWPORTS.desktop,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(30_000);
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface ChartStat {
  label: string;
  /** Data points of the option (the wrapper's data-points attribute). */
  points: number;
  /** SVG marks drawn by ECharts' SVG renderer. */
  marks: number;
}

/** Waits until the page's data has arrived: no loading indicator left. */
export async function settle(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="loading"]').length === 0,
    undefined,
    {
      timeout: 60_000,
    },
  );
}

/** Every chart on the page with its data points and drawn SVG marks (after ECharts has painted). */
export async function chartStats(page: Page): Promise<ChartStat[]> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="chart"]')].every(
          (el) => el.dataset.points === '0' || el.querySelectorAll('svg path').length > 0,
        ),
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => {});
  return page.$$eval('[data-testid="chart"]', (els) =>
    els.map((el) => ({
      label: (el as HTMLElement).dataset.chart ?? '',
      points: Number((el as HTMLElement).dataset.points ?? 0),
      marks: el.querySelectorAll('svg path, svg rect, svg circle, svg polyline, svg line').length,
    })),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs in through the login page's demo-user button (the real devLogin mutation). */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.evaluate(() => localStorage.removeItem('talentloop.token'));
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId(`login-${username}`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
