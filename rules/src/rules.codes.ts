// The vocabulary that crosses every boundary (evaluator → database → GraphQL → dashboard): codes,
// never sentences. The dashboard translates each code (i18n key `rules.<group>.<CODE>`);
// /work/notes/rule-codes.md and docs/glossary.md list them.

/** Every verdict the impact evaluator returns. */
export const IMPACT_VERDICTS = [
  'EXCELLENT',
  'CONTRIBUTION',
  'IMPROVED',
  'NO_CHANGE',
  'RETRAIN',
  'NO_DATA',
  'PENDING',
] as const;
export type ImpactVerdict = (typeof IMPACT_VERDICTS)[number];

/** The final verdicts: stored in training_impact.outcome exactly as the evaluator names them. */
export const FINAL_IMPACT_VERDICTS = [
  'EXCELLENT',
  'CONTRIBUTION',
  'IMPROVED',
  'NO_CHANGE',
  'RETRAIN',
] as const;
export type FinalImpactVerdict = (typeof FINAL_IMPACT_VERDICTS)[number];

/** Verdicts an outcome of a TRAINING_IMPACT rule may name (the others are derived). */
export const OUTCOME_VERDICTS = ['EXCELLENT', 'CONTRIBUTION', 'RETRAIN'] as const;
export type OutcomeVerdict = (typeof OUTCOME_VERDICTS)[number];

export function isFinalVerdict(v: string): v is FinalImpactVerdict {
  return (FINAL_IMPACT_VERDICTS as readonly string[]).includes(v);
}

/** Why a KPI has no delta. */
export const INSUFFICIENT_CODES = ['TOO_FEW_MONTHS', 'ZERO_BASELINE'] as const;
export type InsufficientCode = (typeof INSUFFICIENT_CODES)[number];

/** Promotion gates. */
export const GATE_CODES = ['COURSE', 'APPROVED_CASES', 'RECENT_RATING'] as const;
export type GateCode = (typeof GATE_CODES)[number];

/** One measured requirement of a gate: { code, required, actual, passed }. */
export const CHECK_CODES = [
  /** required 1: a COMPLETED enrollment on or before asOf; actual 1 or 0. */
  'COMPLETED',
  'EXAM_SCORE',
  'PRACTICE_SCORE',
  'APPROVED_CASES',
  /** required / actual are positions on the rule's rating scale (worst = 0); ratings as text too. */
  'RATING',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

/** Why a course is recommended next. */
export const NEXT_COURSE_REASONS = ['CLOSES_GATE', 'CLOSES_COMPETENCY_GAP'] as const;
export type NextCourseReason = (typeof NEXT_COURSE_REASONS)[number];

/** Award criteria and the items of TRAINING_OUTCOME. */
export const AWARD_CRITERION_CODES = ['TRAINING_OUTCOME', 'PERFORMANCE', 'PEER_FEEDBACK'] as const;
export type AwardCriterionCode = (typeof AWARD_CRITERION_CODES)[number];
export const AWARD_ITEM_CODES = ['HOURS', 'ADOPTED_CASE', 'LECTURES'] as const;
export type AwardItemCode = (typeof AWARD_ITEM_CODES)[number];

/** Why a nominee is excluded from the ranking. */
export const EXCLUSION_CODES = ['TENURE', 'LATEST_RATING'] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

/** Causes a manager checks when training shows no change (article §二.2). */
export const CAUSE_CODES = ['CONTENT_MISMATCH', 'SKILL_NOT_MASTERED'] as const;
export type CauseCode = (typeof CAUSE_CODES)[number];

/** Measures of a KPI binding. */
export const KPI_MEASURES = ['PERCENT_CHANGE', 'POINT_CHANGE', 'LEVEL'] as const;
export type KpiMeasure = (typeof KPI_MEASURES)[number];
export const KPI_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
