import {
  AwardCriteriaSchema,
  PromotionRuleSchema,
  TrainingImpactRuleSchema,
  type AwardCriteria,
  type Cause,
  type PromotionRule,
  type TrainingImpactRule,
} from './rules.schema';
import { ARTICLE, PROJECT } from './rules.numbers';

// The defaults of the source article (seed/training-linkage-article.zh.txt). Parsed through the
// schemas at import, so a broken default fails loudly instead of at evaluation time.

/** Causes a manager checks when training shows no significant effect (article §二.2). */
export const NO_CHANGE_CAUSES: Cause[] = [
  { key: 'CONTENT_MISMATCH', label: '培训内容与岗位需求不匹配' },
  { key: 'SKILL_NOT_MASTERED', label: '员工未掌握关键技能' },
];

/**
 * §二.1: 客户谈判技巧 bound to 销售额增长率 and 客户留存率, tracked 3 months. 销售额增长率 (KPI
 * SALES_GROWTH) is itself a rate in %, so the rule reads its change in points: a feed raising it
 * from 2 to 20 is +18. 客户留存率 "提升10%" is its relative (%) change.
 */
export const SALES_IMPACT_RULE: TrainingImpactRule = TrainingImpactRuleSchema.parse({
  key: 'impact.sales-negotiation',
  name: '客户谈判技巧 → 销售额增长率 / 客户留存率',
  courses: [{ name: '客户谈判技巧' }],
  windowMonths: ARTICLE.trackingMonths,
  kpis: [
    { key: 'SALES_GROWTH', kpiCode: 'SALES_GROWTH', label: '销售额增长率', measure: 'POINT_CHANGE' },
    {
      key: 'CUSTOMER_RETENTION',
      kpiCode: 'CUSTOMER_RETENTION',
      label: '客户留存率',
      measure: 'PERCENT_CHANGE',
    },
  ],
  outcomes: [
    {
      verdict: 'EXCELLENT',
      when: [
        { kpi: 'SALES_GROWTH', op: '>', value: ARTICLE.salesGrowthExcellentPct },
        { kpi: 'CUSTOMER_RETENTION', op: '>=', value: ARTICLE.retentionExcellentPct },
      ],
      effects: [{ type: 'ADJUST_PERFORMANCE', points: ARTICLE.excellentAdjustmentPoints }],
    },
    {
      verdict: 'RETRAIN',
      when: [{ kpi: 'SALES_GROWTH', op: '<', value: ARTICLE.salesGrowthRetrainPct }],
      effects: [{ type: 'REASSIGN_COURSE' }, { type: 'OPEN_IMPROVEMENT_PLAN' }],
    },
  ],
  noChange: { effects: [{ type: 'ALERT_MANAGER', causes: NO_CHANGE_CAUSES }] },
});

/** §二.2: 精益生产 bound to the production line's defect rate and efficiency. */
export const MANUFACTURING_IMPACT_RULE: TrainingImpactRule = TrainingImpactRuleSchema.parse({
  key: 'impact.lean-production',
  name: '精益生产 → 产品不良率 / 生产效率',
  courses: [{ name: '精益生产' }],
  windowMonths: ARTICLE.trackingMonths,
  kpis: [
    { key: 'DEFECT_RATE', kpiCode: 'DEFECT_RATE', label: '产品不良率', direction: 'LOWER_IS_BETTER' },
    { key: 'EFFICIENCY', kpiCode: 'PRODUCTION_EFFICIENCY', label: '生产效率' },
  ],
  outcomes: [
    {
      verdict: 'CONTRIBUTION',
      when: [
        { kpi: 'DEFECT_RATE', op: '<=', value: -ARTICLE.defectRateDropPct },
        { kpi: 'EFFICIENCY', op: '>=', value: ARTICLE.efficiencyGainPct },
      ],
      effects: [{ type: 'RECORD_CONTRIBUTION' }, { type: 'PUSH_TO_KNOWLEDGE_BASE' }],
    },
  ],
  noChange: { effects: [{ type: 'ALERT_MANAGER', causes: NO_CHANGE_CAUSES }] },
});

/** §三.1: 晋升初级经理 — two core courses with a minimum exam score and an approved case. */
export const JUNIOR_MANAGER_RULE: PromotionRule = PromotionRuleSchema.parse({
  key: 'promotion.junior-manager',
  name: '晋升初级经理',
  targetPosition: { name: '初级经理' },
  requiredCourses: [
    { name: '团队管理基础', minExamScore: ARTICLE.coreCourseMinExamScore },
    { name: '项目协调技巧', minExamScore: ARTICLE.coreCourseMinExamScore },
  ],
  minApprovedCases: ARTICLE.juniorManagerApprovedCases,
  caseLabel: 'approved improvement case',
});

/**
 * §三.2: 客户经理 → 高级客户经理 — four courses, each with a minimum practice-application score.
 * The article names three of the four; the fourth is this project's choice and HR can edit it.
 */
export const SENIOR_ACCOUNT_MANAGER_RULE: PromotionRule = PromotionRuleSchema.parse({
  key: 'promotion.senior-account-manager',
  name: '晋升高级客户经理',
  targetPosition: { name: '高级客户经理' },
  requiredCourses: [
    { name: '财富管理进阶' },
    { name: '团队协作' },
    { name: '客户分层策略' },
    { name: '客户关系管理' },
  ],
  minPracticeScore: ARTICLE.minPracticeScore,
});

/** §四.1: 优秀员工 — training outcomes (hours over the standard, an adopted case, lectures). */
export const EXCELLENT_EMPLOYEE_AWARD: AwardCriteria = AwardCriteriaSchema.parse({
  key: 'award.excellent-employee',
  name: '年度优秀员工',
  period: { from: '2026-01-01', to: '2026-12-31' },
  standardHours: ARTICLE.awardStandardHours,
  criteria: [
    {
      type: 'TRAINING_OUTCOME',
      weight: ARTICLE.trainingWeightPct,
      hoursRatio: ARTICLE.awardHoursRatio,
      minAdoptedCases: ARTICLE.awardMinAdoptedCases,
      minRatedLectures: ARTICLE.awardMinRatedLectures,
    },
    { type: 'PERFORMANCE', weight: PROJECT.performanceWeightPct },
    { type: 'PEER_FEEDBACK', weight: PROJECT.peerFeedbackWeightPct },
  ],
});

export const DEFAULT_RULES = {
  impact: [SALES_IMPACT_RULE, MANUFACTURING_IMPACT_RULE],
  promotion: [JUNIOR_MANAGER_RULE, SENIOR_ACCOUNT_MANAGER_RULE],
  award: [EXCELLENT_EMPLOYEE_AWARD],
} as const;
