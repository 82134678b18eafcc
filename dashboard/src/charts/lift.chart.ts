import { type EChartsOption, nSuffix, palette, pct, round, rowTooltip, fitGrid } from './echarts.types';

export interface LiftRow {
  /** Course, category or trait. */
  label: string;
  /** Share of the focus group with the trait (promoted staff / award winners), in [0, 1]. */
  shareFocus: number;
  /** Share of the comparison group (not promoted / all nominees), in [0, 1]. */
  shareBase: number;
  /** shareFocus / shareBase; null when the base share is 0. */
  lift: number | null;
  nFocus?: number;
  nBase?: number;
}

export interface LiftLabels {
  focus: string;
  base: string;
  lift: string;
}

/** Sorted by lift (largest first); rows without a lift go last. */
export function sortByLift(rows: LiftRow[]): LiftRow[] {
  return [...rows].sort(
    (a, b) => (b.lift ?? -Infinity) - (a.lift ?? -Infinity) || a.label.localeCompare(b.label),
  );
}

/**
 * Share of the focus group vs the comparison group per trait, with the lift printed at the
 * end of the focus bar — the question is "what do winners/promoted have more often".
 */
export function liftToOption(input: LiftRow[], labels: LiftLabels): EChartsOption {
  const ordered = sortByLift(input).reverse();
  return {
    color: [palette[0], palette[1]],
    legend: { top: 0 },
    tooltip: rowTooltip(ordered, (r) => [
      r.label,
      `${labels.focus}: ${pct(r.shareFocus)}${nSuffix(r.nFocus)}`,
      `${labels.base}: ${pct(r.shareBase)}${nSuffix(r.nBase)}`,
      `${labels.lift}: ${r.lift === null ? '—' : `×${round(r.lift, 2)}`}`,
    ]),
    grid: fitGrid({ right: 48, top: 32 }),
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLabel: { formatter: (v: number) => `${round(v * 100, 0)}%` },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.label),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        name: labels.focus,
        type: 'bar',
        data: ordered.map((r) => ({
          value: round(r.shareFocus, 4),
          label: { show: true, position: 'right', formatter: r.lift === null ? '—' : `×${round(r.lift, 2)}` },
        })),
      },
      { name: labels.base, type: 'bar', data: ordered.map((r) => round(r.shareBase, 4)) },
    ],
  };
}
