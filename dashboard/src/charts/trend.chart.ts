import { type EChartsOption, fitGrid, palette, pct, round } from './echarts.types';

export interface TrendRow {
  period: string;
  /** Named rates in [0, 1], e.g. participation and completion. */
  values: Record<string, number | null>;
  /** The period is still running (e.g. the current month): its rates are not final. */
  partial?: boolean;
}

export interface TrendOptions {
  /** Text of the marker on a partial period, e.g. "month in progress". */
  partial?: string;
  /** Title of the rate axis. */
  axisName?: string;
}

/** The first partial period, if any: where the marker goes. */
export function partialPeriod(rows: TrendRow[]): string | null {
  return rows.find((r) => r.partial)?.period ?? null;
}

/**
 * Rates over time as lines on a 0–100% axis. `series` fixes the order and the display name of
 * each key, so a missing value stays a gap instead of shifting the line. A period still running
 * gets a dashed marker line, so its dip is not read as a drop.
 */
export function trendToOption(
  rows: TrendRow[],
  series: Array<{ key: string; name: string }>,
  options: TrendOptions = {},
): EChartsOption {
  const partial = partialPeriod(rows);
  return {
    color: palette,
    tooltip: { trigger: 'axis', valueFormatter: (v) => pct(v as number | null) },
    legend: { top: 0 },
    grid: fitGrid({ top: 48 }),
    xAxis: { type: 'category', boundaryGap: false, data: rows.map((r) => r.period) },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: options.axisName,
      axisLabel: { formatter: (v: number) => `${round(v * 100, 0)}%` },
    },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'line' as const,
      connectNulls: false,
      data: rows.map((r) => {
        const v = r.values[s.key];
        return v === null || v === undefined ? null : round(v, 4);
      }),
      ...(i === 0 && partial
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed' as const, color: '#6b7280' },
              label: { formatter: options.partial ?? 'partial', position: 'insideEndTop' as const },
              data: [{ xAxis: partial }],
            },
          }
        : {}),
    })),
  };
}
