import { describe, expect, it } from 'vitest';
import { kpiSeriesToOption, monthsOf, unitsOf } from './kpiSeries.chart';

const sales = {
  kpi: 'Sales',
  unit: '¥',
  points: [
    { month: '2026-01', value: 100 },
    { month: '2026-03', value: 130.123 },
  ],
};
const retention = { kpi: 'Retention', unit: '%', points: [{ month: '2026-02', value: 0.8 }] };

describe('kpiSeriesToOption', () => {
  it('aligns series on the union of months and marks completions', () => {
    expect(monthsOf([sales], [{ date: '2026-02-14', course: '谈判' }])).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    const option = kpiSeriesToOption([sales, retention], [{ date: '2026-02-14', course: '谈判' }]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-01', '2026-02', '2026-03']);
    const series = option.series as Array<{
      name: string;
      data: Array<number | null>;
      yAxisIndex: number;
      markLine?: { data: Array<{ xAxis: string; name: string }> };
    }>;
    expect(series[0]!.data).toEqual([100, null, 130.123]);
    expect(series[1]!.data).toEqual([null, 0.8, null]);
    expect(series[1]!.yAxisIndex).toBe(1);
    expect(series[0]!.markLine!.data.map((d) => [d.xAxis, d.name])).toEqual([['2026-02', '谈判']]);
    expect(series[1]!.markLine).toBeUndefined();
  });

  it('gives each unit its own axis so a money KPI does not flatten a percentage', () => {
    const amount = { kpi: 'Amount', unit: 'CNY', points: [{ month: '2026-01', value: 400000 }] };
    const growth = { kpi: 'Growth', unit: '%', points: [{ month: '2026-01', value: 12 }] };
    const retention = { kpi: 'Retention', unit: '%', points: [{ month: '2026-01', value: 80 }] };
    expect(unitsOf([growth, retention, amount])).toEqual(['%', 'CNY']);
    const option = kpiSeriesToOption([growth, retention, amount]);
    expect((option.series as Array<{ yAxisIndex: number }>).map((s) => s.yAxisIndex)).toEqual([0, 0, 1]);
    expect((option.yAxis as Array<{ name: string }>).map((a) => a.name)).toEqual(['%', 'CNY']);
  });

  it('has a single axis and no marks for one series without completions', () => {
    const option = kpiSeriesToOption([sales]);
    expect(Array.isArray(option.yAxis)).toBe(false);
    expect((option.series as Array<{ markLine?: unknown }>)[0]!.markLine).toBeUndefined();
  });
});
