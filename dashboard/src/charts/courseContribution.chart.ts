import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import { type EChartsOption, fitGrid, muted, num, palette, round } from './echarts.types';

export interface CourseContributionRow {
  course: string;
  /** Difference-in-differences estimate of the KPI change, in the KPI's unit; null if not estimable. */
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** The smaller arm (people) behind the estimate. */
  n: number;
  /** False when an arm is under the minimum sample: shown greyed and marked, never ranked. */
  sufficient: boolean;
}

export interface CourseContributionLabels {
  estimate: string;
  ci: string;
  insufficient: string;
  /** Marks an estimate whose 95 % interval spans 0. */
  notSignificant: string;
  /** The KPI's unit, in the axis title. */
  unit?: string;
}

const defaultLabels: CourseContributionLabels = {
  estimate: 'Contribution (DiD)',
  ci: '95% CI',
  insufficient: 'insufficient data',
  notSignificant: 'not significant',
};

/** True when the 95 % interval includes 0: the data cannot tell the effect from none. */
export function spansZero(row: Pick<CourseContributionRow, 'ciLow' | 'ciHigh'>): boolean {
  return row.ciLow !== null && row.ciHigh !== null && row.ciLow <= 0 && row.ciHigh >= 0;
}

/** The text at the end of a bar: n, and "not significant" when the interval spans 0. */
export function barNote(
  row: CourseContributionRow,
  labels: CourseContributionLabels = defaultLabels,
): string {
  if (!row.sufficient || row.estimate === null) return `${labels.insufficient} · n=${row.n}`;
  return spansZero(row) ? `n=${row.n} · ${labels.notSignificant}` : `n=${row.n}`;
}

/** Sufficient rows ranked by estimate (best first), then the insufficient ones, alphabetically. */
export function rankCourses(rows: CourseContributionRow[]): CourseContributionRow[] {
  const ok = rows
    .filter((r) => r.sufficient && r.estimate !== null)
    .sort((a, b) => (b.estimate ?? 0) - (a.estimate ?? 0));
  const rest = rows
    .filter((r) => !(r.sufficient && r.estimate !== null))
    .sort((a, b) => a.course.localeCompare(b.course));
  return [...ok, ...rest];
}

/** Draws one horizontal whisker |—| from ciLow to ciHigh at the category's row. */
function renderWhisker(
  _params: CustomSeriesRenderItemParams,
  api: CustomSeriesRenderItemAPI,
): CustomSeriesRenderItemReturn {
  const row = api.value(2) as number;
  const low = api.coord([api.value(0), row]);
  const high = api.coord([api.value(1), row]);
  const band = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 20;
  const half = Math.max(3, band * 0.18);
  const style = { stroke: '#333', lineWidth: 1.5 };
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
      { type: 'line', shape: { x1: low[0], y1: low[1] - half, x2: low[0], y2: low[1] + half }, style },
      { type: 'line', shape: { x1: high[0], y1: high[1] - half, x2: high[0], y2: high[1] + half }, style },
    ],
  };
}

/**
 * Ranking of courses by contribution with 95% CI whiskers. Rows without enough data get an
 * empty bar and an "insufficient data" label so they are visible but never look like a zero.
 */
export function courseContributionToOption(
  input: CourseContributionRow[],
  labels: CourseContributionLabels = defaultLabels,
): EChartsOption {
  const rows = rankCourses(input);
  // Category axis reads bottom-up, so reverse to put the best course on top.
  const ordered = [...rows].reverse();
  const estimable = (r: CourseContributionRow) => r.sufficient && r.estimate !== null;
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const idx = (p as { dataIndex: number }).dataIndex;
        const r = ordered[idx];
        if (!r) return '';
        if (!estimable(r)) return `${r.course}<br/>${labels.insufficient} (n = ${r.n})`;
        const ns = spansZero(r) ? `<br/>${labels.notSignificant}` : '';
        return `${r.course}<br/>${labels.estimate}: ${num(r.estimate, 2)}${labels.unit ? ` ${labels.unit}` : ''}<br/>${labels.ci}: [${num(r.ciLow, 2)}, ${num(r.ciHigh, 2)}]<br/>n = ${r.n}${ns}`;
      },
    },
    grid: fitGrid({ right: 24, top: 8 }),
    xAxis: {
      type: 'value',
      name: labels.unit ? `${labels.estimate} (${labels.unit})` : labels.estimate,
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.course),
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: [
      {
        name: labels.estimate,
        type: 'bar',
        data: ordered.map((r) =>
          estimable(r)
            ? {
                value: round(r.estimate!, 4),
                // Significant effects in colour; an interval spanning 0 in a pale tone, marked.
                itemStyle: {
                  color: spansZero(r) ? palette[5] : r.estimate! >= 0 ? palette[2] : palette[3],
                  opacity: spansZero(r) ? 0.55 : 1,
                },
                label: { show: true, position: 'right', formatter: barNote(r, labels), color: '#374151' },
              }
            : {
                value: 0,
                itemStyle: { color: muted },
                label: { show: true, position: 'right', formatter: barNote(r, labels), color: '#6b7280' },
              },
        ),
      },
      {
        name: labels.ci,
        type: 'custom',
        renderItem: renderWhisker,
        encode: { x: [0, 1], y: 2 },
        z: 3,
        data: ordered.flatMap((r, i) =>
          estimable(r) && r.ciLow !== null && r.ciHigh !== null
            ? [[round(r.ciLow, 4), round(r.ciHigh, 4), i]]
            : [],
        ),
      },
    ],
  };
}
