import type { EChartsOption } from '../charts/echarts.types';

/** A chart's data as a plain table: what the chart draws, for screen readers and for copying. */
export interface ChartTable {
  head: string[];
  rows: string[][];
}

type Series = { name?: unknown; type?: unknown; data?: unknown };
type Axis = { type?: unknown; data?: unknown; name?: unknown };

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** A data point as text: numbers localised, `{ value }` objects unwrapped, gaps as a dash. */
export function cellText(point: unknown): string {
  if (point === null || point === undefined || point === '-') return '—';
  if (typeof point === 'number') return Number.isFinite(point) ? point.toLocaleString() : '—';
  if (Array.isArray(point)) return point.map(cellText).join(' – ');
  if (typeof point === 'object' && 'value' in point) return cellText((point as { value: unknown }).value);
  if (typeof point === 'object' && 'name' in point) return String((point as { name: unknown }).name);
  return String(point);
}

function categoryAxis(option: EChartsOption): Axis | undefined {
  const axes = [
    ...list(option.xAxis as Axis | Axis[] | undefined),
    ...list(option.yAxis as Axis | Axis[] | undefined),
  ];
  return axes.find((a) => a.type === 'category' && Array.isArray(a.data));
}

/**
 * The data strings a chart draws by default: the category axis (department, course, position and
 * people names) and the radar's indicators (competencies). Series names, axis names and titles
 * are the chart's own words, translated by the caller.
 */
export function chartDataText(option: EChartsOption): string[] {
  const radar = list(option.radar as { indicator?: Array<{ name?: unknown }> } | undefined)[0];
  const indicators = (radar?.indicator ?? []).map((i) => String(i.name ?? ''));
  const axis = categoryAxis(option);
  const categories = axis ? (axis.data as unknown[]).map(cellText) : [];
  return [...categories, ...indicators].filter((s) => s !== '' && s !== '—');
}

function radarTable(option: EChartsOption, series: Series[]): ChartTable | null {
  const radar = list(option.radar as { indicator?: Array<{ name?: unknown }> } | undefined)[0];
  const indicators = (radar?.indicator ?? []).map((i) => String(i.name ?? ''));
  const entries = series.flatMap((s) => list(s.data as Array<{ name?: unknown; value?: unknown[] }>));
  if (!indicators.length || !entries.length) return null;
  return {
    head: ['', ...entries.map((e) => String(e.name ?? ''))],
    rows: indicators.map((name, i) => [name, ...entries.map((e) => cellText(e.value?.[i]))]),
  };
}

/**
 * The table behind a chart, derived from the same option the chart draws (so the two cannot
 * disagree): one row per category of the category axis, one column per series with a value for
 * every category; a radar gives one row per indicator. Decorations (error-bar custom series,
 * mark lines) are left out. Null when the option has no tabular shape.
 */
export function chartTable(option: EChartsOption): ChartTable | null {
  const series = list(option.series as Series | Series[] | undefined);
  if (series.some((s) => s.type === 'radar')) return radarTable(option, series);
  const axis = categoryAxis(option);
  if (!axis) return null;
  const categories = (axis.data as unknown[]).map(cellText);
  const columns = series.filter(
    (s) => Array.isArray(s.data) && (s.data as unknown[]).length === categories.length,
  );
  if (!columns.length) return null;
  return {
    head: [
      typeof axis.name === 'string' ? axis.name : '',
      ...columns.map((s) => (typeof s.name === 'string' ? s.name : '')),
    ],
    rows: categories.map((category, i) => [
      category,
      ...columns.map((s) => cellText((s.data as unknown[])[i])),
    ]),
  };
}
