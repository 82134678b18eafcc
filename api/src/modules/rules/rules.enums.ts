import {
  CAUSE_CODES,
  CHECK_CODES,
  EXCLUSION_CODES,
  GATE_CODES,
  IMPACT_VERDICTS,
  INSUFFICIENT_CODES,
  KPI_MEASURES,
  NEXT_COURSE_REASONS,
  OUTCOME_VERDICTS,
  REPORT_FORMULA_CODES,
  type ComparisonOp,
} from '@talentloop/rules';
import { registerEnumType } from 'type-graphql';

// The rules module's code lists as GraphQL enums, so every code that crosses the API is typed
// and the dashboard translates it (codes, not sentences). Each enum's values are exactly the
// list in @talentloop/rules (rules.codes.ts).

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ImpactVerdictEnum = asEnum(IMPACT_VERDICTS);
registerEnumType(ImpactVerdictEnum, {
  name: 'ImpactVerdict',
  description:
    'Training → performance verdict. Final (stored): EXCELLENT, CONTRIBUTION, IMPROVED, NO_CHANGE, RETRAIN; live only: NO_DATA, PENDING.',
});

export const OutcomeVerdictEnum = asEnum(OUTCOME_VERDICTS);
registerEnumType(OutcomeVerdictEnum, {
  name: 'OutcomeVerdict',
  description: 'Verdicts a KPI-binding threshold can lead to.',
});

export const InsufficientCodeEnum = asEnum(INSUFFICIENT_CODES);
registerEnumType(InsufficientCodeEnum, { name: 'InsufficientCode', description: 'Why a KPI has no delta.' });

export const KpiMeasureEnum = asEnum(KPI_MEASURES);
registerEnumType(KpiMeasureEnum, {
  name: 'KpiMeasure',
  description:
    'PERCENT_CHANGE: (post − baseline) / |baseline| × 100; POINT_CHANGE: post − baseline (KPI units); LEVEL: the post-window mean.',
});

export const GateCodeEnum = asEnum(GATE_CODES);
registerEnumType(GateCodeEnum, { name: 'GateCode', description: 'A promotion gate.' });

export const GateCheckCodeEnum = asEnum(CHECK_CODES);
registerEnumType(GateCheckCodeEnum, {
  name: 'GateCheckCode',
  description: 'One measured requirement of a gate (required vs actual).',
});

export const NextCourseReasonEnum = asEnum(NEXT_COURSE_REASONS);
registerEnumType(NextCourseReasonEnum, { name: 'NextCourseReason' });

export const ExclusionCodeEnum = asEnum(EXCLUSION_CODES);
registerEnumType(ExclusionCodeEnum, { name: 'ExclusionCode', description: 'Why a nominee is not ranked.' });

export const CauseCodeEnum = asEnum(CAUSE_CODES);
registerEnumType(CauseCodeEnum, {
  name: 'CauseCode',
  description: 'A cause a manager checks when training shows no change.',
});

/** GraphQL enum names cannot be symbols: GT / GE / LT / LE / EQ for > / >= / < / <= / =. */
export const ComparisonOperatorEnum = { GT: 'GT', GE: 'GE', LT: 'LT', LE: 'LE', EQ: 'EQ' } as const;
export type ComparisonOperator = keyof typeof ComparisonOperatorEnum;
registerEnumType(ComparisonOperatorEnum, {
  name: 'ComparisonOperator',
  description: 'GT >, GE >=, LT <, LE <=, EQ =.',
});
const OP_OF: Record<ComparisonOperator, ComparisonOp> = { GT: '>', GE: '>=', LT: '<', LE: '<=', EQ: '=' };
export const toComparisonOp = (op: ComparisonOperator): ComparisonOp => OP_OF[op];
export const fromComparisonOp = (op: ComparisonOp): ComparisonOperator =>
  (Object.keys(OP_OF) as ComparisonOperator[]).find((k) => OP_OF[k] === op)!;

export const ReportFormulaCodeEnum = asEnum(REPORT_FORMULA_CODES);
registerEnumType(ReportFormulaCodeEnum, {
  name: 'ReportFormulaCode',
  description:
    "How a promotion-report score was computed (terms hold its inputs): CORE_BEST_EXAM_MEAN (mean of each required course's best exam), CORE_EXAM_MEAN_ALL, COMPETENCY_MATCH (trained / required), COMPETENCY_NONE (→ 100), IMPROVEMENT_MEAN (mean verdict score), IMPROVEMENT_NONE (→ 0), WEIGHTED_SUM (Σ score × weight / 100), REVIEW_MEAN, REVIEW_NONE, PEER_MEAN (mean / scale max × 100), PEER_NONE.",
});
