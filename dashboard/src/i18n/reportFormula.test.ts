import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { reportFormulaText } from './reportFormula';

describe('review report formulas from codes', () => {
  beforeAll(async () => {
    await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } } });
  });

  it('words the weighted sum with section names and each part with its terms, per language', async () => {
    const t = i18n.getFixedT('zh-CN');
    const total = {
      formulaCode: 'WEIGHTED_SUM',
      formulaTerms: [
        { name: 'training', value: 80, weight: 40 },
        { name: 'performance', value: 90.25, weight: 40 },
      ],
    };
    expect(reportFormulaText(t, total)).toBe(
      `Σ 得分 × 权重 = 培训 80 × 40% + 绩效 90.3 × 40%`
        .replace('培训', zhCN.hr.section.training)
        .replace('绩效', zhCN.hr.section.performance),
    );
    const core = { formulaCode: 'CORE_BEST_EXAM_MEAN', formulaTerms: [{ name: '客户谈判技巧', value: 88 }] };
    expect(reportFormulaText(i18n.getFixedT('en'), core)).toBe(
      'mean of each required course’s best exam score = mean(客户谈判技巧 88)',
    );
    expect(
      reportFormulaText(t, {
        formulaCode: 'COMPETENCY_MATCH',
        formulaTerms: [
          { name: 'trained', value: 1 },
          { name: 'required', value: 2 },
        ],
      }),
    ).toBe('已完成课程培养的必需能力：2 项中的 1 项');
    // A report frozen before the codes: no worded formula (never the engine's English).
    expect(reportFormulaText(t, { formulaCode: null })).toBeNull();
  });
});
