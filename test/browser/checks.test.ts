import { describe, expect, it } from 'vitest';
import { chineseText, englishWords } from './checks';

// The text rules of the page checks, without a browser (visibleTexts has already dropped the
// `translate="no"` data islands, inputs and textareas by the time these run).
describe('chineseText (the English UI)', () => {
  it('reports every Han run with its context, like englishWords', () => {
    expect(chineseText(['Team alerts', 'Missing: 完成 the course', '2026-Q3 · ≥ 90 · “”'])).toEqual([
      { token: '完成', context: 'Missing: 完成 the course' },
    ]);
    expect(chineseText(['已批准，共 3 人']).map((l) => l.token)).toEqual(['已批准', '共', '人']);
  });

  it('is the mirror of englishWords', () => {
    expect(englishWords(['团队预警 closes gate']).map((l) => l.token)).toEqual(['closes', 'gate']);
    expect(chineseText(['团队预警 closes gate']).map((l) => l.token)).toEqual(['团队预警']);
  });
});
