import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { type Stack, startStack } from '../support/stack';
import { axeViolations, consoleErrors, smallTargets, textLeaks } from './checks';
import { ARTIFACTS_DIR, type Browser, launchBrowser, type ViewportName } from './browser';
import { hrToolsFlows } from './hrTools.flows';

/**
 * HR's tools alone (the flows dashboard.test.ts also runs): a stack without warmed analytics
 * starts in a fraction of the time, so these flows can be run and re-run on their own. The same
 * page checks apply (no code or English on screen in Chinese, axe, console errors, targets).
 */

let stack: Stack;
let browser: Browser;
let page: Page;
let errors: ReturnType<typeof consoleErrors>;
const findings: Record<string, unknown> = {};

beforeAll(async () => {
  stack = await startStack({ dashboard: true, warmAnalytics: false });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  errors = consoleErrors(page);
}, 600_000);

afterAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, 'hr-tools-quality-findings.json'), JSON.stringify(findings, null, 2));
  await browser?.close();
  await stack?.stop();
});

async function checkQuality(name: string, language: 'zh-CN' | 'en', viewport: ViewportName) {
  const leaks = await textLeaks(page, language);
  const axe = await axeViolations(page);
  const console = errors.take();
  const small = viewport === 'phone' ? await smallTargets(page) : [];
  if (leaks.length || axe.length || console.length || small.length)
    findings[name] = { leaks, axe, console, small };
  expect.soft(leaks, `${name}: codes or English on screen`).toEqual([]);
  expect.soft(axe, `${name}: axe serious/critical violations`).toEqual([]);
  expect.soft(console, `${name}: console errors`).toEqual([]);
  expect.soft(small, `${name}: touch targets under 24 px`).toEqual([]);
}

describe('HR tools: import, rule edit, award campaign', () => {
  hrToolsFlows({
    page: () => page,
    baseUrl: () => stack.dashboardUrl!,
    useLanguage: async (language) => {
      await page.evaluate((l) => localStorage.setItem('talentloop.lang', l), language);
    },
    checkQuality,
  });
});
