import { type EChartsOption, palette, round } from './echarts.types';

export interface CompetencyRow {
  competency: string;
  /** Employee's current level; null when never assessed (drawn as 0, listed in the tooltip). */
  actual: number | null;
  /** Level the target position requires. */
  target: number;
}

export interface CompetencyRadarLabels {
  actual: string;
  target: string;
}

/**
 * Actual vs target competency levels; the axis max is the largest level seen (at least 5).
 * A radar needs three axes to be a shape: with fewer competencies it is drawn as paired bars.
 */
export function competencyRadarToOption(rows: CompetencyRow[], labels: CompetencyRadarLabels): EChartsOption {
  const max = Math.max(5, ...rows.map((r) => Math.max(r.actual ?? 0, r.target)));
  if (rows.length < 3) {
    return {
      color: [palette[0], palette[3]],
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.competency) },
      yAxis: { type: 'value', min: 0, max },
      series: [
        { name: labels.actual, type: 'bar', data: rows.map((r) => round(r.actual ?? 0, 2)) },
        { name: labels.target, type: 'bar', data: rows.map((r) => round(r.target, 2)) },
      ],
    };
  }
  return {
    color: [palette[0], palette[3]],
    legend: { top: 0 },
    tooltip: { trigger: 'item' },
    radar: {
      radius: '62%',
      center: ['50%', '56%'],
      indicator: rows.map((r) => ({ name: r.competency, max })),
    },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: labels.actual,
            value: rows.map((r) => round(r.actual ?? 0, 2)),
            areaStyle: { opacity: 0.25 },
          },
          { name: labels.target, value: rows.map((r) => round(r.target, 2)), lineStyle: { type: 'dashed' } },
        ],
      },
    ],
  };
}
