import { type EChartsOption, palette, round } from './echarts.types';

export interface KpiPoint {
  /** Month as YYYY-MM. */
  month: string;
  value: number;
}

export interface KpiSeriesInput {
  kpi: string;
  unit?: string;
  points: KpiPoint[];
}

export interface CompletionMark {
  /** ISO date of the course completion. */
  date: string;
  course: string;
}

/** Every month present in any series, sorted — the shared x axis. */
export function monthsOf(series: KpiSeriesInput[], completions: CompletionMark[] = []): string[] {
  const months = new Set<string>();
  for (const s of series) for (const p of s.points) months.add(p.month.slice(0, 7));
  for (const c of completions) months.add(c.date.slice(0, 7));
  return [...months].sort();
}

/**
 * KPI values per month with a vertical marker at each training completion, so a reader can see
 * the before/after window the contribution metric compares.
 */
/** Distinct units in series order; each gets its own y axis (at most two, extra units share the second). */
export function unitsOf(series: KpiSeriesInput[]): string[] {
  return [...new Set(series.map((s) => s.unit ?? ''))];
}

export function kpiSeriesToOption(
  series: KpiSeriesInput[],
  completions: CompletionMark[] = [],
): EChartsOption {
  const months = monthsOf(series, completions);
  const units = unitsOf(series);
  // Course names would overlap on a dense axis: they show on hover (emphasis), not permanently.
  const marks = completions.map((c) => ({
    xAxis: c.date.slice(0, 7),
    name: c.course,
    label: { formatter: c.course },
  }));
  return {
    color: palette,
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: months },
    yAxis:
      units.length > 1
        ? units
            .slice(0, 2)
            .map((u, i) => ({ type: 'value' as const, name: u, scale: true, splitLine: { show: i === 0 } }))
        : { type: 'value', scale: true, name: units[0] ?? '' },
    series: series.map((s, i) => {
      const byMonth = new Map(s.points.map((p) => [p.month.slice(0, 7), p.value]));
      return {
        name: s.kpi,
        type: 'line' as const,
        yAxisIndex: units.length > 1 ? Math.min(units.indexOf(s.unit ?? ''), 1) : 0,
        connectNulls: true,
        data: months.map((m) => (byMonth.has(m) ? round(byMonth.get(m)!, 4) : null)),
        ...(i === 0 && marks.length > 0
          ? {
              markLine: {
                symbol: 'none',
                silent: false,
                lineStyle: { type: 'dashed' as const, color: '#6b7280' },
                label: { show: false, position: 'insideEndTop' as const, fontSize: 10 },
                emphasis: { label: { show: true } },
                data: marks,
              },
            }
          : {}),
      };
    }),
  };
}
