import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import { type EChartsOption, muted, num, palette, round } from './echarts.types';

export interface CourseContributionRow {
  course: string;
  /** Difference-in-differences estimate of the KPI change (percentage points); null if not estimable. */
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Trained employees in the estimate. */
  n: number;
  /** False when n is under the minimum sample: shown greyed and marked, never ranked. */
  sufficient: boolean;
}

export interface CourseContributionLabels {
  estimate: string;
  ci: string;
  insufficient: string;
}

const defaultLabels: CourseContributionLabels = {
  estimate: 'Contribution (DiD)',
  ci: '95% CI',
  insufficient: 'insufficient data',
};

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
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const idx = (p as { dataIndex: number }).dataIndex;
        const r = ordered[idx];
        if (!r) return '';
        if (!r.sufficient || r.estimate === null)
          return `${r.course}<br/>${labels.insufficient} (n = ${r.n})`;
        return `${r.course}<br/>${labels.estimate}: ${num(r.estimate, 2)}<br/>${labels.ci}: [${num(r.ciLow, 2)}, ${num(r.ciHigh, 2)}]<br/>n = ${r.n}`;
      },
    },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: labels.estimate, nameLocation: 'middle', nameGap: 24 },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.course),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        name: labels.estimate,
        type: 'bar',
        data: ordered.map((r) =>
          r.sufficient && r.estimate !== null
            ? { value: round(r.estimate, 4), itemStyle: { color: r.estimate >= 0 ? palette[2] : palette[3] } }
            : {
                value: 0,
                itemStyle: { color: muted },
                label: { show: true, position: 'right', formatter: labels.insufficient, color: '#6b7280' },
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
          r.sufficient && r.estimate !== null && r.ciLow !== null && r.ciHigh !== null
            ? [[round(r.ciLow, 4), round(r.ciHigh, 4), i]]
            : [],
        ),
      },
    ],
  };
}
