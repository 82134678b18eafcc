import { z } from 'zod';
import { CAUSE_CODES, KPI_DIRECTIONS, KPI_MEASURES, OUTCOME_VERDICTS } from './rules.codes';
import { ARTICLE, PROJECT } from './rules.numbers';

// Linkage rules are data (editable by HR, versioned). These schemas validate every rule before
// it is stored or evaluated, and fill the article's defaults for omitted fields.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const ruleHeader = {
  key: z.string().min(1),
  version: z.number().int().min(1).default(1),
  name: z.string().min(1),
};

export const CourseRefSchema = z.object({
  /** Matched first when both the rule and the course have a code; otherwise the name is. */
  code: z.string().min(1).optional(),
  name: z.string().min(1),
});

// ---------------------------------------------------------------- training → performance

export const ComparisonOpSchema = z.enum(['>', '>=', '<', '<=', '=']);

/** Rules stored before the measure was renamed say PCT_CHANGE; read it as PERCENT_CHANGE. */
const measureCode = z.preprocess(
  (v) => (v === 'PCT_CHANGE' ? 'PERCENT_CHANGE' : v),
  z.enum(KPI_MEASURES).default('PERCENT_CHANGE'),
);

/**
 * The KPI-binding model: which KPI a course should move and how its change is measured. The
 * thresholds are the conditions of the rule's outcomes that name the binding's key.
 */
export const KpiBindingSchema = z.object({
  /** Name the conditions use, e.g. SALES_GROWTH. */
  key: z.string().min(1),
  /** KpiDefinition code the monthly series is keyed by. */
  kpiCode: z.string().min(1),
  label: z.string().min(1),
  /**
   * PERCENT_CHANGE: (post − baseline) / |baseline| × 100. POINT_CHANGE: post − baseline (for
   * KPIs that are already a rate, e.g. 销售额增长率 in %). LEVEL: the post-window mean itself.
   */
  measure: measureCode,
  direction: z.enum(KPI_DIRECTIONS).default('HIGHER_IS_BETTER'),
  /** Weight in the contribution % (a weighted mean of improvements). */
  weight: z.number().positive().default(1),
});

export const ConditionSchema = z.object({
  kpi: z.string().min(1),
  op: ComparisonOpSchema,
  value: z.number(),
});

export const CauseSchema = z.object({ key: z.enum(CAUSE_CODES), label: z.string().min(1) });

export const ImpactEffectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ADJUST_PERFORMANCE'), points: z.number() }),
  z.object({ type: z.literal('REASSIGN_COURSE') }),
  z.object({ type: z.literal('OPEN_IMPROVEMENT_PLAN') }),
  z.object({ type: z.literal('RECORD_CONTRIBUTION') }),
  z.object({ type: z.literal('PUSH_TO_KNOWLEDGE_BASE') }),
  z.object({ type: z.literal('ALERT_MANAGER'), causes: z.array(CauseSchema).min(1) }),
]);

export const ImpactOutcomeSchema = z.object({
  verdict: z.enum(OUTCOME_VERDICTS),
  /** All conditions must hold (AND). Outcomes are tried in order; the first match wins. */
  when: z.array(ConditionSchema).min(1),
  effects: z.array(ImpactEffectSchema),
});

export const TrainingImpactRuleSchema = z
  .object({
    kind: z.literal('TRAINING_IMPACT').default('TRAINING_IMPACT'),
    ...ruleHeader,
    courses: z.array(CourseRefSchema).min(1),
    windowMonths: z.number().int().min(1).max(24).default(ARTICLE.trackingMonths),
    /** Fewer observed months than this in either window → NO_DATA. */
    minMonthsPerWindow: z.number().int().min(1).default(PROJECT.minMonthsPerWindow),
    kpis: z.array(KpiBindingSchema).min(1),
    outcomes: z.array(ImpactOutcomeSchema),
    /** When no outcome matched and no KPI improved by at least thresholdPct → NO_CHANGE. */
    noChange: z.object({
      thresholdPct: z.number().min(0).default(PROJECT.noChangeThreshold),
      effects: z.array(ImpactEffectSchema),
    }),
  })
  .superRefine((rule, ctx) => {
    const keys = new Set(rule.kpis.map((k) => k.key));
    rule.outcomes.forEach((o, i) =>
      o.when.forEach((c, j) => {
        if (!keys.has(c.kpi))
          ctx.addIssue({
            code: 'custom',
            path: ['outcomes', i, 'when', j, 'kpi'],
            message: `unknown KPI binding "${c.kpi}"`,
            params: { code: 'UNKNOWN_KPI_BINDING', value: c.kpi },
          });
      }),
    );
    if (rule.minMonthsPerWindow > rule.windowMonths)
      ctx.addIssue({
        code: 'custom',
        path: ['minMonthsPerWindow'],
        message: 'must not exceed windowMonths',
        params: { code: 'EXCEEDS_WINDOW', max: rule.windowMonths },
      });
  });

// ---------------------------------------------------------------- promotion

export const RequiredCourseSchema = CourseRefSchema.extend({
  minExamScore: z.number().min(0).max(100).optional(),
  minPracticeScore: z.number().min(0).max(100).optional(),
});

const REPORT_WEIGHTS = {
  training: ARTICLE.trainingWeightPct,
  performance: PROJECT.performanceWeightPct,
  peerFeedback: PROJECT.peerFeedbackWeightPct,
};
const ratingScale = () =>
  z
    .array(z.string())
    .min(2)
    .default(() => [...PROJECT.ratingScale]);

const weightsSum100 = <T extends Record<string, number>>(w: T) =>
  Math.abs(Object.values(w).reduce((a, b) => a + b, 0) - 100) < 1e-9;

export const PromotionRuleSchema = z.object({
  kind: z.literal('PROMOTION').default('PROMOTION'),
  ...ruleHeader,
  targetPosition: CourseRefSchema,
  requiredCourses: z.array(RequiredCourseSchema),
  /** Applies to every required course that sets no minPracticeScore of its own. */
  minPracticeScore: z.number().min(0).max(100).nullable().default(null),
  minApprovedCases: z.number().int().min(0).default(0),
  caseLabel: z.string().default('approved improvement case'),
  minRecentRating: z.string().nullable().default(null),
  /** Worst → best. */
  ratingScale: ratingScale(),
  paceWindowMonths: z.number().int().min(1).default(PROJECT.paceWindowMonths),
  reportWeights: z
    .object({
      training: z.number().min(0).default(REPORT_WEIGHTS.training),
      performance: z.number().min(0).default(REPORT_WEIGHTS.performance),
      peerFeedback: z.number().min(0).default(REPORT_WEIGHTS.peerFeedback),
    })
    .default(REPORT_WEIGHTS)
    .refine(weightsSum100, {
      message: 'report weights must sum to 100',
      params: { code: 'WEIGHTS_SUM_100' },
    }),
  trainingParts: z
    .object({
      coreCourses: z.number().min(0).default(PROJECT.trainingParts.coreCourses),
      competencyMatch: z.number().min(0).default(PROJECT.trainingParts.competencyMatch),
      improvement: z.number().min(0).default(PROJECT.trainingParts.improvement),
    })
    .default({ ...PROJECT.trainingParts })
    .refine(weightsSum100, {
      message: 'training parts must sum to 100',
      params: { code: 'WEIGHTS_SUM_100' },
    }),
  /** Score (0–100) a measured impact verdict contributes to "post-training improvement". */
  improvementVerdictScores: z
    .record(z.string(), z.number().min(0).max(100))
    .default({ ...PROJECT.improvementVerdictScores }),
  /** How many latest reviews the performance part averages. */
  reviewCount: z.number().int().min(1).default(PROJECT.reviewCount),
  peerFeedbackScaleMax: z.number().positive().default(PROJECT.peerFeedbackScaleMax),
});

// ---------------------------------------------------------------- awards

export const AwardCriterionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('TRAINING_OUTCOME'),
    weight: z.number().min(0).default(ARTICLE.trainingWeightPct),
    /** Completed hours in the period ≥ hoursRatio × standard hours. */
    hoursRatio: z.number().positive().default(ARTICLE.awardHoursRatio),
    minAdoptedCases: z.number().int().min(0).default(ARTICLE.awardMinAdoptedCases),
    /** Sessions taught in the period that received a rating. */
    minRatedLectures: z.number().int().min(0).default(ARTICLE.awardMinRatedLectures),
    minLectureRating: z.number().nullable().default(null),
  }),
  z.object({ type: z.literal('PERFORMANCE'), weight: z.number().min(0) }),
  z.object({
    type: z.literal('PEER_FEEDBACK'),
    weight: z.number().min(0),
    scaleMax: z.number().positive().default(PROJECT.peerFeedbackScaleMax),
  }),
]);

export const AwardCriteriaSchema = z
  .object({
    kind: z.literal('AWARD').default('AWARD'),
    ...ruleHeader,
    period: z.object({ from: isoDate, to: isoDate }),
    standardHours: z.number().positive().default(ARTICLE.awardStandardHours),
    criteria: z.array(AwardCriterionSchema).min(1),
    exclusions: z
      .object({
        minTenureMonths: z.number().int().min(0).nullable().default(null),
        minLatestRating: z.string().nullable().default(null),
        ratingScale: ratingScale(),
      })
      .default(() => ({
        minTenureMonths: null,
        minLatestRating: null,
        ratingScale: [...PROJECT.ratingScale],
      })),
  })
  .superRefine((c, ctx) => {
    if (!weightsSum100(Object.fromEntries(c.criteria.map((x, i) => [i, x.weight]))))
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: 'criterion weights must sum to 100',
        params: { code: 'WEIGHTS_SUM_100' },
      });
    const types = c.criteria.map((x) => x.type);
    if (new Set(types).size !== types.length)
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: 'each criterion type may appear once',
        params: { code: 'DUPLICATE_CRITERION' },
      });
    if (c.period.from > c.period.to)
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'to'],
        message: 'period.from must not be after period.to',
        params: { code: 'DATE_ORDER' },
      });
  });

export type CourseRef = z.output<typeof CourseRefSchema>;
export type ComparisonOp = z.output<typeof ComparisonOpSchema>;
export type KpiBinding = z.output<typeof KpiBindingSchema>;
export type KpiBindingInput = z.input<typeof KpiBindingSchema>;
export type ImpactOutcome = z.output<typeof ImpactOutcomeSchema>;
export type Condition = z.output<typeof ConditionSchema>;
export type Cause = z.output<typeof CauseSchema>;
export type ImpactEffect = z.output<typeof ImpactEffectSchema>;
export type TrainingImpactRule = z.output<typeof TrainingImpactRuleSchema>;
export type TrainingImpactRuleInput = z.input<typeof TrainingImpactRuleSchema>;
export type PromotionRule = z.output<typeof PromotionRuleSchema>;
export type PromotionRuleInput = z.input<typeof PromotionRuleSchema>;
export type AwardCriterion = z.output<typeof AwardCriterionSchema>;
export type AwardCriteria = z.output<typeof AwardCriteriaSchema>;
export type AwardCriteriaInput = z.input<typeof AwardCriteriaSchema>;

export const RuleKindSchema = z.enum(['TRAINING_IMPACT', 'PROMOTION', 'AWARD']);
export type RuleKind = z.output<typeof RuleKindSchema>;

/** Parses a rule definition of the given kind (throws a ZodError naming the bad field). */
export function parseRule(kind: RuleKind, definition: unknown) {
  switch (kind) {
    case 'TRAINING_IMPACT':
      return TrainingImpactRuleSchema.parse(definition);
    case 'PROMOTION':
      return PromotionRuleSchema.parse(definition);
    case 'AWARD':
      return AwardCriteriaSchema.parse(definition);
  }
}
