// Every number a linkage rule, score or cut-off uses, stated once. The article's figures
// (seed/training-linkage-article.zh.txt) are in ARTICLE; the project's own choices, where the
// article is silent, are in PROJECT. Schemas use them as defaults, rules.defaults.ts builds the
// default rules from them, and nothing else in the tree restates them (rules.numbers.test.ts).

export const ARTICLE = {
  /** §二.1 系统自动追踪其未来3个月的销售额及客户留存数据. */
  trackingMonths: 3,
  /** §二.1 销售额增长率超过15% (points of 销售额增长率). */
  salesGrowthExcellentPct: 15,
  /** §二.1 客户留存率提升10%. */
  retentionExcellentPct: 10,
  /** §二.1 在季度绩效评分中增加5%的权重 (points on the quarter's final score). */
  excellentAdjustmentPoints: 5,
  /** §二.1 若增长率低于5%，则需重新参加培训. */
  salesGrowthRetrainPct: 5,
  /** §二.2 不良率下降8%. */
  defectRateDropPct: 8,
  /** §二.2 效率提升10%. */
  efficiencyGainPct: 10,
  /** §三.1 两门核心课程且考试分数不低于80分. */
  coreCourseMinExamScore: 80,
  /** §三.1 提交1份“团队改进案例”. */
  juniorManagerApprovedCases: 1,
  /** §三.2 每门课程的“实践应用评分”不低于90分. */
  minPracticeScore: 90,
  /** §三.3 培训成果占比30% (promotion report) and §四.1 “培训成果”占比30% (award). */
  trainingWeightPct: 30,
  /** §四.1 超过规定标准的20%: hours ≥ 120 % of the standard. */
  awardHoursRatio: 1.2,
  /** §四.1 如规定100课时. */
  awardStandardHours: 100,
  /** §四.1 实践案例被纳入企业内部知识库 (at least one). */
  awardMinAdoptedCases: 1,
  /** §四.1 作为“培训讲师”分享经验超过2次 (sessions with a rating; see docs/rules.md). */
  awardMinRatedLectures: 2,
} as const;

export const PROJECT = {
  /** The rest of the review packet and of the award: performance and peer feedback. */
  performanceWeightPct: 50,
  peerFeedbackWeightPct: 20,
  /** Parts of the report's training section (sum 100). */
  trainingParts: { coreCourses: 40, competencyMatch: 30, improvement: 30 },
  /** Score (0–100) a stored impact verdict contributes to the report's "improvement" part. */
  improvementVerdictScores: { EXCELLENT: 100, CONTRIBUTION: 100, IMPROVED: 60, NO_CHANGE: 20, RETRAIN: 0 },
  /** Below this best improvement (KPI units / %), an unmatched impact is NO_CHANGE. */
  noChangeThreshold: 2,
  minMonthsPerWindow: 2,
  /** Latest reviews the report's performance section averages. */
  reviewCount: 4,
  paceWindowMonths: 12,
  peerFeedbackScaleMax: 5,
  /** Final performance scores are clamped to this range. */
  scoreMin: 0,
  scoreMax: 100,
  /** Rating cut-offs on the final score, best first; below the last → the worst rating. */
  ratingCutoffs: [
    { rating: 'S', min: 95 },
    { rating: 'A', min: 85 },
    { rating: 'B', min: 70 },
    { rating: 'C', min: 60 },
  ],
  /** Worst → best. */
  ratingScale: ['D', 'C', 'B', 'A', 'S'],
  /**
   * Analytics evidence: the least people in each arm of a course effect (DiD) and the least
   * credited pairs behind an ROI for an estimate to be given. Stated in the Cube model once
   * (training_effects.yml, params CTE: min_sample); rules/src/one-truth.test.ts compares them.
   */
  minEvidenceSample: 30,
} as const;
