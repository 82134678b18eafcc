import type {
  Cause,
  ComparisonOp,
  Condition,
  ImpactEffect,
  KpiBinding,
  TrainingImpactRule,
} from './rules.schema';
import type { IsoDate, IsoMonth, KpiPoint } from './rules.types';
import { addMonths, fmt, mean, monthOf, monthRange, round } from './rules.util';
import { quarterOf } from './scoring';
import type { ImpactVerdict, InsufficientCode } from './rules.codes';

// Training → performance (article §二). Definitions, stated once:
// - M = month of completion. Baseline window = the `windowMonths` months before M; post window =
//   the `windowMonths` months after M. M itself is in neither (training was partly done).
// - Each window's value is the mean of its monthly values (duplicates in a month are averaged first).
// - delta: PERCENT_CHANGE = (post − baseline) / |baseline| × 100 (relative % change);
//          POINT_CHANGE = post − baseline (in the KPI's unit, e.g. percentage points for rates);
//          LEVEL = post (for KPIs that already are a growth rate; baseline only for context).
//   Deltas are rounded to 2 decimals before any threshold is applied.
// - improvement = delta, sign-flipped for LOWER_IS_BETTER KPIs (a −8% defect rate improves by 8).
// - contribution % = Σ wᵢ·improvementᵢ / Σ wᵢ over the bound KPIs.
// - verdict: first outcome whose conditions (on delta) all hold; else NO_CHANGE when no KPI
//   improved by ≥ noChange.thresholdPct; else IMPROVED. NO_DATA when a window lacks data;
//   PENDING when the post window has not ended by `asOf`.

export type { ImpactVerdict };

export type ImpactAction =
  | { type: 'ADJUST_PERFORMANCE'; points: number; quarter: string }
  | { type: 'REASSIGN_COURSE' }
  | { type: 'OPEN_IMPROVEMENT_PLAN'; target: string }
  | { type: 'RECORD_CONTRIBUTION'; contributionPct: number }
  | { type: 'PUSH_TO_KNOWLEDGE_BASE' }
  | { type: 'ALERT_MANAGER'; causes: Cause[] };

export interface KpiImpact {
  key: string;
  kpiCode: string;
  label: string;
  measure: KpiBinding['measure'];
  direction: KpiBinding['direction'];
  baseline: number | null;
  post: number | null;
  baselineMonthsObserved: number;
  postMonthsObserved: number;
  delta: number | null;
  improvement: number | null;
  /** Why delta is null, when it is (code; the text below explains it in English). */
  insufficientCode: InsufficientCode | null;
  insufficient: string | null;
  formula: string;
}

export interface ConditionCheck extends Condition {
  actual: number | null;
  passed: boolean;
}

export interface ImpactResult {
  ruleKey: string;
  ruleVersion: number;
  completedOn: IsoDate;
  windows: { baseline: { from: IsoMonth; to: IsoMonth }; post: { from: IsoMonth; to: IsoMonth } };
  kpis: KpiImpact[];
  verdict: ImpactVerdict;
  /** Conditions of the matched outcome (or of every outcome when none matched). */
  conditions: ConditionCheck[];
  contributionPct: number | null;
  performanceAdjustment: { points: number; quarter: string } | null;
  actions: ImpactAction[];
  formula: string;
}

export interface ImpactInput {
  completedOn: IsoDate;
  /** Monthly values keyed by KpiDefinition code. */
  series: Record<string, KpiPoint[]>;
  /** When given, a post window not yet over by this date yields PENDING. */
  asOf?: IsoDate;
}

const OPS: Record<ComparisonOp, (a: number, b: number) => boolean> = {
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '=': (a, b) => a === b,
};
const NEGATED: Record<ComparisonOp, ComparisonOp> = { '>': '<=', '>=': '<', '<': '>=', '<=': '>', '=': '=' };

function windowMean(points: KpiPoint[], months: IsoMonth[]): { value: number | null; observed: number } {
  const perMonth = months
    .map((m) => mean(points.filter((p) => p.month === m).map((p) => p.value)))
    .filter((v): v is number => v != null);
  return { value: mean(perMonth), observed: perMonth.length };
}

function measureKpi(
  binding: KpiBinding,
  points: KpiPoint[],
  base: IsoMonth[],
  post: IsoMonth[],
  minMonths: number,
): KpiImpact {
  const b = windowMean(points, base);
  const p = windowMean(points, post);
  const level = binding.measure === 'LEVEL';
  let insufficient: string | null = null;
  let insufficientCode: InsufficientCode | null = null;
  if ((!level && b.observed < minMonths) || p.observed < minMonths) {
    insufficientCode = 'TOO_FEW_MONTHS';
    insufficient = `needs ≥ ${minMonths} observed months per window (baseline ${b.observed}, post ${p.observed})`;
  } else if (binding.measure === 'PERCENT_CHANGE' && b.value === 0) {
    insufficientCode = 'ZERO_BASELINE';
    insufficient = 'baseline is 0: % change undefined';
  }
  let delta: number | null = null;
  if (!insufficient && p.value != null) {
    const bv = b.value ?? 0;
    delta = round(
      level
        ? p.value
        : binding.measure === 'PERCENT_CHANGE'
          ? ((p.value - bv) / Math.abs(bv)) * 100
          : p.value - bv,
    );
  }
  const improvement = delta == null ? null : binding.direction === 'LOWER_IS_BETTER' ? -delta || 0 : delta;
  const span = (ms: IsoMonth[]) => `mean(${ms[0]}..${ms[ms.length - 1]})`;
  const formula = level
    ? `${binding.key} = ${span(post)} = ${fmt(delta)} (the KPI is itself a rate; baseline ${fmt(b.value)} shown for context)`
    : binding.measure === 'PERCENT_CHANGE'
      ? `${binding.key} = (${span(post)} − ${span(base)}) / |${span(base)}| × 100 = (${fmt(p.value)} − ${fmt(b.value)}) / ${fmt(b.value == null ? null : Math.abs(b.value))} × 100 = ${fmt(delta)}%`
      : `${binding.key} = ${span(post)} − ${span(base)} = ${fmt(p.value)} − ${fmt(b.value)} = ${fmt(delta)}`;
  return {
    key: binding.key,
    kpiCode: binding.kpiCode,
    label: binding.label,
    measure: binding.measure,
    direction: binding.direction,
    baseline: b.value == null ? null : round(b.value, 4),
    post: p.value == null ? null : round(p.value, 4),
    baselineMonthsObserved: b.observed,
    postMonthsObserved: p.observed,
    delta,
    improvement,
    insufficientCode,
    insufficient,
    formula,
  };
}

function check(conditions: Condition[], kpis: KpiImpact[]): ConditionCheck[] {
  return conditions.map((c) => {
    const actual = kpis.find((k) => k.key === c.kpi)?.delta ?? null;
    return { ...c, actual, passed: actual != null && OPS[c.op](actual, c.value) };
  });
}

const describe = (cs: ConditionCheck[]) =>
  cs.map((c) => `${c.kpi} ${fmt(c.actual)} ${c.op} ${c.value} ${c.passed ? '✓' : '✗'}`).join(' AND ');

/** Turns a rule effect into a concrete action (adds the quarter, plan target, contribution). */
function toAction(
  e: ImpactEffect,
  result: ImpactResult,
  matched: ConditionCheck[],
  quarter: string,
): ImpactAction {
  switch (e.type) {
    case 'ADJUST_PERFORMANCE':
      result.performanceAdjustment = { points: e.points, quarter };
      return { type: e.type, points: e.points, quarter };
    case 'OPEN_IMPROVEMENT_PLAN':
      return {
        type: e.type,
        target: matched.map((c) => `${c.kpi} ${NEGATED[c.op]} ${c.value}`).join(' AND '),
      };
    case 'RECORD_CONTRIBUTION':
      return { type: e.type, contributionPct: result.contributionPct ?? 0 };
    default:
      return { ...e };
  }
}

export function evaluateTrainingImpact(rule: TrainingImpactRule, input: ImpactInput): ImpactResult {
  const m = monthOf(input.completedOn);
  const w = rule.windowMonths;
  const base = monthRange(addMonths(m, -w), addMonths(m, -1));
  const post = monthRange(addMonths(m, 1), addMonths(m, w));
  const kpis = rule.kpis.map((k) =>
    measureKpi(k, input.series[k.kpiCode] ?? [], base, post, rule.minMonthsPerWindow),
  );
  const result: ImpactResult = {
    ruleKey: rule.key,
    ruleVersion: rule.version,
    completedOn: input.completedOn,
    windows: { baseline: { from: base[0]!, to: base[w - 1]! }, post: { from: post[0]!, to: post[w - 1]! } },
    kpis,
    verdict: 'NO_DATA',
    conditions: [],
    contributionPct: null,
    performanceAdjustment: null,
    actions: [],
    formula: '',
  };
  const kpiFormulas = kpis.map((k) => k.formula).join('; ');

  if (input.asOf && input.asOf < `${addMonths(post[w - 1]!, 1)}-01`) {
    result.verdict = 'PENDING';
    result.formula = `post window ${result.windows.post.from}..${result.windows.post.to} not over on ${input.asOf}`;
    return result;
  }
  const missing = kpis.filter((k) => k.delta == null);
  if (missing.length > 0) {
    result.formula = `NO_DATA: ${missing.map((k) => `${k.key} ${k.insufficient}`).join('; ')}`;
    return result;
  }

  const totalWeight = rule.kpis.reduce((a, k) => a + k.weight, 0);
  const contribution = round(
    rule.kpis.reduce((a, k, i) => a + k.weight * kpis[i]!.improvement!, 0) / totalWeight,
  );
  result.contributionPct = contribution;
  const contributionText = `contribution % = Σ wᵢ·improvementᵢ / Σ wᵢ = (${rule.kpis
    .map((k, i) => `${k.weight}×${fmt(kpis[i]!.improvement)}`)
    .join(' + ')}) / ${totalWeight} = ${fmt(contribution)}`;

  const all: ConditionCheck[] = [];
  for (const outcome of rule.outcomes) {
    const checks = check(outcome.when, kpis);
    all.push(...checks);
    if (!checks.every((c) => c.passed)) continue;
    result.verdict = outcome.verdict;
    result.conditions = checks;
    result.actions = outcome.effects.map((e) => toAction(e, result, checks, quarterOf(post[w - 1]!)));
    result.formula = `${kpiFormulas}; ${outcome.verdict}: ${describe(checks)}; ${contributionText}`;
    return result;
  }

  result.conditions = all;
  const best = Math.max(...kpis.map((k) => k.improvement!));
  const threshold = rule.noChange.thresholdPct;
  if (best < threshold) {
    result.verdict = 'NO_CHANGE';
    result.actions = rule.noChange.effects.map((e) => toAction(e, result, [], quarterOf(post[w - 1]!)));
  } else result.verdict = 'IMPROVED';
  result.formula = `${kpiFormulas}; no outcome matched (${describe(all) || 'none defined'}); best improvement ${fmt(best)} ${
    best < threshold ? '<' : '>='
  } ${threshold} → ${result.verdict}; ${contributionText}`;
  return result;
}
