import { describe, expect, it } from 'vitest';
import { courseContributionToOption, rankCourses } from './courseContribution.chart';
import { countDataPoints } from './echarts.types';

const rows = [
  { course: 'B 谈判技巧', estimate: 3.2, ciLow: 1.1, ciHigh: 5.3, n: 40, sufficient: true },
  { course: 'A 团队管理基础', estimate: 6.5, ciLow: 2, ciHigh: 11, n: 25, sufficient: true },
  { course: 'C 质量工具', estimate: -1, ciLow: -4, ciHigh: 2, n: 30, sufficient: true },
  { course: 'D 新课', estimate: 9, ciLow: null, ciHigh: null, n: 3, sufficient: false },
];

describe('courseContributionToOption', () => {
  it('ranks sufficient courses by estimate and puts insufficient ones last', () => {
    expect(rankCourses(rows).map((r) => r.course)).toEqual([
      'A 团队管理基础',
      'B 谈判技巧',
      'C 质量工具',
      'D 新课',
    ]);
  });

  it('draws bars bottom-up with the best course on top and greys out insufficient data', () => {
    const option = courseContributionToOption(rows);
    expect((option.yAxis as { data: string[] }).data).toEqual([
      'D 新课',
      'C 质量工具',
      'B 谈判技巧',
      'A 团队管理基础',
    ]);
    const [bars, whiskers] = option.series as Array<{
      type: string;
      data: Array<{ value: number; label?: { formatter: string } } | number[]>;
    }>;
    expect(bars!.type).toBe('bar');
    expect((bars!.data as Array<{ value: number }>).map((d) => d.value)).toEqual([0, -1, 3.2, 6.5]);
    // n on every bar; the interval of C spans 0 and says so.
    const notes = bars!.data.map((d) => (d as { label: { formatter: string } }).label.formatter);
    expect(notes).toEqual(['insufficient data · n=3', 'n=30 · not significant', 'n=40', 'n=25']);
    // Whiskers only for estimable rows, each [low, high, categoryIndex].
    expect(whiskers!.type).toBe('custom');
    expect(whiskers!.data).toEqual([
      [-4, 2, 1],
      [1.1, 5.3, 2],
      [2, 11, 3],
    ]);
    expect(countDataPoints(option)).toBe(7);
  });

  it('tooltip explains the estimate, CI and n', () => {
    const option = courseContributionToOption(rows, {
      estimate: 'Δ',
      ci: 'CI',
      insufficient: '数据不足',
      notSignificant: '不显著',
      unit: '%',
    });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 3 })).toBe('A 团队管理基础<br/>Δ: 6.5 %<br/>CI: [2, 11]<br/>n = 25');
    expect(formatter({ dataIndex: 1 })).toBe('C 质量工具<br/>Δ: -1 %<br/>CI: [-4, 2]<br/>n = 30<br/>不显著');
    expect(formatter({ dataIndex: 0 })).toBe('D 新课<br/>数据不足 (n = 3)');
    // The unit is in the axis title, which the grid keeps inside the chart.
    expect((option.xAxis as { name: string }).name).toBe('Δ (%)');
    expect(option.grid).toMatchObject({ outerBoundsContain: 'all' });
  });
});
