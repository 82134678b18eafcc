import { NO_CHANGE_CAUSES } from './rules.defaults';
import { ARTICLE, PROJECT } from './rules.numbers';
import type { KpiDirection, KpiMeasure, OutcomeVerdict } from './rules.codes';
import type {
  ComparisonOp,
  ImpactEffect,
  ImpactOutcome,
  KpiBinding,
  TrainingImpactRule,
  TrainingImpactRuleInput,
} from './rules.schema';

// A course's KPI bindings are rule data: the `kpis` of the TRAINING_IMPACT rule that names the
// course, with the conditions of its outcomes as thresholds. These helpers read a rule as a list
// of bindings (what the catalogue shows and course_kpi_binding.thresholds stores) and apply an
// HR edit of one binding to a rule (the next version's definition), so the engine evaluates
// exactly what the binding says.

/** One threshold of a binding: the verdict it leads to when it holds (with the others of that verdict). */
export interface BindingThreshold {
  verdict: OutcomeVerdict;
  op: ComparisonOp;
  value: number;
}

/** The JSON stored in course_kpi_binding.thresholds: the binding as its rule version says. */
export interface KpiBindingThresholds {
  measure: KpiMeasure;
  direction?: KpiDirection;
  /** Absent for KPIs tracked for analytics only (no rule judges them). */
  ruleKey?: string;
  ruleVersion?: number;
  key?: string;
  weight?: number;
  thresholds?: BindingThreshold[];
}

export interface CourseKpiBindingView {
  ruleKey: string;
  ruleVersion: number;
  windowMonths: number;
  key: string;
  kpiCode: string;
  label: string;
  measure: KpiMeasure;
  direction: KpiDirection;
  weight: number;
  thresholds: BindingThreshold[];
}

export function bindingsOf(rule: TrainingImpactRule): CourseKpiBindingView[] {
  return rule.kpis.map((k) => ({
    ruleKey: rule.key,
    ruleVersion: rule.version,
    windowMonths: rule.windowMonths,
    key: k.key,
    kpiCode: k.kpiCode,
    label: k.label,
    measure: k.measure,
    direction: k.direction,
    weight: k.weight,
    thresholds: rule.outcomes.flatMap((o) =>
      o.when.filter((c) => c.kpi === k.key).map((c) => ({ verdict: o.verdict, op: c.op, value: c.value })),
    ),
  }));
}

export function toStoredThresholds(b: CourseKpiBindingView): KpiBindingThresholds {
  return {
    measure: b.measure,
    direction: b.direction,
    ruleKey: b.ruleKey,
    ruleVersion: b.ruleVersion,
    key: b.key,
    weight: b.weight,
    thresholds: b.thresholds,
  };
}

/** Effects a verdict carries when an edit creates its outcome (the article's actions). */
export function defaultEffects(verdict: OutcomeVerdict): ImpactEffect[] {
  switch (verdict) {
    case 'EXCELLENT':
      return [{ type: 'ADJUST_PERFORMANCE', points: ARTICLE.excellentAdjustmentPoints }];
    case 'RETRAIN':
      return [{ type: 'REASSIGN_COURSE' }, { type: 'OPEN_IMPROVEMENT_PLAN' }];
    case 'CONTRIBUTION':
      return [{ type: 'RECORD_CONTRIBUTION' }, { type: 'PUSH_TO_KNOWLEDGE_BASE' }];
  }
}

export interface BindingEdit {
  /** The binding's key in the rule (e.g. SALES_GROWTH); a new key adds a binding. */
  key: string;
  kpiCode?: string;
  label?: string;
  measure?: KpiMeasure;
  direction?: KpiDirection;
  weight?: number;
  /** Replaces every condition on this key; omitted → conditions unchanged. */
  thresholds?: BindingThreshold[];
  windowMonths?: number;
  /** Removes the binding and its conditions. */
  remove?: boolean;
}

/**
 * The definition of the rule's next version with one binding edited. Outcomes left without
 * conditions are dropped; a threshold for a verdict the rule has no outcome for adds that
 * outcome with the verdict's default effects. The caller validates the result (saveRule).
 */
export function applyBindingEdit(rule: TrainingImpactRule, edit: BindingEdit): TrainingImpactRuleInput {
  const existing = rule.kpis.find((k) => k.key === edit.key);
  let kpis: TrainingImpactRuleInput['kpis'];
  if (edit.remove) kpis = rule.kpis.filter((k) => k.key !== edit.key);
  else {
    const next = {
      key: edit.key,
      kpiCode: edit.kpiCode ?? existing?.kpiCode ?? '',
      label: edit.label ?? existing?.label ?? '',
      measure: edit.measure ?? existing?.measure,
      direction: edit.direction ?? existing?.direction,
      weight: edit.weight ?? existing?.weight,
    } satisfies TrainingImpactRuleInput['kpis'][number];
    kpis = existing ? rule.kpis.map((k) => (k.key === edit.key ? next : k)) : [...rule.kpis, next];
  }
  let outcomes: ImpactOutcome[] = rule.outcomes.map((o) => ({ ...o, when: [...o.when] }));
  if (edit.remove || edit.thresholds) {
    outcomes = outcomes.map((o) => ({ ...o, when: o.when.filter((c) => c.kpi !== edit.key) }));
    for (const t of edit.remove ? [] : (edit.thresholds ?? [])) {
      let o = outcomes.find((x) => x.verdict === t.verdict);
      if (!o) {
        o = { verdict: t.verdict, when: [], effects: defaultEffects(t.verdict) };
        outcomes.push(o);
      }
      o.when.push({ kpi: edit.key, op: t.op, value: t.value });
    }
    outcomes = outcomes.filter((o) => o.when.length > 0);
  }
  const { kind: _kind, version: _version, ...rest } = rule;
  return {
    ...rest,
    windowMonths: edit.windowMonths ?? rule.windowMonths,
    kpis,
    outcomes,
  };
}

/**
 * The starting point for a course no rule judges yet (version 0: saving makes it version 1):
 * key impact.<code>, the article's window, no bindings, the no-change alert.
 */
export function newImpactRuleFor(course: { code: string; name: string }): TrainingImpactRule {
  return {
    kind: 'TRAINING_IMPACT',
    key: `impact.${course.code.toLowerCase()}`,
    version: 0,
    name: course.name,
    courses: [{ code: course.code, name: course.name }],
    windowMonths: ARTICLE.trackingMonths,
    minMonthsPerWindow: PROJECT.minMonthsPerWindow,
    kpis: [],
    outcomes: [],
    noChange: {
      thresholdPct: PROJECT.noChangeThreshold,
      effects: [{ type: 'ALERT_MANAGER', causes: NO_CHANGE_CAUSES }],
    },
  };
}

export type { KpiBinding };
