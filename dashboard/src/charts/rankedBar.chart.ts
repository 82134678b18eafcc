import { type EChartsOption, fitGrid, num, palette, round } from './echarts.types';

export interface RankedBarRow {
  label: string;
  value: number;
  /** Sample size behind the value, shown in the tooltip. */
  n?: number;
  /** Extra tooltip line, e.g. "rating 4.6 · 3 sessions". */
  note?: string;
}

export interface RankedBarOptions {
  name: string;
  /** Sort descending (ranking) or keep the given order (e.g. gates in pipeline order). */
  sort?: boolean;
  horizontal?: boolean;
  unit?: string;
  color?: string;
  digits?: number;
  /** Pixels for category labels before truncation. */
  labelWidth?: number;
  /** Title of the value axis, e.g. "Exam points vs course average". */
  axisName?: string;
  /** Write each bar's n beside its value (rankings of people: the reader must see how many). */
  showN?: boolean;
}

/** The text at a bar's end: value with unit, and n when asked. */
export function barLabel(
  row: RankedBarRow,
  options: Pick<RankedBarOptions, 'unit' | 'digits' | 'showN'>,
): string {
  const value = `${num(row.value, options.digits ?? 2)}${options.unit ?? ''}`;
  return options.showN && row.n !== undefined ? `${value} · n=${row.n}` : value;
}

/**
 * One measure per category — lecturer value-added, blocked employees per gate, months to
 * promotion per position. Horizontal bars read best for long Chinese labels.
 */
export function rankedBarToOption(input: RankedBarRow[], options: RankedBarOptions): EChartsOption {
  const {
    name,
    sort = true,
    horizontal = true,
    unit = '',
    color = palette[0],
    digits = 2,
    labelWidth = 140,
    axisName = unit.trim(),
  } = options;
  const rows = sort ? [...input].sort((a, b) => b.value - a.value) : [...input];
  const ordered = horizontal ? [...rows].reverse() : rows;
  const categoryAxis = {
    type: 'category' as const,
    data: ordered.map((r) => r.label),
    axisLabel: { width: labelWidth, overflow: 'truncate' as const },
  };
  const valueAxis = {
    type: 'value' as const,
    name: axisName,
    nameLocation: 'middle' as const,
    nameGap: horizontal ? 26 : 40,
  };
  return {
    color: [color],
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const r = ordered[(p as { dataIndex: number }).dataIndex];
        if (!r) return '';
        const lines = [`${r.label}`, `${name}: ${num(r.value, digits)}${unit}`];
        if (r.n !== undefined) lines.push(`n = ${r.n}`);
        if (r.note) lines.push(r.note);
        return lines.join('<br/>');
      },
    },
    grid: fitGrid({ right: 24, top: 24 }),
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      {
        name,
        type: 'bar',
        data: ordered.map((r) => ({
          value: round(r.value, digits),
          label: { show: true, position: horizontal ? 'right' : 'top', formatter: barLabel(r, options) },
        })),
      },
    ],
  };
}
