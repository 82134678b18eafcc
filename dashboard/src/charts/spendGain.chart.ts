import { type EChartsOption, palette, pct, round } from './echarts.types';

export interface SpendGainRow {
  /** Period, department or course label on the category axis. */
  label: string;
  /** Training cost (currency units). */
  cost: number;
  /** Monetised KPI gain attributed to training (currency units). */
  gain: number;
  /** Phillips ROI = (gain − cost) / cost; null when cost is 0. */
  roi: number | null;
}

export interface SpendGainLabels {
  cost: string;
  gain: string;
  roi: string;
}

const defaultLabels: SpendGainLabels = { cost: 'Training cost', gain: 'Monetised gain', roi: 'ROI' };

/** Spend vs gain as grouped bars, ROI as a line on a percentage axis. */
export function spendGainToOption(
  rows: SpendGainRow[],
  labels: SpendGainLabels = defaultLabels,
): EChartsOption {
  return {
    color: [palette[0], palette[2], palette[3]],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    // Every cut (category, department …) is labelled; long labels wrap rather than vanish.
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { interval: 0, width: 80, overflow: 'break' },
    },
    yAxis: [
      { type: 'value', name: '¥' },
      {
        type: 'value',
        name: labels.roi,
        axisLabel: { formatter: (v: number) => `${round(v * 100, 0)}%` },
        splitLine: { show: false },
      },
    ],
    series: [
      { name: labels.cost, type: 'bar', data: rows.map((r) => round(r.cost, 2)) },
      { name: labels.gain, type: 'bar', data: rows.map((r) => round(r.gain, 2)) },
      {
        name: labels.roi,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => (r.roi === null ? null : round(r.roi, 4))),
        tooltip: { valueFormatter: (v) => pct(v as number | null) },
      },
    ],
  };
}
