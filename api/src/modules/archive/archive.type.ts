import { Field, Float, Int, InterfaceType, ObjectType } from 'type-graphql';
import { PerformanceRating } from '@talentloop/db/entities';
import { typeNameOf } from '../../common/relay';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { CourseSessionType, CourseType } from '../course/course.type';
import { DepartmentType } from '../department/department.type';
import { EmployeeType } from '../employee/employee.type';
import { EnrollmentType } from '../enrollment/enrollment.type';
import { KpiDefinitionType } from '../kpi/kpi.type';
import { PerformanceReviewType } from '../performance/performance.type';
import { CareerPathType, PositionType } from '../position/position.type';
import { PracticeCaseType } from '../practice-case/practice-case.type';

/**
 * One entry of the growth archive (成长档案) timeline. Concrete types carry the linked record,
 * so every entry is traceable to its row. Objects are built by archive.service.ts with a
 * `__typename`, which resolveType reads. Their fields are plain properties with no auth or
 * middleware, so every archive type declares `simpleResolvers`: no type-graphql wrapper per field,
 * and graphql-jit (common/jit-executor.ts) reads them inline (~105 events × ~8 fields a request).
 */
@InterfaceType('ArchiveEvent', { resolveType: (value) => typeNameOf(value) })
export abstract class ArchiveEvent {
  @Field({ description: 'Unique within the archive, e.g. "EnrollmentCompleted:123".' })
  key!: string;

  @Field(() => DateScalar, { description: 'The day it happened; the timeline is ordered by it.' })
  occurredOn!: string;

  @Field({ description: 'A one-line human summary.' })
  title!: string;
}

@ObjectType('EnrollmentCompletedEvent', { implements: ArchiveEvent, simpleResolvers: true })
export class EnrollmentCompletedEvent extends ArchiveEvent {
  @Field(() => EnrollmentType)
  enrollment!: object;

  @Field(() => CourseType)
  course!: object;

  @Field({ description: 'false when the exam score was below the pass score (status FAILED).' })
  passed!: boolean;

  @Field(() => Float)
  hours!: number;

  @Field(() => Float, { nullable: true })
  examScore!: number | null;

  @Field(() => Float, { nullable: true })
  practiceScore!: number | null;
}

@ObjectType('PracticeCaseSubmittedEvent', { implements: ArchiveEvent, simpleResolvers: true })
export class PracticeCaseSubmittedEvent extends ArchiveEvent {
  @Field(() => PracticeCaseType)
  practiceCase!: object;
}

@ObjectType('PracticeCaseApprovedEvent', { implements: ArchiveEvent, simpleResolvers: true })
export class PracticeCaseApprovedEvent extends ArchiveEvent {
  @Field(() => PracticeCaseType)
  practiceCase!: object;

  @Field(() => Float, { nullable: true })
  score!: number | null;
}

@ObjectType('PracticeCaseAdoptedEvent', {
  implements: ArchiveEvent,
  simpleResolvers: true,
  description: 'Adopted into the knowledge base.',
})
export class PracticeCaseAdoptedEvent extends ArchiveEvent {
  @Field(() => PracticeCaseType)
  practiceCase!: object;
}

@ObjectType('PracticeCaseCitedEvent', {
  implements: ArchiveEvent,
  simpleResolvers: true,
  description: 'Another department reused the case.',
})
export class PracticeCaseCitedEvent extends ArchiveEvent {
  @Field(() => PracticeCaseType)
  practiceCase!: object;

  @Field(() => DepartmentType)
  department!: object;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('KpiChangeEvent', {
  implements: ArchiveEvent,
  simpleResolvers: true,
  description: 'A monthly KPI value and its change vs the previous month.',
})
export class KpiChangeEvent extends ArchiveEvent {
  @Field(() => KpiDefinitionType)
  kpi!: object;

  @Field(() => DateScalar)
  month!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { nullable: true, description: 'The previous month’s value, when there is one.' })
  previousValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'value − previousValue.' })
  change!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the change goes in the KPI’s good direction; null for the first value.',
  })
  improved!: boolean | null;
}

@ObjectType('PerformanceReviewedEvent', { implements: ArchiveEvent, simpleResolvers: true })
export class PerformanceReviewedEvent extends ArchiveEvent {
  @Field(() => PerformanceReviewType)
  review!: object;

  @Field(() => PerformanceRating)
  rating!: PerformanceRating;

  @Field(() => Float)
  finalScore!: number;
}

@ObjectType('PromotedEvent', { implements: ArchiveEvent, simpleResolvers: true })
export class PromotedEvent extends ArchiveEvent {
  @Field(() => PositionType)
  fromPosition!: object;

  @Field(() => PositionType)
  toPosition!: object;
}

@ObjectType('AwardedEvent', { implements: ArchiveEvent, simpleResolvers: true })
export class AwardedEvent extends ArchiveEvent {
  @Field()
  awardTitle!: string;

  @Field()
  campaignName!: string;
}

@ObjectType('LectureGivenEvent', {
  implements: ArchiveEvent,
  simpleResolvers: true,
  description: 'The employee taught a course session.',
})
export class LectureGivenEvent extends ArchiveEvent {
  @Field(() => CourseSessionType)
  session!: object;

  @Field(() => CourseType)
  course!: object;

  @Field(() => Float, { nullable: true, description: 'Mean participant rating 1–5.' })
  lectureRating!: number | null;

  @Field(() => Int)
  ratingCount!: number;
}

@ObjectType('GrowthArchiveSummary', { simpleResolvers: true })
export class GrowthArchiveSummaryType {
  @Field(() => Int, { description: 'The year the hour figures refer to (the year of `to`, else this year).' })
  year!: number;

  @Field(() => Float)
  hoursThisYear!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Standard training hours of that year’s award campaign.',
  })
  standardHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'hoursThisYear / standardHours.' })
  hoursRatio!: number | null;

  @Field(() => Int, { description: 'Distinct core courses completed (passed).' })
  coreCoursesPassed!: number;

  @Field(() => Int)
  approvedCases!: number;

  @Field(() => Int, { description: 'Cases adopted into the knowledge base.' })
  adoptedCases!: number;

  @Field(() => Int, { description: 'Course sessions taught.' })
  lecturesGiven!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean rating of the sessions taught, weighted by rating count.',
  })
  lectureRating!: number | null;

  @Field(() => PerformanceRating, { nullable: true })
  latestRating!: PerformanceRating | null;

  @Field(() => String, { nullable: true, description: 'Period of the latest review, e.g. 2026-Q1.' })
  latestReviewPeriod!: string | null;

  @Field(() => PositionType)
  currentPosition!: object;

  @Field(() => [CareerPathType], { description: 'Career-path edges out of the current position.' })
  nextPositions!: object[];
}

@ObjectType('GrowthArchive', {
  simpleResolvers: true,
  description: '成长档案: the time-ordered record of one employee’s growth.',
})
export class GrowthArchiveType {
  @Field(() => EmployeeType)
  employee!: object;

  @Field(() => DateScalar, { nullable: true })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true })
  to!: string | null;

  @Field(() => [ArchiveEvent], { description: 'Oldest first.' })
  events!: ArchiveEvent[];

  @Field(() => GrowthArchiveSummaryType)
  summary!: GrowthArchiveSummaryType;

  @Field(() => DateTimeScalar, { description: 'When this archive view was computed.' })
  generatedAt!: Date;
}
