import { describe, expect, it } from 'vitest';
import { partialPeriod, trendToOption } from './trend.chart';

describe('trendToOption', () => {
  it('keeps one line per key in the given order, with gaps for missing months', () => {
    const option = trendToOption(
      [
        { period: '2026-01', values: { participation: 0.5, completion: 0.25 } },
        { period: '2026-02', values: { participation: 0.61234 } },
      ],
      [
        { key: 'completion', name: 'Completion' },
        { key: 'participation', name: 'Participation' },
      ],
    );
    const series = option.series as Array<{ name: string; data: Array<number | null> }>;
    expect(series.map((s) => s.name)).toEqual(['Completion', 'Participation']);
    expect(series[0]!.data).toEqual([0.25, null]);
    expect(series[1]!.data).toEqual([0.5, 0.6123]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-01', '2026-02']);
  });
});

describe('partial periods', () => {
  const rows = [
    { period: '2026-05', values: { participation: 0.5 } },
    { period: '2026-06', values: { participation: 0.2 }, partial: true },
  ];

  it('marks a running period with a dashed line and its label', () => {
    const option = trendToOption(rows, [{ key: 'participation', name: 'P' }], { partial: '本月未完' });
    const [first] = option.series as Array<{ markLine?: { data: unknown[]; label: { formatter: string } } }>;
    expect(partialPeriod(rows)).toBe('2026-06');
    expect(first!.markLine!.data).toEqual([{ xAxis: '2026-06' }]);
    expect(first!.markLine!.label.formatter).toBe('本月未完');
  });

  it('draws no marker when every period is complete', () => {
    const option = trendToOption([rows[0]!], [{ key: 'participation', name: 'P' }]);
    expect((option.series as Array<{ markLine?: unknown }>)[0]!.markLine).toBeUndefined();
    expect(option.grid).toMatchObject({ outerBoundsContain: 'all' });
  });
});
