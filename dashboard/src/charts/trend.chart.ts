import { type EChartsOption, palette, pct, round } from './echarts.types';

export interface TrendRow {
  period: string;
  /** Named rates in [0, 1], e.g. participation and completion. */
  values: Record<string, number | null>;
}

/**
 * Rates over time as lines on a 0–100% axis. `series` fixes the order and the display name of
 * each key, so a missing value stays a gap instead of shifting the line.
 */
export function trendToOption(rows: TrendRow[], series: Array<{ key: string; name: string }>): EChartsOption {
  return {
    color: palette,
    tooltip: { trigger: 'axis', valueFormatter: (v) => pct(v as number | null) },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: rows.map((r) => r.period) },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLabel: { formatter: (v: number) => `${round(v * 100, 0)}%` },
    },
    series: series.map((s) => ({
      name: s.name,
      type: 'line' as const,
      connectNulls: false,
      data: rows.map((r) => {
        const v = r.values[s.key];
        return v === null || v === undefined ? null : round(v, 4);
      }),
    })),
  };
}
