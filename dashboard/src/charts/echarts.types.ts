import type {
  BarSeriesOption,
  CustomSeriesOption,
  LineSeriesOption,
  RadarSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  RadarComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The option type limited to what the app registers in echarts.setup.ts (tree-shaken build). */
export type EChartsOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | RadarSeriesOption
  | ScatterSeriesOption
  | CustomSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | RadarComponentOption
>;

/** A palette readable for the colour-blind (Okabe–Ito), shared by every chart. */
export const palette = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#000000',
];
export const muted = '#B0B7C3';

/**
 * A grid whose rect holds the axis labels AND the axis names (titles), so neither is cut off at
 * the container's edge in any language or width (ECharts 6 outer bounds; `containLabel` only
 * reserves room for labels).
 */
export function fitGrid(margins: { left?: number; right?: number; top?: number; bottom?: number } = {}) {
  return {
    left: margins.left ?? 8,
    right: margins.right ?? 16,
    top: margins.top ?? 36,
    bottom: margins.bottom ?? 8,
    outerBoundsMode: 'same' as const,
    outerBoundsContain: 'all' as const,
  };
}

/** Round for display without drifting the underlying data (tooltips show the raw value). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function pct(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? '—'
    : `${round(value * 100, digits)}%`;
}

export function num(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? '—'
    : round(value, digits).toLocaleString();
}

/** ' (n = 12)' after a number, or nothing when n is unknown. */
export function nSuffix(n: number | undefined): string {
  return n !== undefined ? ` (n = ${n})` : '';
}

/**
 * Axis tooltip for bar charts whose categories are `rows` in order: the hovered row's lines
 * (label, one line per series …), so every series of the row is explained together.
 */
export function rowTooltip<T>(rows: readonly T[], lines: (row: T) => string[]) {
  return {
    trigger: 'axis' as const,
    axisPointer: { type: 'shadow' as const },
    formatter: (params: unknown) => {
      const row = rows[(params as Array<{ dataIndex: number }>)[0]?.dataIndex ?? -1];
      return row ? lines(row).join('<br/>') : '';
    },
  };
}

/** Count every data point of every series: the browser tests read it from the chart's DOM. */
export function countDataPoints(option: EChartsOption): number {
  const series =
    option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  let total = 0;
  for (const s of series) {
    const data = (s as { data?: unknown[] }).data;
    if (!Array.isArray(data)) continue;
    if ((s as { type?: string }).type === 'radar') {
      for (const d of data) total += ((d as { value?: unknown[] }).value ?? []).length;
    } else {
      total += data.filter((d) => d !== null && d !== undefined && d !== '-').length;
    }
  }
  return total;
}
