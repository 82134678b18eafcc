import { type EChartsOption, fitGrid, num, palette, pct, round, rowTooltip } from './echarts.types';

export type Evidence = 'SUFFICIENT' | 'NOT_SIGNIFICANT' | 'INSUFFICIENT_DATA';

export interface SpendGainRow {
  /** Category, department or family label on the category axis. */
  label: string;
  /** All training spend of the cell (CNY). */
  spend: number;
  /** Credited benefit: measured KPI gains of effects with sufficient evidence (CNY). */
  benefit: number;
  /** (benefit − spend) / spend; null unless evidence is SUFFICIENT. */
  roi: number | null;
  roiCiLow: number | null;
  roiCiHigh: number | null;
  evidence: Evidence;
  /** Participants in the cell. */
  n: number;
  /** Share of spend whose outcome was measured. */
  coverage: number | null;
}

export interface SpendGainLabels {
  spend: string;
  benefit: string;
  roi: string;
  coverage: string;
  /** Axis title of the money axis. */
  money: string;
  /** What a cell without an ROI number says instead, by evidence status. */
  evidence: Record<Evidence, string>;
}

const defaultLabels: SpendGainLabels = {
  spend: 'Training spend',
  benefit: 'Credited benefit',
  roi: 'ROI',
  coverage: 'Coverage',
  money: 'CNY',
  evidence: {
    SUFFICIENT: 'sufficient evidence',
    NOT_SIGNIFICANT: 'not significant',
    INSUFFICIENT_DATA: 'insufficient data',
  },
};

/** "ROI 120% (80% – 160%)", or what the cell has instead of a number. */
export function roiText(
  row: Pick<SpendGainRow, 'roi' | 'roiCiLow' | 'roiCiHigh' | 'evidence'>,
  labels = defaultLabels,
) {
  if (row.evidence !== 'SUFFICIENT' || row.roi === null) return labels.evidence[row.evidence];
  const interval =
    row.roiCiLow !== null && row.roiCiHigh !== null
      ? ` (${pct(row.roiCiLow, 0)} – ${pct(row.roiCiHigh, 0)})`
      : '';
  return `${labels.roi} ${pct(row.roi, 0)}${interval}`;
}

/**
 * Spend vs credited benefit per cell as horizontal bars (long labels stay readable on a phone).
 * ROI is a number per cell, not a trend: it is written beside the cell's bars — with its 95 %
 * interval, or the reason it is withheld — never drawn as a line across unrelated categories.
 */
export function spendGainToOption(
  rows: SpendGainRow[],
  labels: SpendGainLabels = defaultLabels,
): EChartsOption {
  // Category axis reads bottom-up: reverse so the largest spend is on top.
  const ordered = [...rows].sort((a, b) => b.spend - a.spend).reverse();
  return {
    color: [palette[0], palette[2]],
    tooltip: rowTooltip(ordered, (r) => [
      `<b>${r.label}</b> (n = ${r.n})`,
      `${labels.spend}: ¥${num(r.spend, 0)}`,
      `${labels.benefit}: ¥${num(r.benefit, 0)}`,
      `${labels.coverage}: ${pct(r.coverage, 0)}`,
      roiText(r, labels),
    ]),
    legend: { top: 0 },
    grid: fitGrid({ right: 24 }),
    xAxis: { type: 'value', name: labels.money, nameLocation: 'middle', nameGap: 26 },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => `${r.label} · n=${r.n}`),
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: [
      { name: labels.spend, type: 'bar', data: ordered.map((r) => round(r.spend, 2)) },
      {
        name: labels.benefit,
        type: 'bar',
        data: ordered.map((r) => ({
          value: round(r.benefit, 2),
          label: { show: true, position: 'right', formatter: roiText(r, labels), color: '#374151' },
        })),
      },
    ],
  };
}
