import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { GraphQLScalarType } from 'graphql';
import { KpiDirection, PositionFamily } from '@talentloop/db/entities';
import { PROJECT } from '@talentloop/rules';
import {
  VIEW_MEMBERS,
  type Camel,
  type MemberOf,
  type ViewName,
  type ViewRows,
} from '@talentloop/semantic/client';
import { DateScalar, DecimalScalar } from '../../common/scalars';

/*
 * The semantic layer's public views (semantic/model/views) as GraphQL types. A field that is a
 * view member is declared with @Member(view, member): its description is the model's formula and
 * the property's type is checked against the row type generated from the model
 * (semantic/src/generated/members.ts), so renaming or retyping a member fails the type check
 * here. Every row has `n`, the people it describes — cells of fewer than five never arrive.
 */

type RowValue<V extends ViewName, M extends MemberOf<V>> = ViewRows[V][Camel<M> & keyof ViewRows[V]];

/** A GraphQL field that is the view member `member` (description and nullability from the model). */
function Member<V extends ViewName, M extends MemberOf<V>>(
  view: V,
  member: M,
  options: { type?: () => GraphQLScalarType | object; nullable?: boolean } = {},
) {
  const [, ts, description] = (VIEW_MEMBERS[view] as unknown as Record<string, readonly string[]>)[member]!;
  const field = Field(options.type ?? (() => (ts!.startsWith('number') ? Float : String)), {
    // Nullable when the model says so, or when the field is only set for some breakdowns.
    nullable: options.nullable ?? ts!.endsWith('| null'),
    description: description || undefined,
  });
  // The target's property must hold the member's value: checked by the compiler at each use.
  return <K extends string>(target: { [P in K]: RowValue<V, M> | null }, key: K): void => field(target, key);
}

/** A money member as GraphQL carries money everywhere: a Decimal string ("2558300.00"), not a Float. */
type MoneyOf<T> = T extends number ? string : T extends null ? null : never;

/** A GraphQL field that is the money member `member`, as a Decimal (see `Member`; toMoney in the service). */
function Money<V extends ViewName, M extends MemberOf<V>>(view: V, member: M) {
  const [, ts, description] = (VIEW_MEMBERS[view] as unknown as Record<string, readonly string[]>)[member]!;
  const field = Field(() => DecimalScalar, {
    nullable: ts!.endsWith('| null'),
    description: description || undefined,
  });
  return <K extends string>(target: { [P in K]: MoneyOf<RowValue<V, M>> }, key: K): void =>
    field(target, key);
}

export enum ParticipationBy {
  NONE = 'none',
  POSITION_FAMILY = 'position_family',
  DEPARTMENT = 'department',
}
registerEnumType(ParticipationBy, {
  name: 'ParticipationBy',
  description: 'Breakdown of the monthly participation series.',
});

export enum CourseTrainingBy {
  COURSE = 'course',
  CATEGORY = 'category',
  PARTICIPATION_TYPE = 'participation_type',
  POSITION_FAMILY = 'position_family',
  DEPARTMENT = 'department',
}
registerEnumType(CourseTrainingBy, { name: 'CourseTrainingBy' });

export enum RoiBy {
  COURSE = 'course',
  CATEGORY = 'category',
  DEPARTMENT = 'department',
  POSITION_FAMILY = 'position_family',
  TOTAL = 'total',
}
registerEnumType(RoiBy, { name: 'RoiBy', description: 'Breakdown of training ROI; TOTAL = one row.' });

export enum ProfileItemType {
  COURSE = 'COURSE',
  CATEGORY = 'CATEGORY',
}
registerEnumType(ProfileItemType, { name: 'ProfileItemType' });

export enum AwardTrait {
  CORE_COURSE = 'CORE_COURSE',
  HOURS = 'HOURS',
  LECTURES = 'LECTURES',
  ADOPTED_CASE = 'ADOPTED_CASE',
}
registerEnumType(AwardTrait, {
  name: 'AwardTrait',
  description: "The award rule's training-outcome items, as the campaign's stored rule defines them.",
  valuesConfig: {
    CORE_COURSE: { description: 'Completed a core course in the award period.' },
    HOURS: { description: "Completed training hours ≥ the rule's ratio × the standard hours." },
    LECTURES: { description: "Lectured at least the rule's number of rated sessions." },
    ADOPTED_CASE: { description: "Has at least the rule's number of cases adopted into the knowledge base." },
  },
});

export enum EvidenceLevel {
  SUFFICIENT = 'SUFFICIENT',
  NOT_SIGNIFICANT = 'NOT_SIGNIFICANT',
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
}
registerEnumType(EvidenceLevel, {
  name: 'EvidenceLevel',
  description: 'How far an estimate can be trusted (the model states the rule on each view).',
  valuesConfig: {
    SUFFICIENT: {
      description: `Both arms have ≥ ${PROJECT.minEvidenceSample} people and the 95 % interval excludes 0.`,
    },
    NOT_SIGNIFICANT: { description: 'Enough people, but the 95 % interval spans 0: no ROI number is given.' },
    INSUFFICIENT_DATA: {
      description: `Too few people (an arm below ${PROJECT.minEvidenceSample}): no estimate is given.`,
    },
  },
});

@InputType({
  description:
    'Narrows a metric. It never widens access: your role and department scope still apply on top, so a ' +
    'department outside your scope yields no rows.',
})
export class AnalyticsFilter {
  @Field(() => DateScalar, { nullable: true, description: 'First day of the period (inclusive).' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period (inclusive).' })
  to?: string;

  @Field(() => ID, { nullable: true, description: 'A department: it and everything under it.' })
  departmentId?: string;

  @Field(() => PositionFamily, { nullable: true })
  positionFamily?: PositionFamily;
}

const TP = 'training_participation';

@ObjectType({ description: 'One month of training activity (view training_participation). n = headcount.' })
export class TrainingParticipation {
  @Field(() => DateScalar, { description: 'First day of the month.' })
  month!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The data's last day (the latest enrollment start; null when there is none): months are counted up to it.",
  })
  asOf!: string | null;

  @Field({
    description:
      'The month runs past asOf (the current month): its counts are incomplete, not a drop. Charts mark it.',
  })
  partial!: boolean;

  @Member(TP, 'position_family', { type: () => PositionFamily, nullable: true })
  positionFamily!: PositionFamily | null;

  @Field(() => ID, { nullable: true, description: 'Set when broken down by DEPARTMENT.' })
  departmentId!: string | null;

  @Member(TP, 'department_name', { nullable: true }) departmentName!: string | null;

  @Field(() => Int, { description: 'Employees employed in the month.' })
  n!: number;

  @Member(TP, 'participants', { type: () => Int }) participants!: number;
  @Member(TP, 'participation_rate') participationRate!: number | null;
  @Member(TP, 'voluntary_participants', { type: () => Int }) voluntaryParticipants!: number;
  @Member(TP, 'voluntary_participation_rate') voluntaryParticipationRate!: number | null;
  @Member(TP, 'mandatory_participation_rate') mandatoryParticipationRate!: number | null;
  @Member(TP, 'enrollments', { type: () => Int }) enrollments!: number;
  @Member(TP, 'completion_rate') completionRate!: number | null;
  @Member(TP, 'pass_rate') passRate!: number | null;
  @Member(TP, 'hours') hours!: number;
  @Money(TP, 'cost') cost!: string;
  @Member(TP, 'hours_per_employee') hoursPerEmployee!: number | null;
  @Money(TP, 'cost_per_employee') costPerEmployee!: string | null;
}

const CT = 'course_training';

@ObjectType({ description: 'Enrollment outcomes of one cell (view course_training). n = distinct learners.' })
export class CourseTraining {
  @Field({ description: 'The cell: course or department name, category, family or participation type.' })
  label!: string;

  @Field(() => ID, { nullable: true, description: 'Set when broken down by COURSE.' })
  courseId!: string | null;

  @Member(CT, 'course_category', { nullable: true }) category!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when broken down by DEPARTMENT.' })
  departmentId!: string | null;

  @Member(CT, 'position_family', { type: () => PositionFamily, nullable: true })
  positionFamily!: PositionFamily | null;
  @Member(CT, 'participation_type', { type: () => String, nullable: true }) participationType!: string | null;

  @Field(() => Int)
  n!: number;

  @Member(CT, 'enrollments', { type: () => Int }) enrollments!: number;
  @Member(CT, 'voluntary_share') voluntaryShare!: number | null;
  @Member(CT, 'completion_rate') completionRate!: number | null;
  @Member(CT, 'pass_rate') passRate!: number | null;
  @Member(CT, 'avg_exam_score') avgExamScore!: number | null;
  @Member(CT, 'hours') hours!: number;
  @Money(CT, 'cost') cost!: string;
  @Member(CT, 'hours_per_learner') hoursPerLearner!: number | null;
  @Money(CT, 'cost_per_learner') costPerLearner!: string | null;
}

const CC = 'course_contribution';

@ObjectType({
  description:
    'Course contribution to one bound KPI (view course_contribution): difference-in-differences of the KPI ' +
    'in the window after completion vs before, trained minus comparable untrained staff (same position ' +
    'family and period), with a 95 % confidence interval. n = the smaller arm.',
})
export class CourseContribution {
  @Field(() => ID)
  courseId!: string;

  @Member(CC, 'course_name', { type: () => String }) courseName!: string;
  @Member(CC, 'kpi_code', { type: () => String }) kpiCode!: string;
  @Member(CC, 'kpi_name', { type: () => String }) kpiName!: string;
  @Member(CC, 'kpi_unit', { type: () => String }) kpiUnit!: string;
  @Member(CC, 'direction', { type: () => KpiDirection }) direction!: KpiDirection;
  @Member(CC, 'window_months', { type: () => Int }) windowMonths!: number;
  @Member(CC, 'evidence', { type: () => EvidenceLevel }) evidence!: EvidenceLevel;

  @Field(() => Int)
  n!: number;

  @Member(CC, 'n_treated', { type: () => Int }) nTreated!: number;
  @Member(CC, 'n_control', { type: () => Int }) nControl!: number;
  @Member(CC, 'treated_change') treatedChange!: number | null;
  @Member(CC, 'control_change') controlChange!: number | null;
  @Member(CC, 'estimate') estimate!: number | null;
  @Member(CC, 'std_error') stdError!: number | null;
  @Member(CC, 'ci_low') ciLow!: number | null;
  @Member(CC, 'ci_high') ciHigh!: number | null;
}

const TR = 'training_roi';

@ObjectType({
  description:
    'Training ROI of one cell (view training_roi): spend is every enrollment in the period and scope, ' +
    'benefit only the measured KPI gains of course effects with SUFFICIENT evidence; roi = (benefit − spend) / ' +
    'spend with its 95 % interval, null unless evidence = SUFFICIENT. n = participants.',
})
export class TrainingRoi {
  @Field(() => String, { nullable: true, description: 'The cell; null for TOTAL.' })
  label!: string | null;

  @Field(() => ID, { nullable: true })
  courseId!: string | null;

  @Member(TR, 'course_category', { nullable: true }) category!: string | null;

  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Member(TR, 'position_family', { type: () => PositionFamily, nullable: true })
  positionFamily!: PositionFamily | null;

  @Field(() => Int, { description: 'Participants: distinct employees with an enrollment in the cell.' })
  n!: number;

  @Money(TR, 'spend') spend!: string;
  @Money(TR, 'measured_spend') measuredSpend!: string;
  @Member(TR, 'coverage') coverage!: number | null;
  @Member(TR, 'measured_people', { type: () => Int }) measuredPeople!: number;
  @Money(TR, 'measured_benefit') measuredBenefit!: string;
  @Money(TR, 'benefit') benefit!: string;
  @Money(TR, 'benefit_ci_low') benefitCiLow!: string | null;
  @Money(TR, 'benefit_ci_high') benefitCiHigh!: string | null;
  @Member(TR, 'roi_evidence', { type: () => EvidenceLevel, nullable: false }) evidence!: EvidenceLevel;
  @Money(TR, 'net_benefit') netBenefit!: string | null;
  @Member(TR, 'roi') roi!: number | null;
  @Member(TR, 'roi_ci_low') roiCiLow!: number | null;
  @Member(TR, 'roi_ci_high') roiCiHigh!: number | null;
}

const TD = 'training_roi_detail';

@ObjectType({
  description: 'One employee × course behind training ROI (view training_roi_detail), in the period.',
})
export class TrainingRoiDetail {
  @Field(() => ID)
  employeeId!: string;

  @Member(TD, 'employee_name', { type: () => String }) employeeName!: string;
  @Member(TD, 'department_name', { type: () => String }) departmentName!: string;

  @Field(() => ID)
  courseId!: string;

  @Member(TD, 'course_name', { type: () => String }) courseName!: string;
  @Money(TD, 'spend') spend!: string;
  @Money(TD, 'measured_benefit') measuredBenefit!: string;
  @Money(TD, 'benefit') benefit!: string;
}

const PP = 'promotion_profile';

@ObjectType({
  description:
    'Training profile of promoted staff (view promotion_profile): share of promoted employees who completed ' +
    'the course / category vs comparable non-promoted staff, lift = promotedShare / comparisonShare. ' +
    'n = the smaller group.',
})
export class PromotionProfile {
  @Member(PP, 'item_type', { type: () => ProfileItemType }) itemType!: ProfileItemType;
  @Member(PP, 'item_key', { type: () => String }) itemKey!: string;
  @Member(PP, 'item_name', { type: () => String }) itemName!: string;

  @Field(() => Int)
  n!: number;

  @Member(PP, 'promoted_n', { type: () => Int }) promotedN!: number;
  @Member(PP, 'comparison_n', { type: () => Int }) comparisonN!: number;
  @Member(PP, 'promoted_share') promotedShare!: number | null;
  @Member(PP, 'comparison_share') comparisonShare!: number | null;
  @Member(PP, 'lift') lift!: number | null;
  @Member(PP, 'lift_ci_low') liftCiLow!: number | null;
  @Member(PP, 'lift_ci_high') liftCiHigh!: number | null;
  @Member(PP, 'promotion_rate_ratio') promotionRateRatio!: number | null;
}

const PT = 'promotion_timing';

@ObjectType({
  description:
    'Measured time to promotion on one career step (view promotion_timing): months the promoted spent in the ' +
    'from-position before the move. n = promotions on the step.',
})
export class PromotionTiming {
  @Field(() => ID, { description: 'The from-position.' })
  fromPositionId!: string;

  @Member(PT, 'from_position_name', { type: () => String }) fromPosition!: string;

  @Field(() => ID, { description: 'The to-position.' })
  toPositionId!: string;

  @Member(PT, 'to_position_name', { type: () => String }) toPosition!: string;
  @Member(PT, 'position_family', { type: () => PositionFamily, nullable: true })
  positionFamily!: PositionFamily | null;

  @Field(() => Int, { description: 'Promotions on the step (each one person).' })
  n!: number;

  @Member(PT, 'avg_months') avgMonths!: number | null;
  @Member(PT, 'min_months', { nullable: true }) minMonths!: number | null;
  @Member(PT, 'max_months', { nullable: true }) maxMonths!: number | null;
}

const AT = 'award_traits';

@ObjectType({
  description:
    'A trait shared by award winners (view award_traits): share of winners with the trait vs all nominees, ' +
    'lift = winnerShare / nomineeShare. n = winners.',
})
export class AwardTraitShare {
  @Member(AT, 'trait', { type: () => AwardTrait }) trait!: AwardTrait;

  @Field(() => ID, { nullable: true, description: 'Set when broken down by campaign.' })
  campaignId!: string | null;

  @Member(AT, 'campaign_name', { nullable: true }) campaignName!: string | null;

  @Field(() => Int)
  n!: number;

  @Member(AT, 'winner_nominations', { type: () => Int }) winnerNominations!: number;
  @Member(AT, 'nominations', { type: () => Int }) nominations!: number;
  @Member(AT, 'winner_share') winnerShare!: number | null;
  @Member(AT, 'nominee_share') nomineeShare!: number | null;
  @Member(AT, 'lift') lift!: number | null;
}

const LV = 'lecturer_value_added';

@ObjectType({
  description:
    "Lecturer value-added (view lecturer_value_added): trainees' exam score relative to the course average. " +
    'n = distinct trainees.',
})
export class LecturerValueAdded {
  @Field(() => ID, { description: 'The lecturer (an Employee).' })
  lecturerId!: string;

  @Member(LV, 'lecturer_name', { type: () => String }) lecturerName!: string;

  @Field(() => Int)
  n!: number;

  @Member(LV, 'scored', { type: () => Int }) scored!: number;
  @Member(LV, 'avg_exam_score') avgExamScore!: number | null;
  @Member(LV, 'exam_value_added') examValueAdded!: number | null;
}

@ObjectType({
  description:
    'Training metrics from the semantic layer (Cube), read with your own token: the same numbers, ' +
    'formulas and scope as the dashboard and the Cube REST API. Company-wide statistics ' +
    '(courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations ' +
    'without a department limit.',
})
export class Analytics {}
