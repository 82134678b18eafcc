import * as cube from '@talentloop/semantic/client';
import { GraphQLError } from 'graphql';
import { badInput, serviceUnavailable, unauthenticated } from '../../common/errors';
import { parseGlobalId, toGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { departmentPathOf } from '../department/department.service';
import type {
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

/*
 * The API's analytics fields call the semantic layer's REST API with the caller's own token, so
 * Cube's queryRewrite applies exactly the scope it applies to the dashboard and to BI tools —
 * this module neither widens nor narrows access, it only translates arguments and rows.
 */

/** Cube refusals and failures in the API's error vocabulary; nothing of Cube's internals leaks. */
function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof cube.CubeError) {
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      // Unreachable, timed out or failed: the client may retry later.
      return serviceUnavailable('Analytics are temporarily unavailable');
    }
    return new GraphQLError(error.message, { extensions: { code: error.code } });
  }
  return error instanceof GraphQLError ? error : new GraphQLError('Internal server error');
}

async function call<T>(ctx: Context, load: (token: string) => Promise<T>): Promise<T> {
  // `analytics` is @Authorized, so a token is present; the check keeps the type honest.
  if (!ctx.token) throw unauthenticated();
  try {
    return await load(ctx.token);
  } catch (error) {
    const mapped = toGraphQLError(error);
    // A refusal is the caller's business; an outage is the operator's.
    const refused = ['FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(
      String(mapped.extensions.code),
    );
    if (refused) ctx.logger.debug({ reason: mapped.message }, 'analytics query refused');
    else ctx.logger.warn({ err: error }, 'analytics query failed');
    throw mapped;
  }
}

/**
 * The filter as a Cube slice: the department's global id becomes its materialised path.
 * (`from` / `to` arrive as valid days: the Date scalar has already refused anything else.)
 */
async function toSlice(ctx: Context, filter: AnalyticsFilter | undefined): Promise<cube.MetricSlice> {
  if (!filter) return {};
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badInput({ field: 'filter.to', message: 'must not be before filter.from' });
  }
  return {
    from: filter.from,
    to: filter.to,
    departmentPath: filter.departmentId
      ? await departmentPathOf(ctx.em, filter.departmentId, 'filter.departmentId')
      : undefined,
    positionFamily: filter.positionFamily,
  };
}

const gid = (type: string, id: number | string | null | undefined): string | null =>
  id === null || id === undefined || id === '' ? null : toGlobalId(type, id);

export async function trainingParticipation(
  ctx: Context,
  by: ParticipationBy,
  filter?: AnalyticsFilter,
): Promise<TrainingParticipation[]> {
  const slice = await toSlice(ctx, filter);
  const rows = await call(ctx, (token) => cube.participation(token, { by, ...slice }, ctx.analytics));
  return rows.map((r) => ({
    ...r,
    positionFamily: r.positionFamily as TrainingParticipation['positionFamily'],
    departmentId: gid('Department', r.departmentId),
  }));
}

export async function courseTraining(
  ctx: Context,
  by: CourseTrainingBy,
  filter?: AnalyticsFilter,
): Promise<CourseTraining[]> {
  const slice = await toSlice(ctx, filter);
  const rows = await call(ctx, (token) => cube.courseTraining(token, { by, ...slice }, ctx.analytics));
  return rows.map((r) => ({
    label: r.label,
    courseId: gid('Course', r.courseId),
    category: r.category,
    departmentId: by === 'department' ? gid('Department', r.key) : null,
    positionFamily: by === 'position_family' ? (r.key as CourseTraining['positionFamily']) : null,
    participationType: by === 'participation_type' ? r.key : null,
    n: r.n,
    enrollments: r.enrollments,
    voluntaryShare: r.voluntaryShare,
    completionRate: r.completionRate,
    passRate: r.passRate,
    avgExamScore: r.avgExamScore,
    hours: r.hours,
    cost: r.cost,
    hoursPerLearner: r.hoursPerLearner,
    costPerLearner: r.costPerLearner,
  }));
}

export async function courseContribution(ctx: Context): Promise<CourseContribution[]> {
  const rows = await call(ctx, (token) => cube.courseContribution(token, ctx.analytics));
  return rows.map((r) => ({
    ...r,
    courseId: toGlobalId('Course', r.courseId),
    direction: r.direction as CourseContribution['direction'],
    evidence: r.evidence as CourseContribution['evidence'],
  }));
}

export async function trainingRoi(ctx: Context, by: RoiBy, filter?: AnalyticsFilter): Promise<TrainingRoi[]> {
  const slice = await toSlice(ctx, filter);
  const rows = await call(ctx, (token) => cube.trainingRoi(token, { by, ...slice }, ctx.analytics));
  return rows.map((r) => ({
    label: r.label,
    courseId: by === 'course' ? gid('Course', r.key) : null,
    category: by === 'category' ? r.key : null,
    departmentId: by === 'department' ? gid('Department', r.key) : null,
    positionFamily: by === 'position_family' ? (r.key as TrainingRoi['positionFamily']) : null,
    n: r.n,
    benefit: r.benefit,
    cost: r.cost,
    netBenefit: r.netBenefit,
    roi: r.roi,
  }));
}

/** Largest drill-down page: the rows are per person, a page is what a table shows. */
export const MAX_DETAIL_ROWS = 1000;

function checkFirst(first: number): void {
  if (first < 1 || first > MAX_DETAIL_ROWS) {
    throw badInput({ field: 'first', message: `must be between 1 and ${MAX_DETAIL_ROWS}` });
  }
}

export async function trainingRoiDetail(
  ctx: Context,
  args: { courseId?: string; first: number; offset: number; filter?: AnalyticsFilter },
): Promise<TrainingRoiDetail[]> {
  checkFirst(args.first);
  if (args.offset < 0) throw badInput({ field: 'offset', message: 'must not be negative' });
  const courseId = args.courseId ? parseGlobalId(args.courseId, 'Course', 'courseId') : undefined;
  const slice = await toSlice(ctx, args.filter);
  const rows = await call(ctx, (token) =>
    cube.trainingRoiDetail(
      token,
      { ...slice, courseId, limit: args.first, offset: args.offset },
      ctx.analytics,
    ),
  );
  return rows.map((r) => ({
    ...r,
    employeeId: toGlobalId('Employee', r.employeeId),
    courseId: toGlobalId('Course', r.courseId),
  }));
}

export async function promotionProfile(ctx: Context, itemType: ProfileItemType): Promise<PromotionProfile[]> {
  const rows = await call(ctx, (token) => cube.promotionProfile(token, { itemType }, ctx.analytics));
  return rows.map((r) => ({ ...r, itemType: r.itemType as ProfileItemType }));
}

export async function promotionTiming(ctx: Context, filter?: AnalyticsFilter): Promise<PromotionTiming[]> {
  const slice = await toSlice(ctx, filter);
  const rows = await call(ctx, (token) => cube.promotionTiming(token, slice, ctx.analytics));
  return rows.map((r) => ({
    ...r,
    fromPositionId: toGlobalId('Position', r.fromPositionId),
    toPositionId: toGlobalId('Position', r.toPositionId),
    positionFamily: r.positionFamily as PromotionTiming['positionFamily'],
  }));
}

export async function awardTraits(ctx: Context, byCampaign: boolean): Promise<AwardTraitShare[]> {
  const rows = await call(ctx, (token) => cube.awardTraits(token, { byCampaign }, ctx.analytics));
  return rows.map((r) => ({
    ...r,
    trait: r.trait as AwardTraitShare['trait'],
    campaignId: gid('AwardCampaign', r.campaignId),
  }));
}

export async function lecturerValueAdded(ctx: Context, first: number): Promise<LecturerValueAdded[]> {
  checkFirst(first);
  const rows = await call(ctx, (token) => cube.lecturerValueAdded(token, { limit: first }, ctx.analytics));
  return rows.map((r) => ({ ...r, lecturerId: toGlobalId('Employee', r.lecturerId) }));
}
