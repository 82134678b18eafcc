import {
  type EChartsOption,
  muted,
  nSuffix,
  num,
  palette,
  round,
  rowTooltip,
  fitGrid,
} from './echarts.types';

export interface MeasuredVsTypicalRow {
  /** The step, e.g. "客户经理 → 高级客户经理". */
  label: string;
  /** Measured value (e.g. average months); null when not measured or suppressed (n < 5). */
  measured: number | null;
  /** Sample size behind the measured value. */
  n?: number;
  /** Configured reference for comparison (e.g. the career graph's typical months); null if none. */
  typical: number | null;
}

export interface MeasuredVsTypicalOptions {
  measured: string;
  typical: string;
  unit?: string;
  digits?: number;
  /** Pixels for category labels before truncation. */
  labelWidth?: number;
}

/** Measured rows first (longest first), then configured-only rows by their reference value. */
export function sortMeasuredVsTypical(rows: MeasuredVsTypicalRow[]): MeasuredVsTypicalRow[] {
  return [...rows].sort(
    (a, b) =>
      (b.measured ?? -Infinity) - (a.measured ?? -Infinity) ||
      (b.typical ?? -Infinity) - (a.typical ?? -Infinity) ||
      a.label.localeCompare(b.label),
  );
}

/**
 * A measured value per category next to its configured reference (time to promotion: measured
 * months vs the career graph's typical months). n is printed on the measured bar, because a
 * measurement is only as good as the number of people behind it.
 */
export function measuredVsTypicalToOption(
  input: MeasuredVsTypicalRow[],
  options: MeasuredVsTypicalOptions,
): EChartsOption {
  const { measured, typical, unit = '', digits = 1, labelWidth = 220 } = options;
  // Horizontal bars: ECharts draws the first category at the bottom, so reverse for top-first.
  const ordered = sortMeasuredVsTypical(input).reverse();
  return {
    color: [palette[0], muted],
    legend: { top: 0 },
    tooltip: rowTooltip(ordered, (r) => [
      r.label,
      `${measured}: ${num(r.measured, digits)}${r.measured === null ? '' : unit}${nSuffix(r.n)}`,
      `${typical}: ${num(r.typical, digits)}${r.typical === null ? '' : unit}`,
    ]),
    grid: fitGrid({ right: 64, top: 32 }),
    // The unit titles the axis under it: an end-aligned name is cut off on a phone.
    xAxis: { type: 'value', name: unit, nameLocation: 'middle', nameGap: 26, min: 0 },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.label),
      axisLabel: { width: labelWidth, overflow: 'truncate' },
    },
    series: [
      {
        name: measured,
        type: 'bar',
        data: ordered.map((r) =>
          r.measured === null
            ? null
            : {
                value: round(r.measured, digits),
                label: {
                  show: true,
                  position: 'right',
                  formatter: `${num(r.measured, digits)}${nSuffix(r.n)}`,
                },
              },
        ),
      },
      {
        name: typical,
        type: 'bar',
        data: ordered.map((r) => (r.typical === null ? null : round(r.typical, digits))),
      },
    ],
  };
}
