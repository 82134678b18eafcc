import { Node } from '../../common/relay';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import type {
  CauseCode,
  CheckCode,
  ExclusionCode,
  GateCode,
  ImpactVerdict,
  InsufficientCode,
  KpiMeasure,
  NextCourseReason,
  ReportFormulaCode,
} from '@talentloop/rules';
import {
  CauseCodeEnum,
  ExclusionCodeEnum,
  GateCheckCodeEnum,
  GateCodeEnum,
  ImpactVerdictEnum,
  InsufficientCodeEnum,
  KpiMeasureEnum,
  NextCourseReasonEnum,
  ReportFormulaCodeEnum,
} from './rules.enums';

// GraphQL shapes of the rules engine's results. They mirror the evaluators' plain results, so
// resolvers return those objects as they are; every result carries its formula as text.

export enum RuleKindEnum {
  TRAINING_IMPACT = 'TRAINING_IMPACT',
  PROMOTION = 'PROMOTION',
  AWARD = 'AWARD',
}
registerEnumType(RuleKindEnum, {
  name: 'RuleKind',
  description: 'Which linkage rule family a rule belongs to.',
});

@ObjectType('Rule', { description: 'One immutable version of a linkage rule. Editing creates version n+1.' })
export class RuleType {
  @Field(() => Int)
  databaseId!: number;

  @Field(() => RuleKindEnum)
  kind!: RuleKindEnum;

  @Field({ description: 'Rule key; for PROMOTION the target position code.' })
  key!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  active!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Username of the login that saved this version; null for the defaults stored at start-up.',
  })
  createdBy!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The validated definition (defaults filled in).' })
  definition!: Record<string, unknown>;
}

@ObjectType('Evidence', {
  description: 'A row behind a result: ENROLLMENT, CASE, LECTURE, REVIEW, PEER_FEEDBACK or IMPACT.',
})
export class EvidenceType {
  @Field()
  type!: string;

  @Field(() => Int, { description: 'Database id of the row.' })
  id!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What the row is (course name, case title, review period): data, not a sentence.',
  })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its day (completion, session, approval), YYYY-MM-DD.',
  })
  date?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Dashboard path of the growth archive holding the row (e.g. /archive/<employee id>).',
  })
  link?: string | null;
}

@ObjectType('KpiImpact', { description: 'One bound KPI: baseline window vs post window.' })
export class KpiImpactType {
  @Field() key!: string;
  @Field() kpiCode!: string;
  @Field() label!: string;
  @Field(() => KpiMeasureEnum) measure!: KpiMeasure;
  @Field() direction!: string;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true }) post!: number | null;
  @Field(() => Float, { nullable: true }) delta!: number | null;
  @Field(() => Float, { nullable: true, description: 'delta in the good direction.' }) improvement!:
    number | null;
  @Field(() => InsufficientCodeEnum, { nullable: true, description: 'Why delta is missing (code).' })
  insufficientCode!: InsufficientCode | null;
  @Field(() => String, { nullable: true, description: 'Why delta is missing (English explanation).' })
  insufficient!: string | null;
  @Field() formula!: string;
}

@ObjectType('ImpactAction', {
  description: 'An action a verdict implies (REASSIGN_COURSE, ALERT_MANAGER …).',
})
export class ImpactActionType {
  @Field() type!: string;
  @Field(() => Float, { nullable: true }) points?: number | null;
  @Field(() => String, { nullable: true }) quarter?: string | null;
  @Field(() => String, { nullable: true }) target?: string | null;
  @Field(() => Float, { nullable: true }) contributionPct?: number | null;
  @Field(() => [String], { nullable: true, description: 'Causes to check (Chinese labels).' }) causes?:
    string[] | null;
  @Field(() => [CauseCodeEnum], { nullable: true, description: 'Causes to check (codes).' }) causeCodes?:
    CauseCode[] | null;
}

@ObjectType('TrainingImpact', {
  description: 'Training → performance: the verdict for one completed enrollment.',
})
export class TrainingImpactType {
  @Field(() => ImpactVerdictEnum) verdict!: ImpactVerdict;
  @Field() ruleKey!: string;
  @Field(() => Int) ruleVersion!: number;
  @Field({ description: 'true when stored (final); false for a live preview.' }) stored!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) evaluatedAt!: Date | null;
  @Field(() => Float, { nullable: true }) contributionPct!: number | null;
  @Field(() => Float, { nullable: true, description: "Points added to the quarter's performance score." })
  performanceAdjustment!: number | null;
  @Field(() => String, { nullable: true }) adjustmentQuarter!: string | null;
  @Field(() => [KpiImpactType]) kpis!: KpiImpactType[];
  @Field(() => [ImpactActionType]) actions!: ImpactActionType[];
  @Field() formula!: string;
}

@ObjectType('GateCheck', {
  description: 'One measured requirement of a gate, e.g. EXAM_SCORE required 80, actual 88.',
})
export class GateCheckType {
  @Field(() => GateCheckCodeEnum) code!: CheckCode;
  @Field(() => Float) required!: number;
  @Field(() => Float, { nullable: true }) actual!: number | null;
  @Field() passed!: boolean;
  @Field(() => String, { nullable: true, description: 'RATING: the required rating.' })
  requiredRating?: string | null;
  @Field(() => String, { nullable: true, description: 'RATING: the latest rating.' })
  actualRating?: string | null;
}

@ObjectType('PromotionGate')
export class GateType {
  @Field() key!: string;
  @Field({ description: 'COURSE, APPROVED_CASES or RECENT_RATING.' }) kind!: string;
  @Field(() => GateCodeEnum) code!: GateCode;
  @Field(() => String, { nullable: true, description: 'COURSE gates: the required course.' })
  courseName!: string | null;
  @Field(() => String, { nullable: true }) courseCode!: string | null;
  @Field(() => [GateCheckType]) checks!: GateCheckType[];
  @Field() label!: string;
  @Field() passed!: boolean;
  @Field() actual!: string;
  @Field() required!: string;
  @Field(() => [EvidenceType]) evidence!: EvidenceType[];
  @Field(() => String, { nullable: true, description: '"missing: …" when the gate fails.' }) missing!:
    string | null;
}

@ObjectType('RemainingCourse')
export class RemainingCourseType {
  @Field() name!: string;
  @Field(() => Float) hours!: number;
}

@ObjectType('NextCourse', { description: 'The recommended next course and why.' })
export class NextCourseType {
  @Field(() => Int) courseId!: number;
  @Field() name!: string;
  @Field(() => Float) hours!: number;
  @Field(() => NextCourseReasonEnum) reasonCode!: NextCourseReason;
  @Field(() => [String], {
    description: 'CLOSES_GATE: the gate key; CLOSES_COMPETENCY_GAP: competency codes.',
  })
  closes!: string[];
  @Field({ description: 'English explanation; prefer reasonCode + closes.' }) reason!: string;
  @Field(() => Float, { nullable: true }) measuredImpactPct!: number | null;
}

@ObjectType('PromotionPath', {
  description: 'Gap to a target position: gates, readiness, time left, next course.',
})
export class PromotionPathType {
  @Field(() => ID) employeeId!: string;
  @Field(() => ID) targetPositionId!: string;
  @Field() targetPosition!: string;
  @Field(() => Int) ruleVersion!: number;
  @Field(() => DateScalar) asOf!: string;
  @Field() eligible!: boolean;
  @Field(() => [GateType]) gates!: GateType[];
  @Field(() => [String]) missing!: string[];
  @Field(() => Int) readinessPct!: number;
  @Field(() => [RemainingCourseType]) remainingCourses!: RemainingCourseType[];
  @Field(() => Float) remainingHours!: number;
  @Field(() => Float, { nullable: true }) paceHoursPerMonth!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Remaining course hours ÷ own pace; null without a pace.',
  })
  estimatedMonths!: number | null;
  @Field(() => NextCourseType, { nullable: true }) nextCourse!: NextCourseType | null;
  @Field(() => Int) competencyMatchPct!: number;
  @Field(() => [String]) competencyGaps!: string[];
  @Field() formula!: string;
}

@ObjectType('FormulaTerm', {
  description: 'One input of a report formula: a named value (course, period, part key).',
})
export class FormulaTermType {
  @Field({ description: 'Course name, review period, or a part/section key (WEIGHTED_SUM).' }) name!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { nullable: true, description: 'IMPROVEMENT_MEAN: the verdict code.' }) code?: string;
  @Field(() => Float, { nullable: true, description: 'WEIGHTED_SUM: the weight %.' }) weight?: number;
}

@ObjectType('ReportPart')
export class ReportPartType {
  @Field() key!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Float) score!: number;
  @Field({ description: 'English text; prefer formulaCode + formulaTerms.' }) formula!: string;
  @Field(() => ReportFormulaCodeEnum, { nullable: true, description: 'null in reports frozen before codes.' })
  formulaCode?: ReportFormulaCode;
  @Field(() => [FormulaTermType], { nullable: true }) formulaTerms?: FormulaTermType[];
  @Field(() => [EvidenceType]) evidence!: EvidenceType[];
}

@ObjectType('ReportSection')
export class ReportSectionType extends ReportPartType {
  @Field(() => Float, { description: 'score × weight / 100.' }) weighted!: number;
  @Field(() => [ReportPartType]) parts!: ReportPartType[];
}

@ObjectType('PromotionReport', {
  description: 'The weighted review packet (training / performance / peer feedback, weights from the rule).',
})
export class PromotionReportType {
  @Field() ruleKey!: string;
  @Field(() => Int) ruleVersion!: number;
  @Field() targetPosition!: string;
  @Field(() => DateScalar) asOf!: string;
  @Field() eligible!: boolean;
  @Field(() => [ReportSectionType]) sections!: ReportSectionType[];
  @Field(() => Float) total!: number;
  @Field() formula!: string;
  @Field(() => ReportFormulaCodeEnum, { nullable: true, description: 'WEIGHTED_SUM of the sections.' })
  formulaCode?: ReportFormulaCode;
  @Field(() => [FormulaTermType], { nullable: true }) formulaTerms?: FormulaTermType[];
  @Field(() => GraphQLJSONObject, {
    description: 'Rule and inputs as used, so the report can be reproduced.',
  })
  frozen!: Record<string, unknown>;
}

@ObjectType('PromotionApplication', { implements: Node })
export class PromotionApplicationType {
  @Field(() => ID, { description: 'Global id (PromotionApplication).' }) id!: string;
  @Field(() => Int) databaseId!: number;
  @Field() status!: string;
  @Field() eligible!: boolean;
  @Field(() => String, { nullable: true }) decision!: string | null;
  @Field(() => Int, { nullable: true, description: 'Rule version the application is judged by.' })
  ruleVersion!: number | null;
  @Field(() => PromotionReportType, { nullable: true, description: 'Frozen at decision.' })
  report!: PromotionReportType | null;
  @Field(() => ID, { nullable: true, description: 'Global id (Employee) of the applicant.' })
  employeeId?: string | null;
  @Field(() => String, { nullable: true }) employeeName?: string | null;
  @Field(() => String, { nullable: true }) employeeNo?: string | null;
  @Field(() => String, { nullable: true }) departmentName?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global id (Position).' }) targetPositionId?: string | null;
  @Field(() => String, { nullable: true }) targetPosition?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt?: Date | null;
  @Field(() => String, { nullable: true, description: "HR's comment on the decision." })
  decisionNote?: string | null;
}

@ObjectType('AwardCriterionItem')
export class AwardCriterionItemType {
  @Field({ description: 'HOURS, ADOPTED_CASE or LECTURES.' }) key!: string;
  @Field() met!: boolean;
  @Field(() => Float, { description: 'HOURS: hours; ADOPTED_CASE: cases; LECTURES: rated lectures.' })
  requiredValue!: number;
  @Field(() => Float) actualValue!: number;
  @Field(() => Float, { nullable: true, description: 'LECTURES: mean participant rating.' })
  meanRating!: number | null;
  @Field() actual!: string;
  @Field() required!: string;
  @Field(() => Float) points!: number;
  @Field(() => [EvidenceType]) evidence!: EvidenceType[];
}

@ObjectType('AwardCriterionScore')
export class AwardCriterionScoreType {
  @Field() type!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Float) score!: number;
  @Field() formula!: string;
  @Field(() => [AwardCriterionItemType]) items!: AwardCriterionItemType[];
  @Field(() => [EvidenceType]) evidence!: EvidenceType[];
}

@ObjectType('AwardExclusion', {
  description: 'Why a nominee is not ranked, e.g. TENURE required 12, actual 7.',
})
export class AwardExclusionType {
  @Field(() => ExclusionCodeEnum) code!: ExclusionCode;
  @Field(() => Float) required!: number;
  @Field(() => Float, { nullable: true }) actual!: number | null;
  @Field(() => String, { nullable: true }) requiredRating!: string | null;
  @Field(() => String, { nullable: true }) actualRating!: string | null;
}

@ObjectType('AwardRankingEntry', {
  description: 'A nominee: per-criterion score, total, rank, exclusions, evidence.',
})
export class AwardRankingEntryType {
  @Field(() => ID) employeeId!: string;
  @Field() name!: string;
  @Field(() => Float) total!: number;
  @Field(() => Int, { nullable: true, description: 'null when excluded.' }) rank!: number | null;
  @Field({ description: 'PENDING, AWARDED, NOT_AWARDED or EXCLUDED (HR decides after scoring).' })
  result?: string;
  @Field(() => [String], { description: 'English explanations; prefer exclusionCodes.' })
  exclusions!: string[];
  @Field(() => [AwardExclusionType]) exclusionCodes!: AwardExclusionType[];
  @Field(() => [AwardCriterionScoreType]) criteria!: AwardCriterionScoreType[];
  @Field(() => [EvidenceType]) evidence!: EvidenceType[];
}

@ObjectType('WorkflowTask', {
  description: 'Work created by the linkage workflow (practice, review, retrain …).',
})
export class WorkflowTaskType {
  @Field(() => Int) databaseId!: number;
  @Field() type!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) subjectType!: string | null;
  @Field(() => Int, { nullable: true }) subjectId!: number | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt!: Date | null;
}

@ObjectType('InboxNotification', { description: 'An in-app message to the viewer.' })
export class InboxNotificationType {
  @Field(() => Int) databaseId!: number;
  @Field() type!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) data!: Record<string, unknown> | null;
  @Field(() => DateTimeScalar, { nullable: true }) readAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('TrainingAdjustmentSource', { description: "Where a review's training adjustment came from." })
export class TrainingAdjustmentSourceType {
  @Field(() => Int) enrollmentId!: number;
  @Field() courseName!: string;
  @Field(() => Float) points!: number;
  @Field(() => ImpactVerdictEnum) verdict!: ImpactVerdict;
  @Field(() => Int) ruleVersion!: number;
  @Field() formula!: string;
}

@ObjectType('ImpactRun', { description: 'Result of evaluating every due enrollment.' })
export class ImpactRunType {
  @Field(() => Int) evaluated!: number;
  @Field(() => Int, { description: 'Newly stored verdicts (their actions were carried out).' })
  stored!: number;
  @Field(() => GraphQLJSONObject, { description: 'Newly stored verdicts by kind.' }) byVerdict!: Record<
    string,
    number
  >;
}

@ObjectType('AwardCampaignSummary', {
  implements: Node,
  description: 'An award campaign, its period and where its scoring stands.',
})
export class AwardCampaignSummaryType {
  @Field(() => ID, { description: 'Global id (AwardCampaign); pass it to awardCampaignRanking.' })
  id!: string;
  @Field(() => Int) databaseId!: number;
  @Field() name!: string;
  @Field() period!: string;
  @Field(() => DateScalar) periodStart!: string;
  @Field(() => DateScalar) periodEnd!: string;
  @Field(() => Float) standardHours!: number;
  @Field() status!: string;
  @Field(() => Int, { nullable: true, description: 'AWARD rule version it was scored with.' }) ruleVersion!:
    number | null;
}

@ObjectType('SuccessStory', { description: "A winner's learn → improve → be rewarded story." })
export class SuccessStoryType {
  @Field(() => Int) databaseId!: number;
  @Field(() => ID) employeeId!: string;
  @Field() employeeName!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => DateTimeScalar, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The campaign the story was published by (its name).' })
  campaign?: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Facts for wording the story in the reader's language: completed training hours in the period.",
  })
  hours?: number | null;
  @Field(() => Int, { nullable: true, description: 'Adopted practice cases in the period.' })
  adoptedCases?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rated lectures taught in the period.' })
  ratedLectures?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank in the campaign.' })
  rank?: number | null;
}
