import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import * as service from './analytics.service';
import {
  Analytics,
  AnalyticsFilter,
  AwardTraitShare,
  CourseContribution,
  CourseTraining,
  CourseTrainingBy,
  LecturerValueAdded,
  ParticipationBy,
  ProfileItemType,
  PromotionProfile,
  PromotionTiming,
  RoiBy,
  TrainingParticipation,
  TrainingRoi,
  TrainingRoiDetail,
} from './analytics.type';

@Resolver(() => Analytics)
export class AnalyticsResolver {
  @Authorized()
  @Query(() => Analytics, {
    nullable: true,
    description:
      'Training metrics from the semantic layer, scoped like everything else: employees see their own ' +
      'numbers, managers their department subtree, HR / executives / analytics integrations the company. ' +
      'Every field is nullable: a metric that fails comes back as null with its error (path and code) in ' +
      '`errors`, and the other fields are still answered.',
  })
  analytics(): Analytics {
    return new Analytics();
  }

  @FieldResolver(() => [TrainingParticipation], {
    nullable: true,
    description: 'Monthly participation, completion, pass rate, hours and cost (oldest month first).',
  })
  participation(
    @Ctx() ctx: Context,
    @Arg('by', () => ParticipationBy, { defaultValue: ParticipationBy.NONE }) by: ParticipationBy,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter,
  ) {
    return service.trainingParticipation(ctx, by, filter);
  }

  @FieldResolver(() => [CourseTraining], {
    nullable: true,
    description:
      'Enrollment outcomes by course, category, participation type, family or department (most enrollments first). The period selects enrollment months.',
  })
  courseTraining(
    @Ctx() ctx: Context,
    @Arg('by', () => CourseTrainingBy, { defaultValue: CourseTrainingBy.COURSE }) by: CourseTrainingBy,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter,
  ) {
    return service.courseTraining(ctx, by, filter);
  }

  @FieldResolver(() => [CourseContribution], {
    nullable: true,
    description: 'Course contribution to each bound KPI, company-wide (HR, executives, integrations).',
  })
  courseContribution(@Ctx() ctx: Context) {
    return service.courseContribution(ctx);
  }

  @FieldResolver(() => [TrainingRoi], {
    nullable: true,
    description: 'Training ROI (largest net benefit first). The period selects completion-month cohorts.',
  })
  trainingRoi(
    @Ctx() ctx: Context,
    @Arg('by', () => RoiBy, { defaultValue: RoiBy.COURSE }) by: RoiBy,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter,
  ) {
    return service.trainingRoi(ctx, by, filter);
  }

  @FieldResolver(() => [TrainingRoiDetail], {
    nullable: true,
    description:
      'The employee rows behind training ROI (largest benefit first), a page at a time. Not for integrations.',
  })
  trainingRoiDetail(
    @Ctx() ctx: Context,
    @Arg('courseId', () => ID, { nullable: true }) courseId?: string,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, 1 … 1000.' }) first = 100,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ) {
    return service.trainingRoiDetail(ctx, { courseId, filter, first, offset });
  }

  @FieldResolver(() => [PromotionProfile], {
    nullable: true,
    description: 'Training profile of promoted staff vs comparable peers (highest lift first).',
  })
  promotionProfile(
    @Ctx() ctx: Context,
    @Arg('itemType', () => ProfileItemType, { defaultValue: ProfileItemType.COURSE })
    itemType: ProfileItemType,
  ) {
    return service.promotionProfile(ctx, itemType);
  }

  @FieldResolver(() => [PromotionTiming], {
    nullable: true,
    description:
      'Measured time to promotion per career step (longest first). The period selects promotions by effective date.',
  })
  promotionTiming(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter,
  ) {
    return service.promotionTiming(ctx, filter);
  }

  @FieldResolver(() => [AwardTraitShare], {
    nullable: true,
    description: 'Traits shared by award winners vs all nominees.',
  })
  awardTraits(
    @Ctx() ctx: Context,
    @Arg('byCampaign', { defaultValue: false, description: 'One row per trait and campaign.' })
    byCampaign: boolean,
  ) {
    return service.awardTraits(ctx, byCampaign);
  }

  @FieldResolver(() => [LecturerValueAdded], {
    nullable: true,
    description: 'Lecturers ranked by exam value-added (highest first).',
  })
  lecturerValueAdded(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 100, description: '1 … 1000.' }) first: number,
  ) {
    return service.lecturerValueAdded(ctx, first);
  }
}
