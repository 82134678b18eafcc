import type { CourseContributionRow } from '../../charts/courseContribution.chart';
import type { LiftRow } from '../../charts/lift.chart';
import type { RankedBarRow } from '../../charts/rankedBar.chart';
import type { SpendGainRow } from '../../charts/spendGain.chart';
import type { TrendRow } from '../../charts/trend.chart';

// Pure mappings from the API's analytics rows (Cube metrics, one row per cell with its n) to
// chart rows. Structural input types: only the fields each mapping reads.

export interface ParticipationIn {
  month: string;
  n: number;
  participationRate?: number | null;
  completionRate?: number | null;
  passRate?: number | null;
  cost?: number | null;
  hours?: number | null;
  participants?: number | null;
  enrollments?: number | null;
}

/** One point per month; several rows of one month (a breakdown) are not expected here. */
export function participationTrend(rows: ParticipationIn[]): TrendRow[] {
  return [...rows]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((r) => ({
      period: r.month.slice(0, 7),
      values: {
        participation: r.participationRate ?? null,
        completion: r.completionRate ?? null,
        passRate: r.passRate ?? null,
      },
    }));
}

export interface RoiIn {
  label?: string | null;
  key?: string | null;
  n: number;
  benefit: number;
  cost: number;
  roi?: number | null;
}

export function spendGainRows(rows: RoiIn[]): SpendGainRow[] {
  return [...rows]
    .sort((a, b) => b.cost - a.cost)
    .map((r) => ({
      label: r.label ?? r.key ?? '—',
      cost: r.cost,
      gain: r.benefit,
      roi: r.roi ?? (r.cost > 0 ? (r.benefit - r.cost) / r.cost : null),
    }));
}

export interface ContributionIn {
  courseName: string;
  kpiCode: string;
  kpiName: string;
  kpiUnit?: string | null;
  evidence: string;
  n: number;
  estimate?: number | null;
  ciLow?: number | null;
  ciHigh?: number | null;
}

/** KPIs present, most rows first — the contribution chart shows one KPI at a time (units differ). */
export function contributionKpis(
  rows: ContributionIn[],
): Array<{ code: string; name: string; unit: string; count: number }> {
  const byCode = new Map<string, { code: string; name: string; unit: string; count: number }>();
  for (const r of rows) {
    const k = byCode.get(r.kpiCode) ?? { code: r.kpiCode, name: r.kpiName, unit: r.kpiUnit ?? '', count: 0 };
    k.count += 1;
    byCode.set(r.kpiCode, k);
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export function contributionRows(rows: ContributionIn[], kpiCode: string): CourseContributionRow[] {
  return rows
    .filter((r) => r.kpiCode === kpiCode)
    .map((r) => ({
      course: r.courseName,
      estimate: r.estimate ?? null,
      ciLow: r.ciLow ?? null,
      ciHigh: r.ciHigh ?? null,
      n: r.n,
      sufficient: r.evidence === 'OK' && r.estimate !== null && r.estimate !== undefined,
    }));
}

export interface LecturerIn {
  lecturerName: string;
  n: number;
  examValueAdded?: number | null;
  kpiValueAdded?: number | null;
  avgExamScore?: number | null;
}

/** Exam-score value-added per lecturer (points above the course average); lecturers without one are left out. */
export function lecturerRows(rows: LecturerIn[], limit = 15): RankedBarRow[] {
  return rows
    .filter((r) => r.examValueAdded !== null && r.examValueAdded !== undefined)
    .sort((a, b) => (b.examValueAdded ?? 0) - (a.examValueAdded ?? 0))
    .slice(0, limit)
    .map((r) => ({
      label: r.lecturerName,
      value: r.examValueAdded!,
      n: r.n,
      note:
        r.kpiValueAdded !== null && r.kpiValueAdded !== undefined
          ? `KPI ${r.kpiValueAdded >= 0 ? '+' : ''}${Math.round(r.kpiValueAdded * 100) / 100}`
          : undefined,
    }));
}

export interface ProfileIn {
  itemName: string;
  promotedN: number;
  comparisonN: number;
  promotedShare?: number | null;
  comparisonShare?: number | null;
  lift?: number | null;
}

export function profileRows(rows: ProfileIn[], limit = 15): LiftRow[] {
  return rows
    .filter((r) => r.promotedShare !== null && r.promotedShare !== undefined)
    .map((r) => ({
      label: r.itemName,
      shareFocus: r.promotedShare ?? 0,
      shareBase: r.comparisonShare ?? 0,
      lift: r.lift ?? null,
      nFocus: r.promotedN,
      nBase: r.comparisonN,
    }))
    .sort((a, b) => (b.lift ?? -1) - (a.lift ?? -1))
    .slice(0, limit);
}

export interface TraitIn {
  trait: string;
  n: number;
  nominations: number;
  winnerShare?: number | null;
  nomineeShare?: number | null;
  lift?: number | null;
}

export function traitRows(rows: TraitIn[], label: (trait: string) => string): LiftRow[] {
  return rows.map((r) => ({
    label: label(r.trait),
    shareFocus: r.winnerShare ?? 0,
    shareBase: r.nomineeShare ?? 0,
    lift: r.lift ?? null,
    nFocus: r.n,
    nBase: r.nominations,
  }));
}

/** Totals over the trend window: rates weighted by headcount / enrollments, money summed. */
export function participationTotals(rows: ParticipationIn[]): {
  participation: number | null;
  completion: number | null;
  passRate: number | null;
  n: number;
} {
  const weighted = (
    pick: (r: ParticipationIn) => number | null | undefined,
    weight: (r: ParticipationIn) => number,
  ) => {
    let sum = 0;
    let w = 0;
    for (const r of rows) {
      const v = pick(r);
      if (v === null || v === undefined) continue;
      sum += v * weight(r);
      w += weight(r);
    }
    return w > 0 ? sum / w : null;
  };
  return {
    participation: weighted(
      (r) => r.participationRate,
      (r) => r.n,
    ),
    completion: weighted(
      (r) => r.completionRate,
      (r) => r.enrollments ?? r.n,
    ),
    passRate: weighted(
      (r) => r.passRate,
      (r) => r.enrollments ?? r.n,
    ),
    n: Math.max(0, ...rows.map((r) => r.n)),
  };
}

export interface OverviewData {
  window: string;
  participation: ParticipationIn[];
  /** Spend vs gain cut (category, department or family). */
  roi: RoiIn[];
  roiTotal: RoiIn | null;
  contribution: ContributionIn[];
  lecturers: LecturerIn[];
}

/** Everything the overview draws, from the analytics rows (KPI picks the contribution chart's KPI). */
export function toOverviewViewModel(data: OverviewData, kpiCode?: string | null) {
  const totals = participationTotals(data.participation);
  const kpis = contributionKpis(data.contribution);
  const kpi = kpis.find((k) => k.code === kpiCode) ?? kpis[0] ?? null;
  const total = data.roiTotal;
  return {
    window: data.window,
    kpis,
    kpi,
    totals: {
      cost: total ? total.cost : null,
      gain: total ? total.benefit : null,
      roi: total ? (total.roi ?? (total.cost > 0 ? (total.benefit - total.cost) / total.cost : null)) : null,
      participation: totals.participation,
      completion: totals.completion,
      passRate: totals.passRate,
      employees: total ? total.n : totals.n,
      enrollments: data.participation.reduce((s, r) => s + (r.enrollments ?? 0), 0),
    },
    spendGain: spendGainRows(data.roi),
    trends: participationTrend(data.participation),
    contribution: kpi ? contributionRows(data.contribution, kpi.code) : [],
    lecturers: lecturerRows(data.lecturers),
  };
}
