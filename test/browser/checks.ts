import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * What every page must pass, whatever the role, language or width: no raw enum code and (in
 * Chinese) no English word on screen, no serious accessibility violation, no console error.
 */

/**
 * Latin words allowed in the Chinese UI: product and technology names, the units and statistics
 * abbreviations every Chinese HR user reads as such, and data (employee numbers TL…).
 */
export const BRAND_WORDS = new Set([
  'TalentLoop',
  'GraphQL',
  'API',
  'KPI',
  'KPIs',
  'ROI',
  'HR',
  'DiD',
  'CI',
  'CSV',
  'XLSX',
  'PDF',
  'JSON',
  'Excel',
  'ID',
  'TL',
  'CNY',
]);

/** Upper-case abbreviations that are words, not codes, in English text. */
const ABBREVIATIONS = new Set(['KPI', 'KPIS', 'ROI', 'CSV', 'XLSX', 'PDF', 'JSON', 'API', 'HTML', 'TL']);

export interface TextLeak {
  token: string;
  /** The text around it, to find the element. */
  context: string;
}

/**
 * Visible text of the page, node by node: skips hidden elements, `translate="no"` islands
 * (user names, codes shown on purpose), <code>, scripts and the sr-only/aria-hidden parts
 * are included (screen readers read them). SVG text of charts is included: axis labels show.
 */
async function visibleTexts(
  page: Page,
  opts: { attributes: boolean } = { attributes: true },
): Promise<string[]> {
  return page.evaluate((attributes) => {
    const out: string[] = [];
    const skip = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        if (e.closest('[translate="no"], code, script, style, noscript, textarea, option:not(:checked)'))
          return true;
        if (e instanceof HTMLElement && e.hidden) return true;
      }
      return false;
    };
    const visible = (el: Element): boolean => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
      const rect = el.getBoundingClientRect();
      // sr-only text is 1×1 px but read aloud: keep it.
      return rect.width > 0 || rect.height > 0;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || skip(parent) || !visible(parent)) continue;
      out.push(text);
    }
    if (!attributes) return out;
    // Attributes people read or hear: accessible names, placeholders, titles.
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (skip(el) || !visible(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  }, opts.attributes);
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 30), index + 40);
}

/** UPPER_SNAKE enum codes (NO_CHANGE, TRAINING_IMPACT) and bare upper-case codes (CLOSED, APPROVED). */
export function enumCodes(texts: string[]): TextLeak[] {
  const leaks: TextLeak[] = [];
  for (const text of texts) {
    for (const m of text.matchAll(/(?<![\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w-])/g))
      leaks.push({ token: m[0], context: around(text, m.index) });
    for (const m of text.matchAll(/(?<![\w-])[A-Z]{4,}(?![\w-])/g))
      if (!ABBREVIATIONS.has(m[0])) leaks.push({ token: m[0], context: around(text, m.index) });
  }
  return leaks;
}

/** Latin words in Chinese text, except the allowed names; numbers, ranges and symbols are fine. */
export function englishWords(texts: string[]): TextLeak[] {
  const leaks: TextLeak[] = [];
  for (const text of texts) {
    for (const m of text.matchAll(/[A-Za-z][A-Za-z'’]*/g)) {
      const word = m[0];
      // Single letters are symbols, not words: n and h in formulas, rating grades A–E, the Q
      // of 2026-Q3, the S of 5S. Employee numbers (TL900009) are data.
      if (word.length === 1 || BRAND_WORDS.has(word)) continue;
      leaks.push({ token: word, context: around(text, m.index) });
    }
  }
  return leaks;
}

/**
 * Chinese characters in English text. Data legitimately stays Chinese (names, departments,
 * course and position titles, stored story text, notes): it is rendered inside a
 * `translate="no"` element, which visibleTexts skips, so whatever Han is left is UI chrome.
 */
export function chineseText(texts: string[]): TextLeak[] {
  const leaks: TextLeak[] = [];
  for (const text of texts)
    for (const m of text.matchAll(/\p{Script=Han}+/gu))
      leaks.push({ token: m[0], context: around(text, m.index) });
  return leaks;
}

export async function textLeaks(page: Page, language: 'zh-CN' | 'en'): Promise<TextLeak[]> {
  const texts = await visibleTexts(page);
  if (language === 'zh-CN') return [...enumCodes(texts), ...englishWords(texts)];
  // Text nodes only: an accessible name may carry a name (打开 张三 的档案) and cannot be split.
  return [...enumCodes(texts), ...chineseText(await visibleTexts(page, { attributes: false }))];
}

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core 4 in the page (WCAG 2.0–2.2 A/AA rules plus best practices); serious and critical
 * violations only — "moderate" ones are reviewed by hand, not gated.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } })
      .axe;
    return (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })) as {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    };
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
    }));
}

/** Collects console errors and uncaught exceptions of a page; `take()` returns and clears them. */
export function consoleErrors(page: Page): { take(): string[] } {
  let errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return {
    take() {
      const out = errors;
      errors = [];
      return out;
    },
  };
}

/** Interactive controls smaller than 24 × 24 CSS px (WCAG 2.2 SC 2.5.8), inline links excepted. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, [role="tab"], a.btn, nav a')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return false;
        if (el.classList.contains('skip-link')) return false;
        return r.width < 24 || r.height < 24;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`,
      ),
  );
}
