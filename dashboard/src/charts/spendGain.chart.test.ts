import { describe, expect, it } from 'vitest';
import { countDataPoints } from './echarts.types';
import { spendGainToOption } from './spendGain.chart';

describe('spendGainToOption', () => {
  const rows = [
    { label: '2026-Q1', cost: 1000, gain: 2500, roi: 1.5 },
    { label: '2026-Q2', cost: 0, gain: 300.456, roi: null },
  ];

  it('puts cost and gain as bars and ROI as a line on the second axis', () => {
    const option = spendGainToOption(rows);
    const series = option.series as Array<{
      type: string;
      data: unknown[];
      yAxisIndex?: number;
      name: string;
    }>;
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-Q1', '2026-Q2']);
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar', 'line']);
    expect(series[0]!.data).toEqual([1000, 0]);
    expect(series[1]!.data).toEqual([2500, 300.46]);
    expect(series[2]!.data).toEqual([1.5, null]);
    expect(series[2]!.yAxisIndex).toBe(1);
  });

  it('uses the given labels and counts only real points', () => {
    const option = spendGainToOption(rows, { cost: '成本', gain: '收益', roi: 'ROI' });
    expect((option.series as Array<{ name: string }>).map((s) => s.name)).toEqual(['成本', '收益', 'ROI']);
    expect(countDataPoints(option)).toBe(5);
  });

  it('renders an empty chart for no rows', () => {
    const option = spendGainToOption([]);
    expect((option.series as Array<{ data: unknown[] }>).every((s) => s.data.length === 0)).toBe(true);
    expect(countDataPoints(option)).toBe(0);
  });
});
