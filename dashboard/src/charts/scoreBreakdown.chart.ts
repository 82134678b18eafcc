import { type EChartsOption, num, palette, round } from './echarts.types';

export interface ScoreBreakdownRow {
  /** Nominee's display name. */
  name: string;
  rank: number | null;
  /** Weighted points per criterion; their sum is the total score. */
  parts: Record<string, number>;
}

/** Criteria in first-seen order, so colours stay stable between campaigns. */
export function criteriaOf(rows: ScoreBreakdownRow[]): string[] {
  const seen: string[] = [];
  for (const r of rows) for (const k of Object.keys(r.parts)) if (!seen.includes(k)) seen.push(k);
  return seen;
}

/** Campaign ranking as stacked bars — one segment per weighted criterion (weights from the campaign rule). */
export function scoreBreakdownToOption(
  input: ScoreBreakdownRow[],
  criterionNames: Record<string, string> = {},
): EChartsOption {
  const rows = [...input].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name),
  );
  const ordered = [...rows].reverse();
  const criteria = criteriaOf(rows);
  return {
    color: palette,
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => num(v as number, 2) },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => (r.rank !== null ? `#${r.rank} ${r.name}` : r.name)),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: criteria.map((c) => ({
      name: criterionNames[c] ?? c,
      type: 'bar' as const,
      stack: 'score',
      data: ordered.map((r) => round(r.parts[c] ?? 0, 2)),
    })),
  };
}
