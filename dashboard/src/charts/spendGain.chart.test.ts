import { describe, expect, it } from 'vitest';
import { countDataPoints } from './echarts.types';
import { roiText, type SpendGainRow, spendGainToOption } from './spendGain.chart';

const row = (over: Partial<SpendGainRow>): SpendGainRow => ({
  label: 'SALES',
  spend: 1000,
  benefit: 2500,
  roi: 1.5,
  roiCiLow: 0.8,
  roiCiHigh: 2.2,
  evidence: 'SUFFICIENT',
  n: 40,
  coverage: 0.5,
  ...over,
});

describe('spendGainToOption', () => {
  const rows = [
    row({}),
    row({
      label: 'PLACEBO',
      spend: 3000,
      benefit: 0,
      roi: null,
      roiCiLow: null,
      roiCiHigh: null,
      evidence: 'INSUFFICIENT_DATA',
      n: 6,
    }),
  ];

  it('draws spend and benefit as bars, largest spend on top, and no ROI line', () => {
    const option = spendGainToOption(rows);
    const series = option.series as Array<{ type: string; data: Array<number | { value: number }> }>;
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar']);
    // Bottom-up category axis: the largest spend (PLACEBO) is last, i.e. on top.
    expect((option.yAxis as { data: string[] }).data).toEqual(['SALES · n=40', 'PLACEBO · n=6']);
    expect(series[0]!.data).toEqual([1000, 3000]);
    expect(series[1]!.data.map((d) => (d as { value: number }).value)).toEqual([2500, 0]);
    expect(countDataPoints(option)).toBe(4);
  });

  it('writes ROI with its interval beside a sufficient cell, the reason beside the others', () => {
    const option = spendGainToOption(rows);
    const labels = (option.series as Array<{ data: Array<{ label?: { formatter: string } }> }>)[1]!.data.map(
      (d) => d.label?.formatter,
    );
    expect(labels).toEqual(['ROI 150% (80% – 220%)', 'insufficient data']);
  });

  it('never prints an ROI number without sufficient evidence', () => {
    expect(roiText(row({ evidence: 'NOT_SIGNIFICANT', roi: 0.4 }))).toBe('not significant');
    expect(roiText(row({ roi: null }))).toBe('sufficient evidence');
    expect(roiText(row({ roiCiLow: null }))).toBe('ROI 150%');
  });

  it('renders an empty chart for no rows', () => {
    expect(countDataPoints(spendGainToOption([]))).toBe(0);
  });
});
