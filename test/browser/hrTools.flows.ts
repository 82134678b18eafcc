import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { screenshot, settle, signIn, VIEWPORTS, type ViewportName } from './browser';

// HR's tools in the browser (issue 12), as HR uses them, in Chinese: an import with a bad row to
// its report and error file, a promotion rule edit refused beside the field, previewed, compared
// and saved as a new version (then put back), and an award campaign from nomination to a
// published story. Shared by dashboard.test.ts (the whole walk) and hr-tools.test.ts (these flows
// alone, on a stack without warmed analytics); every state shown passes the page checks.

export interface HrToolsContext {
  page(): Page;
  baseUrl(): string;
  useLanguage(language: 'zh-CN' | 'en'): Promise<void>;
  checkQuality(name: string, language: 'zh-CN' | 'en', viewport: ViewportName): Promise<void>;
}

export function hrToolsFlows(ctx: HrToolsContext) {
  beforeAll(async () => {
    const page = ctx.page();
    await page.setViewportSize(VIEWPORTS.desktop);
    // Signed in first: the language is kept in the app origin's storage.
    await signIn(page, ctx.baseUrl(), 'hr');
    await ctx.useLanguage('zh-CN');
  });

  async function openTab(tab: string) {
    const page = ctx.page();
    await page.goto(`${ctx.baseUrl()}/hr`);
    await settle(page, 'page-hrWorkspace');
    await page.getByTestId(`tab-${tab}`).click();
  }

  it('imports a file with a bad row: the dry run reports the row in Chinese and offers the error file', async () => {
    const page = ctx.page();
    const { FIXTURES } = await import('@talentloop/db/seed');
    await openTab('import');
    await page.getByTestId('import-kind').selectOption('ENROLLMENTS');
    const csv = [
      'employee_no,course_code,status,enrolled_on,completed_on,hours,exam_score',
      `${FIXTURES.juniorManagerReady},NEGOTIATION,COMPLETED,2025-03-01,2025-03-10,16,88`,
      `${FIXTURES.juniorManagerReady},NEGOTIATION,COMPLETED,2025-04-01,2025-04-10,16,150`,
    ].join('\n');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'enrollments.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-dry-run').click();
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.getAttribute('data-committed')).toBe('false');
    const bad = page.locator('[data-testid="import-problem"][data-row="3"]');
    await bad.first().waitFor();
    expect(await bad.first().getAttribute('data-code')).toBe('OUT_OF_RANGE');
    expect(await bad.first().textContent()).toContain('必须在 0 到 100 之间（实际 150）');
    const href = await page.getByTestId('import-error-file').getAttribute('href');
    const file = decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(file).toContain('行,列,问题');
    expect(file).toContain('3,考试成绩,必须在 0 到 100 之间（实际 150）');
    await screenshot(page, 'hr-import-report-zh-CN-desktop');
    await ctx.checkQuality('hr-import-report-zh-CN-desktop', 'zh-CN', 'desktop');
    // Importing refuses the whole file while a row is bad (all or nothing).
    await page.getByTestId('import-commit').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-summary"]')?.textContent?.includes('未导入任何数据'),
      undefined,
      { timeout: 60_000 },
    );
  });

  it('edits a promotion rule: refused beside the field, previewed, compared, saved as a new version', async () => {
    const page = ctx.page();
    await openTab('rules');
    const promotionRules = page.locator('[data-testid="rule-item"][data-kind="PROMOTION"]');
    await promotionRules.first().waitFor();
    const count = await promotionRules.count();
    let changed = 0;
    let original = '';
    // The rule whose candidates someone already meets: a case bar of 50 makes them not eligible.
    for (let i = 0; i < count && changed === 0; i++) {
      await promotionRules.nth(i).click();
      const cases = page.getByTestId('rule-field-minApprovedCases');
      await cases.waitFor();
      original = await cases.inputValue();
      // Client validation with the API's own schema: refused beside the field, nothing sent.
      await cases.fill('-1');
      expect(await page.getByTestId('rule-problem').first().textContent()).toBe('不能小于 0。');
      expect(await page.getByTestId('rule-preview').isDisabled()).toBe(true);
      await cases.fill('50');
      await page.getByTestId('rule-preview').click();
      const result = page.getByTestId('rule-preview-result');
      await result.waitFor({ timeout: 120_000 });
      changed = Number(await result.getAttribute('data-changed'));
      if (changed === 0) await page.getByTestId('rule-reset').click();
    }
    expect(changed).toBeGreaterThan(0);
    expect(await page.getByTestId('preview-transitions').textContent()).toContain('符合晋升条件 → 尚未符合');
    expect(await page.getByTestId('preview-change').count()).toBe(Math.min(changed, 20));
    await screenshot(page, 'hr-rule-preview-zh-CN-desktop');
    await ctx.checkQuality('hr-rule-preview-zh-CN-desktop', 'zh-CN', 'desktop');

    await page.getByTestId('tab-diff').click();
    const row = page.locator('[data-testid="diff-row"][data-path="minApprovedCases"]');
    await row.waitFor();
    expect(await row.locator('td').nth(0).textContent()).toContain('通过审核的改进案例数');
    expect(await row.locator('ins').textContent()).toBe('50');
    await screenshot(page, 'hr-rule-diff-zh-CN-desktop');
    await ctx.checkQuality('hr-rule-diff-zh-CN-desktop', 'zh-CN', 'desktop');

    const versions = page.getByTestId('rule-version');
    const before = Math.max(
      ...(await versions.evaluateAll((rows) => rows.map((r) => Number(r.dataset.version)))),
    );
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-saved').waitFor();
    const added = page.locator(`[data-testid="rule-version"][data-version="${before + 1}"]`);
    await added.waitFor();
    expect(await added.locator('td').nth(2).textContent()).toBe('hr');
    await screenshot(page, 'hr-rule-saved-zh-CN-desktop');

    // Put the bar back (another version), so the seeded candidates stay eligible for other tests.
    await page.getByTestId('tab-edit').click();
    await page.getByTestId('rule-field-minApprovedCases').fill(original);
    await page.getByTestId('rule-preview').click();
    await page.getByTestId('rule-preview-result').waitFor({ timeout: 120_000 });
    await page.getByTestId('rule-save').click();
    await page.locator(`[data-testid="rule-version"][data-version="${before + 2}"]`).waitFor();
  });

  it('runs an award campaign from nomination to a published story, then keeps it read-only', async () => {
    const page = ctx.page();
    await openTab('campaign');
    await page.getByTestId('campaign-picker').waitFor();
    const campaigns = await page.$$eval('[data-testid="campaign-picker"] option', (os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
    );
    const open = campaigns.find((c) => !c.text.includes('已结束'));
    expect(open, JSON.stringify(campaigns)).toBeDefined();
    await page.getByTestId('campaign-picker').selectOption(open!.value);
    const { FIXTURES } = await import('@talentloop/db/seed');
    await page.getByTestId('nominate-search').fill(FIXTURES.juniorManagerReady);
    await page.getByTestId('nominate-option').first().click();
    await page.getByTestId('nominated').waitFor();
    await page.getByTestId('score-campaign').click();
    await page.getByTestId('award-nominee').first().waitFor({ timeout: 120_000 });
    // Named evidence linked into the archive.
    const evidence = page.getByTestId('evidence-link').first();
    expect(await evidence.getAttribute('href')).toMatch(/^\/archive\//);
    expect(await evidence.textContent()).not.toMatch(/#\d+/);
    await page.getByTestId('award-nominee').first().click();
    await page.locator('[data-testid="nomination"][data-result="AWARDED"]').first().waitFor();
    const winner = (await page
      .locator('[data-testid="nomination"][data-result="AWARDED"] td.nominee a')
      .first()
      .textContent())!;
    await screenshot(page, 'hr-campaign-decided-zh-CN-desktop');
    await ctx.checkQuality('hr-campaign-decided-zh-CN-desktop', 'zh-CN', 'desktop');
    await page.getByTestId('publish-campaign').click();
    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('campaign-published').waitFor();
    await page.getByTestId('campaign-read-only').waitFor();
    expect(await page.getByTestId('score-campaign').count()).toBe(0);
    expect(await page.getByTestId('award-nominee').count()).toBe(0);
    expect(await page.getByTestId('breakdown').count()).toBeGreaterThan(0);
    await screenshot(page, 'hr-campaign-published-zh-CN-desktop');
    // The story is out, worded in the reader's language.
    for (const language of ['zh-CN', 'en'] as const) {
      await ctx.useLanguage(language);
      await page.goto(`${ctx.baseUrl()}/insights/awards`);
      await settle(page, 'page-awardInsights');
      const story = page.getByTestId('stories').locator('li').first();
      await story.waitFor();
      expect(await story.textContent()).toContain(winner.trim());
      expect(await story.textContent()).toContain(
        language === 'zh-CN' ? '学习—提升—回报' : 'learn → improve → be rewarded',
      );
      await screenshot(page, `hr-story-published-${language}-desktop`);
    }
    await ctx.useLanguage('zh-CN');
  });
}
