import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { gateActual, gateMissing, gateName, gateRequirement, gateSummary, nextCourseReason } from './rules';
import { zhCN } from './zh-CN';

async function translator(lng: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance.t;
}

const course = {
  code: 'COURSE',
  key: 'course:CRM-201',
  passed: true,
  courseName: '客户分层策略',
  checks: [
    { code: 'COMPLETED', required: 1, actual: 1, passed: true },
    { code: 'EXAM_SCORE', required: 80, actual: 88, passed: true },
    { code: 'PRACTICE_SCORE', required: 90, actual: 93, passed: true },
  ],
};
const failed = {
  ...course,
  passed: false,
  checks: [
    { code: 'COMPLETED', required: 1, actual: 1, passed: true },
    { code: 'PRACTICE_SCORE', required: 90, actual: 85, passed: false },
  ],
};
const rating = {
  code: 'RECENT_RATING',
  passed: true,
  checks: [{ code: 'RATING', required: 3, actual: 4, passed: true, requiredRating: 'B', actualRating: 'A' }],
};

describe('rule results in words', () => {
  it('renders a course gate in Chinese without English', async () => {
    const t = await translator('zh-CN');
    expect(gateName(t, course)).toBe('《客户分层策略》');
    expect(gateRequirement(t, course)).toBe('考试分 ≥ 80，且实践应用分 ≥ 90');
    expect(gateActual(t, course)).toBe('已完成，考试 88，实践 93');
    expect(gateSummary(t, failed)).toBe('实践应用分 ≥ 90 · 已完成，实践 85');
    expect(gateMissing(t, failed)).toBe('完成《客户分层策略》且实践应用分 ≥ 90');
    expect(gateMissing(t, course)).toBeNull();
    expect(gateSummary(t, rating)).toBe('绩效 ≥ B · 绩效 A');
    const all = [gateSummary(t, course), gateSummary(t, rating), gateMissing(t, failed)!].join(' ');
    expect(all.replace(/\b[AB]\b/g, '')).not.toMatch(/[A-Za-z]/);
  });

  it('renders the same in English, and the next course reason', async () => {
    const t = await translator('en');
    expect(gateSummary(t, failed)).toBe('practice score ≥ 90 · completed, practice 85');
    expect(gateMissing(t, failed)).toBe('complete “客户分层策略” with practice score ≥ 90');
    expect(
      nextCourseReason(t, { name: '客户分层策略', reasonCode: 'CLOSES_GATE', closes: ['course:CRM-201'] }, [
        failed,
      ]),
    ).toBe('closes the gate “客户分层策略” (practice score ≥ 90)');
    expect(nextCourseReason(t, { name: 'x', reasonCode: 'CLOSES_COMPETENCY_GAP', closes: ['A', 'B'] })).toBe(
      'closes 2 competency gaps',
    );
  });
});
