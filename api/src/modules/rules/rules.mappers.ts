import type { TrainingImpact } from '@talentloop/db/entities';
import { toGlobalId } from '../../common/relay';
import type { NominationScore } from '@talentloop/rules';
import type { EligibilityResult } from '@talentloop/rules';
import type { ImpactAction, ImpactResult } from '@talentloop/rules';
import type { StoredRule } from './rule-store.service';
import type {
  AwardRankingEntryType,
  ImpactActionType,
  PromotionPathType,
  RuleKindEnum,
  RuleType,
  TrainingImpactType,
} from './rules.type';

// Evaluator results → GraphQL shapes. Database ids become global ids where they name nodes.

export function toRuleType(stored: StoredRule<object>): RuleType {
  return {
    databaseId: stored.id,
    kind: stored.kind as RuleKindEnum,
    key: stored.key,
    version: stored.version,
    active: stored.active,
    createdAt: stored.createdAt,
    createdBy: stored.createdBy,
    definition: stored.rule as Record<string, unknown>,
  };
}

function toAction(a: ImpactAction): ImpactActionType {
  const out: ImpactActionType = { type: a.type };
  if ('points' in a) Object.assign(out, { points: a.points, quarter: a.quarter });
  if ('target' in a) out.target = a.target;
  if ('contributionPct' in a) out.contributionPct = a.contributionPct;
  if ('causes' in a) {
    out.causes = a.causes.map((c) => c.label);
    out.causeCodes = a.causes.map((c) => c.key);
  }
  return out;
}

export function toImpactType(result: ImpactResult, row: TrainingImpact | null): TrainingImpactType {
  return {
    verdict: result.verdict,
    ruleKey: result.ruleKey,
    ruleVersion: result.ruleVersion,
    stored: row != null,
    evaluatedAt: row?.evaluatedAt ?? null,
    contributionPct: result.contributionPct,
    performanceAdjustment: result.performanceAdjustment?.points ?? null,
    adjustmentQuarter: result.performanceAdjustment?.quarter ?? null,
    kpis: result.kpis,
    actions: result.actions.map(toAction),
    formula: result.formula,
  };
}

export function toPathType(e: EligibilityResult, targetPositionId: number): PromotionPathType {
  return {
    employeeId: toGlobalId('Employee', e.employeeId),
    targetPositionId: toGlobalId('Position', targetPositionId),
    targetPosition: e.targetPosition,
    ruleVersion: e.ruleVersion,
    asOf: e.asOf,
    eligible: e.eligible,
    gates: e.gates,
    missing: e.missing,
    readinessPct: e.readinessPct,
    remainingCourses: e.remainingCourses,
    remainingHours: e.remainingHours,
    paceHoursPerMonth: e.pace.hoursPerMonth,
    estimatedMonths: e.estimatedMonths,
    nextCourse: e.nextCourse,
    competencyMatchPct: e.competencies.matchPct,
    competencyGaps: e.competencies.gaps,
    formula: e.formula,
  };
}

export function toRankingEntry(n: NominationScore): AwardRankingEntryType {
  return { ...n, employeeId: toGlobalId('Employee', n.employeeId) };
}
