import { describe, expect, it } from 'vitest';
import { criteriaOf, type ScoreBreakdownRow, scoreBreakdownToOption } from './scoreBreakdown.chart';

const rows: ScoreBreakdownRow[] = [
  { name: '李四', rank: 2, parts: { performance: 40, training: 25 } },
  { name: '张三', rank: 1, parts: { performance: 45, training: 28, peer: 10 } },
  { name: '王五', rank: null, parts: { training: 5 } },
];

describe('scoreBreakdownToOption', () => {
  it('collects criteria in first-seen order', () => {
    expect(criteriaOf(rows)).toEqual(['performance', 'training', 'peer']);
  });

  it('stacks one series per criterion, ranked nominees top-down', () => {
    const option = scoreBreakdownToOption(rows, { training: '培训' });
    expect((option.yAxis as { data: string[] }).data).toEqual(['王五', '#2 李四', '#1 张三']);
    const series = option.series as Array<{ name: string; stack: string; data: number[] }>;
    expect(series.map((s) => s.name)).toEqual(['performance', '培训', 'peer']);
    expect(series.every((s) => s.stack === 'score')).toBe(true);
    expect(series[0]!.data).toEqual([0, 40, 45]);
    expect(series[1]!.data).toEqual([5, 25, 28]);
    expect(series[2]!.data).toEqual([0, 0, 10]);
  });
});
