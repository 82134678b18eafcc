import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { KpiDirection, PositionFamily } from '@talentloop/db/entities';
import { DateScalar } from '../../common/scalars';

/*
 * The semantic layer's public views (semantic/model/views) as GraphQL types. Names follow the
 * views one to one (training_participation → TrainingParticipation …) and every formula is the
 * view's; these types only carry the numbers. Every row has `n`, the people it describes —
 * cells describing fewer than five people never arrive (Cube suppresses them).
 */

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
  LECTURING_2 = 'LECTURING_2',
  ADOPTED_CASE = 'ADOPTED_CASE',
  HOURS_120 = 'HOURS_120',
}
registerEnumType(AwardTrait, {
  name: 'AwardTrait',
  valuesConfig: {
    CORE_COURSE: { description: 'Completed a core course of their position in the award period.' },
    LECTURING_2: { description: 'Lectured at least 2 rated sessions in the award period.' },
    ADOPTED_CASE: { description: 'Has an improvement case adopted into the knowledge base.' },
    HOURS_120: { description: 'Completed training hours ≥ 120 % of their position standard.' },
  },
});

export enum EvidenceLevel {
  OK = 'OK',
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
}
registerEnumType(EvidenceLevel, {
  name: 'EvidenceLevel',
  valuesConfig: {
    INSUFFICIENT_DATA: { description: 'An arm has fewer than 30 people: no estimate is given.' },
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

@ObjectType({ description: 'One month of training activity (view training_participation). n = headcount.' })
export class TrainingParticipation {
  @Field(() => DateScalar, { description: 'First day of the month.' })
  month!: string;

  @Field(() => PositionFamily, { nullable: true, description: 'Set when broken down by POSITION_FAMILY.' })
  positionFamily!: PositionFamily | null;

  @Field(() => ID, { nullable: true, description: 'Set when broken down by DEPARTMENT.' })
  departmentId!: string | null;

  @Field(() => String, { nullable: true })
  departmentName!: string | null;

  @Field(() => Int, { description: 'Employees employed in the month.' })
  n!: number;

  @Field(() => Int, { description: 'Employees with at least one enrollment in the month.' })
  participants!: number;

  @Field(() => Float, { nullable: true, description: 'participants / n.' })
  participationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Voluntary participants / n.' })
  voluntaryParticipationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mandatory participants / n.' })
  mandatoryParticipationRate!: number | null;

  @Field(() => Int)
  enrollments!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'finished / enrollments, by month of enrollment (cohort).',
  })
  completionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'passed / finished, by month of enrollment.' })
  passRate!: number | null;

  @Field(() => Float, { description: 'Training hours of the month.' })
  hours!: number;

  @Field(() => Float, { description: 'Fully loaded training cost of the month, CNY.' })
  cost!: number;

  @Field(() => Float, { nullable: true })
  hoursPerEmployee!: number | null;

  @Field(() => Float, { nullable: true, description: 'cost / n, CNY.' })
  costPerEmployee!: number | null;
}

@ObjectType({ description: 'Enrollment outcomes of one cell (view course_training). n = distinct learners.' })
export class CourseTraining {
  @Field({ description: 'The cell: course or department name, category, family or participation type.' })
  label!: string;

  @Field(() => ID, { nullable: true, description: 'Set when broken down by COURSE.' })
  courseId!: string | null;

  @Field(() => String, { nullable: true, description: 'Course category (COURSE and CATEGORY breakdowns).' })
  category!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when broken down by DEPARTMENT.' })
  departmentId!: string | null;

  @Field(() => PositionFamily, { nullable: true, description: 'Set when broken down by POSITION_FAMILY.' })
  positionFamily!: PositionFamily | null;

  @Field(() => String, {
    nullable: true,
    description: 'VOLUNTARY or MANDATORY (PARTICIPATION_TYPE breakdown).',
  })
  participationType!: string | null;

  @Field(() => Int)
  n!: number;

  @Field(() => Int)
  enrollments!: number;

  @Field(() => Float, { nullable: true, description: 'Voluntary enrollments / enrollments.' })
  voluntaryShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'finished / enrollments (open enrollments count as not finished).',
  })
  completionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'passed / finished.' })
  passRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean exam score over scored enrollments.' })
  avgExamScore!: number | null;

  @Field(() => Float)
  hours!: number;

  @Field(() => Float, { description: 'CNY.' })
  cost!: number;

  @Field(() => Float, { nullable: true })
  hoursPerLearner!: number | null;

  @Field(() => Float, { nullable: true, description: 'CNY.' })
  costPerLearner!: number | null;
}

@ObjectType({
  description:
    'Course contribution to one bound KPI (view course_contribution): difference-in-differences of the KPI ' +
    'in the window after completion vs before, trained minus comparable untrained staff (same position ' +
    'family and period), with a 95 % confidence interval. n = the smaller arm.',
})
export class CourseContribution {
  @Field(() => ID)
  courseId!: string;

  @Field()
  courseName!: string;

  @Field()
  kpiCode!: string;

  @Field()
  kpiName!: string;

  @Field()
  kpiUnit!: string;

  @Field(() => KpiDirection)
  direction!: KpiDirection;

  @Field(() => Int, { description: 'Months before and after completion compared.' })
  windowMonths!: number;

  @Field(() => EvidenceLevel)
  evidence!: EvidenceLevel;

  @Field(() => Int)
  n!: number;

  @Field(() => Int)
  nTreated!: number;

  @Field(() => Int)
  nControl!: number;

  @Field(() => Float, { nullable: true, description: 'Mean after − before among the trained.' })
  treatedChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean after − before among the comparison group.' })
  controlChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'treatedChange − controlChange, in the KPI unit.' })
  estimate!: number | null;

  @Field(() => Float, { nullable: true })
  stdError!: number | null;

  @Field(() => Float, { nullable: true, description: 'estimate − 1.96 × stdError.' })
  ciLow!: number | null;

  @Field(() => Float, { nullable: true, description: 'estimate + 1.96 × stdError.' })
  ciHigh!: number | null;
}

@ObjectType({
  description:
    'Training ROI (Phillips) of one cell (view training_roi): (monetised KPI gain − fully loaded cost) / cost. ' +
    'n = people with a measured contribution.',
})
export class TrainingRoi {
  @Field(() => String, { nullable: true, description: 'The cell; null for TOTAL.' })
  label!: string | null;

  @Field(() => ID, { nullable: true })
  courseId!: string | null;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Field(() => PositionFamily, { nullable: true })
  positionFamily!: PositionFamily | null;

  @Field(() => Int)
  n!: number;

  @Field(() => Float, { description: 'Monetised KPI gain, CNY.' })
  benefit!: number;

  @Field(() => Float, { description: 'Fully loaded training cost, CNY.' })
  cost!: number;

  @Field(() => Float, { description: 'benefit − cost, CNY.' })
  netBenefit!: number;

  @Field(() => Float, { nullable: true, description: '(benefit − cost) / cost; null when cost is 0.' })
  roi!: number | null;
}

@ObjectType({ description: 'One employee × course row behind training ROI (view training_roi_detail).' })
export class TrainingRoiDetail {
  @Field(() => ID)
  employeeId!: string;

  @Field()
  employeeName!: string;

  @Field()
  departmentName!: string;

  @Field(() => ID)
  courseId!: string;

  @Field()
  courseName!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day of the month the course was completed.',
  })
  completedMonth!: string | null;

  @Field(() => Float)
  benefit!: number;

  @Field(() => Float)
  cost!: number;

  @Field(() => Float, { nullable: true })
  roi!: number | null;
}

@ObjectType({
  description:
    'Training profile of promoted staff (view promotion_profile): share of promoted employees who completed ' +
    'the course / category vs comparable non-promoted staff, lift = promotedShare / comparisonShare. ' +
    'n = the smaller group.',
})
export class PromotionProfile {
  @Field(() => ProfileItemType)
  itemType!: ProfileItemType;

  @Field({ description: 'Course id or category code.' })
  itemKey!: string;

  @Field()
  itemName!: string;

  @Field(() => Int)
  n!: number;

  @Field(() => Int)
  promotedN!: number;

  @Field(() => Int)
  comparisonN!: number;

  @Field(() => Float, { nullable: true })
  promotedShare!: number | null;

  @Field(() => Float, { nullable: true })
  comparisonShare!: number | null;

  @Field(() => Float, { nullable: true })
  lift!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lift 95 % CI, lower bound.' })
  liftCiLow!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lift 95 % CI, upper bound.' })
  liftCiHigh!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Promotion rate of completers / promotion rate of non-completers.',
  })
  promotionRateRatio!: number | null;
}

@ObjectType({
  description:
    'Measured time to promotion on one career step (view promotion_timing): months the promoted spent in the ' +
    'from-position before the move — from their previous promotion into it, else their hire date, to the ' +
    "promotion's effective date (days / 30.4375). n = promotions on the step.",
})
export class PromotionTiming {
  @Field(() => ID, { description: 'The from-position.' })
  fromPositionId!: string;

  @Field()
  fromPosition!: string;

  @Field(() => ID, { description: 'The to-position.' })
  toPositionId!: string;

  @Field()
  toPosition!: string;

  @Field(() => PositionFamily, { nullable: true, description: "The from-position's family." })
  positionFamily!: PositionFamily | null;

  @Field(() => Int, { description: 'Promotions on the step (each one person).' })
  n!: number;

  @Field(() => Float, { nullable: true, description: 'Mean months in the from-position before the move.' })
  avgMonths!: number | null;

  @Field(() => Float, { nullable: true, description: 'Shortest time, months.' })
  minMonths!: number | null;

  @Field(() => Float, { nullable: true, description: 'Longest time, months.' })
  maxMonths!: number | null;
}

@ObjectType({
  description:
    'A trait shared by award winners (view award_traits): share of winners with the trait vs all nominees, ' +
    'lift = winnerShare / nomineeShare. n = winners.',
})
export class AwardTraitShare {
  @Field(() => AwardTrait)
  trait!: AwardTrait;

  @Field(() => ID, { nullable: true, description: 'Set when broken down by campaign.' })
  campaignId!: string | null;

  @Field(() => String, { nullable: true })
  campaignName!: string | null;

  @Field(() => Int)
  n!: number;

  @Field(() => Int, { description: 'Nominations that won.' })
  winnerNominations!: number;

  @Field(() => Int, { description: 'All nominations.' })
  nominations!: number;

  @Field(() => Float, { nullable: true })
  winnerShare!: number | null;

  @Field(() => Float, { nullable: true })
  nomineeShare!: number | null;

  @Field(() => Float, { nullable: true })
  lift!: number | null;
}

@ObjectType({
  description:
    "Lecturer value-added (view lecturer_value_added): trainees' exam score relative to the course average. " +
    'n = distinct trainees.',
})
export class LecturerValueAdded {
  @Field(() => ID, { description: 'The lecturer (an Employee).' })
  lecturerId!: string;

  @Field()
  lecturerName!: string;

  @Field(() => Int)
  n!: number;

  @Field(() => Int, { description: 'Trainee enrollments with an exam score.' })
  scored!: number;

  @Field(() => Float, { nullable: true })
  avgExamScore!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Mean over the lecturer's scored trainees of (exam score − the course's mean score across all lecturers), " +
      'points; 0 = course average.',
  })
  examValueAdded!: number | null;
}

@ObjectType({
  description:
    'Training metrics from the semantic layer (Cube), read with your own token: the same numbers, ' +
    'formulas and scope as the dashboard and the Cube REST API. Company-wide statistics ' +
    '(courseContribution, promotionProfile, awardTraits) are for HR, executives and integrations.',
})
export class Analytics {}
