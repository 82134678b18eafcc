import type { CourseContributionRow } from '../../charts/courseContribution.chart';
import type { LiftRow } from '../../charts/lift.chart';
import type { RankedBarRow } from '../../charts/rankedBar.chart';
import type { Evidence, SpendGainRow } from '../../charts/spendGain.chart';
import type { TrendRow } from '../../charts/trend.chart';

// Pure mappings from the API's analytics rows (Cube metrics, one row per cell with its n) to
// chart rows. Structural input types: only the fields each mapping reads.

export interface ParticipationIn {
  month: string;
  /** The month runs past the data's last day (the API's `partial`): its rates are not final. */
  partial?: boolean | null;
  /** The data's last day ('YYYY-MM-DD'), the same on every row. */
  asOf?: string | null;
  n: number;
  participationRate?: number | null;
  voluntaryParticipationRate?: number | null;
  completionRate?: number | null;
  passRate?: number | null;
  participants?: number | null;
  voluntaryParticipants?: number | null;
  enrollments?: number | null;
}

/** 'YYYY-MM' of a date (UTC), the key of the month still running. */
export const monthOf = (date: Date): string => date.toISOString().slice(0, 7);

/**
 * Whether a month's numbers are not final: the API says so (`partial`: the month runs past the
 * data's last day); without that, the month `current` ('YYYY-MM', the caller's today) or later.
 */
export const isPartial = (r: ParticipationIn, current?: string): boolean =>
  r.partial ?? (current !== undefined && r.month.slice(0, 7) >= current);

/** The data's last day of a participation answer, if the API sent one. */
export const dataAsOf = (rows: ParticipationIn[]): string | null => rows.find((r) => r.asOf)?.asOf ?? null;

/** One point per month; several rows of one month (a breakdown) are not expected here. */
export function participationTrend(rows: ParticipationIn[], current?: string): TrendRow[] {
  return [...rows]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((r) => ({
      period: r.month.slice(0, 7),
      partial: isPartial(r, current),
      values: {
        participation: r.participationRate ?? null,
        voluntary: r.voluntaryParticipationRate ?? null,
        completion: r.completionRate ?? null,
        passRate: r.passRate ?? null,
      },
    }));
}

/** Money as the API sends it: a Decimal string ("2558300.00"). */
export type Money = string | number;

/** A Decimal string as a number for charts and rounded display (exact to the cent below 2^53 / 100). */
export const moneyValue = (v: Money | null | undefined): number | null =>
  v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);

export interface RoiIn {
  label?: string | null;
  n: number;
  spend: Money;
  benefit: Money;
  coverage?: number | null;
  evidence: string;
  roi?: number | null;
  roiCiLow?: number | null;
  roiCiHigh?: number | null;
}

const EVIDENCE: readonly Evidence[] = ['SUFFICIENT', 'NOT_SIGNIFICANT', 'INSUFFICIENT_DATA'];
const evidenceOf = (v: string): Evidence =>
  (EVIDENCE as readonly string[]).includes(v) ? (v as Evidence) : 'INSUFFICIENT_DATA';

/** Spend vs credited benefit per cell; an ROI number only where the evidence is sufficient. */
export function spendGainRows(rows: RoiIn[]): SpendGainRow[] {
  return rows.map((r) => {
    const evidence = evidenceOf(r.evidence);
    const shown = evidence === 'SUFFICIENT';
    return {
      label: r.label ?? '—',
      spend: moneyValue(r.spend) ?? 0,
      benefit: moneyValue(r.benefit) ?? 0,
      n: r.n,
      coverage: r.coverage ?? null,
      evidence,
      roi: shown ? (r.roi ?? null) : null,
      roiCiLow: shown ? (r.roiCiLow ?? null) : null,
      roiCiHigh: shown ? (r.roiCiHigh ?? null) : null,
    };
  });
}

export interface RoiTotalIn extends RoiIn {
  measuredSpend?: Money | null;
  measuredPeople?: number | null;
}

/** The headline money: spend over all training, and an ROI only with sufficient evidence. */
export interface Headline {
  spend: number;
  benefit: number;
  coverage: number | null;
  evidence: Evidence;
  roi: number | null;
  roiCiLow: number | null;
  roiCiHigh: number | null;
  /** Participants: the people the spend was on. */
  n: number;
  /** People with a measured outcome (the coverage's and the benefit's n). */
  measuredPeople: number | null;
}

export function headline(total: RoiTotalIn | null | undefined): Headline | null {
  if (!total) return null;
  const [row] = spendGainRows([total]);
  return {
    spend: row!.spend,
    benefit: row!.benefit,
    coverage: total.coverage ?? null,
    evidence: row!.evidence,
    roi: row!.roi,
    roiCiLow: row!.roiCiLow,
    roiCiHigh: row!.roiCiHigh,
    n: total.n,
    measuredPeople: total.measuredPeople ?? null,
  };
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
      // NOT_SIGNIFICANT still has an estimate and interval (drawn, marked as spanning 0).
      sufficient: r.evidence !== 'INSUFFICIENT_DATA' && r.estimate !== null && r.estimate !== undefined,
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

/** Rates over the trend window, weighted by each month's headcount / enrollments. */
export function participationTotals(rows: ParticipationIn[]): {
  participation: number | null;
  voluntary: number | null;
  completion: number | null;
  passRate: number | null;
  /** Headcount: the largest month's (people, not person-months). */
  headcount: number;
  enrollments: number;
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
  const byHeadcount = (r: ParticipationIn) => r.n;
  const byEnrollments = (r: ParticipationIn) => r.enrollments ?? r.n;
  return {
    participation: weighted((r) => r.participationRate, byHeadcount),
    voluntary: weighted((r) => r.voluntaryParticipationRate, byHeadcount),
    completion: weighted((r) => r.completionRate, byEnrollments),
    passRate: weighted((r) => r.passRate, byEnrollments),
    headcount: Math.max(0, ...rows.map((r) => r.n)),
    enrollments: rows.reduce((s, r) => s + (r.enrollments ?? 0), 0),
  };
}
