import { describe, expect, it } from 'vitest';
import { trendToOption } from './trend.chart';

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
