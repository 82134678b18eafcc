import * as cube from '@talentloop/semantic/client';
import * as queries from '@talentloop/semantic/queries';
import { GraphQLError } from 'graphql';
import { badInput, serviceUnavailable, unauthenticated } from '../../common/errors';
import { parseGlobalId, toGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { departmentPathOf } from '../department/department.service';
import type { KpiDirection, PositionFamily } from '@talentloop/db/entities';
import type {
  AnalyticsFilter,
  AwardTrait,
  AwardTraitShare,
  CourseContribution,
  CourseTraining,
  CourseTrainingBy,
  EvidenceLevel,
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

/** Loads one view query with the caller's token; Cube's refusals and outages in the API's vocabulary. */
async function call<
  V extends cube.ViewName,
  M extends cube.MeasureOf<V>,
  D extends cube.DimensionOf<V>,
  T extends cube.TimeOf<V>,
>(ctx: Context, view: V, query: cube.ViewQuery<V, M, D, T>): Promise<cube.ViewRow<V, M | D | T>[]> {
  // `analytics` is @Authorized, so a token is present; the check keeps the type honest.
  if (!ctx.token) throw unauthenticated();
  try {
    return await cube.load(view, query, ctx.token, ctx.analytics);
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

/**
 * Money as the API carries it everywhere (the Decimal scalar): a string with two decimals. Cube
 * sums numeric columns exactly and sends them as strings; the client's number holds them exactly
 * up to 2^53 / 100, so two decimals restore the sum as PostgreSQL computed it.
 */
export function toMoney(value: number): string;
export function toMoney(value: number | null | undefined): string | null;
export function toMoney(value: number | null | undefined): string | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value.toFixed(2);
}

/** The row's value of the breakdown's first dimension, when the breakdown is `by`. */
const when = <T>(active: boolean, value: T | undefined): T | null =>
  active && value !== undefined ? value : null;

/** Per database connection: the data's last day, and when it was read. */
const asOfCache = new WeakMap<object, { day: Promise<string | null>; at: number }>();

/**
 * The data's last day: the latest enrollment start, which is where the model's month series
 * ends (training_activity's `bounds`). A date, not a statistic about anybody, so it is read
 * company-wide; cached for a minute per connection (a full scan of enrollment at 100k).
 */
export function dataAsOf(ctx: Context): Promise<string | null> {
  const connection = ctx.em.getConnection();
  const hit = asOfCache.get(connection);
  if (hit && Date.now() - hit.at < 60_000) return hit.day;
  const day = connection
    .execute<{ day: string | null }[]>(
      `select to_char(max(enrolled_on), 'YYYY-MM-DD') as day from enrollment`,
    )
    .then((rows) => rows[0]?.day ?? null);
  asOfCache.set(connection, { day, at: Date.now() });
  day.catch(() => asOfCache.delete(connection));
  return day;
}

/** Whether a month (its first day) runs past the data's last day: its counts are incomplete. */
export function isPartialMonth(month: string, asOf: string | null): boolean {
  if (!asOf) return false;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return month <= asOf && asOf < lastDay;
}

export async function trainingParticipation(
  ctx: Context,
  by: ParticipationBy,
  filter?: AnalyticsFilter,
): Promise<TrainingParticipation[]> {
  const slice = await toSlice(ctx, filter);
  const rows = await call(ctx, 'training_participation', queries.participationQuery(by, slice));
  // After the metric: an analytics outage is reported as such, and the day is cached anyway.
  const asOf = await dataAsOf(ctx);
  return rows.map((r) => ({
    ...r,
    asOf,
    partial: isPartialMonth(r.month, asOf),
    positionFamily: (r.positionFamily ?? null) as PositionFamily | null,
    departmentId: gid('Department', r.departmentId),
    departmentName: r.departmentName ?? null,
    cost: toMoney(r.cost),
    costPerEmployee: toMoney(r.costPerEmployee),
  }));
}

export async function courseTraining(
  ctx: Context,
  by: CourseTrainingBy,
  filter?: AnalyticsFilter,
): Promise<CourseTraining[]> {
  const slice = await toSlice(ctx, filter);
  const rows = await call(ctx, 'course_training', queries.courseTrainingQuery(by, slice));
  return rows.map((r) => ({
    ...r,
    label: String(
      {
        course: r.courseName,
        category: r.courseCategory,
        participation_type: r.participationType,
        position_family: r.positionFamily,
        department: r.departmentName,
      }[by],
    ),
    courseId: gid('Course', r.courseId),
    category: r.courseCategory ?? null,
    departmentId: gid('Department', r.departmentId),
    positionFamily: when(by === 'position_family', r.positionFamily) as PositionFamily | null,
    participationType: r.participationType ?? null,
    cost: toMoney(r.cost),
    costPerLearner: toMoney(r.costPerLearner),
  }));
}

export async function courseContribution(ctx: Context): Promise<CourseContribution[]> {
  const rows = await call(ctx, 'course_contribution', queries.courseContributionQuery());
  return rows.map((r) => ({
    ...r,
    courseId: toGlobalId('Course', r.courseId),
    direction: r.direction as KpiDirection,
    evidence: r.evidence as EvidenceLevel,
  }));
}

export async function trainingRoi(ctx: Context, by: RoiBy, filter?: AnalyticsFilter): Promise<TrainingRoi[]> {
  const slice = await toSlice(ctx, filter);
  const rows = await call(ctx, 'training_roi', queries.trainingRoiQuery(by, slice));
  return rows.map((r) => ({
    ...r,
    label:
      {
        course: r.courseName,
        category: r.courseCategory,
        department: r.departmentName,
        position_family: r.positionFamily,
        total: null,
      }[by] ?? null,
    courseId: gid('Course', r.courseId),
    category: r.courseCategory ?? null,
    departmentId: gid('Department', r.departmentId),
    positionFamily: (r.positionFamily ?? null) as PositionFamily | null,
    evidence: r.roiEvidence as EvidenceLevel,
    spend: toMoney(r.spend),
    measuredSpend: toMoney(r.measuredSpend),
    measuredBenefit: toMoney(r.measuredBenefit),
    benefit: toMoney(r.benefit),
    benefitCiLow: toMoney(r.benefitCiLow),
    benefitCiHigh: toMoney(r.benefitCiHigh),
    netBenefit: toMoney(r.netBenefit),
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
  const rows = await call(
    ctx,
    'training_roi_detail',
    queries.trainingRoiDetailQuery({ ...slice, courseId, limit: args.first, offset: args.offset }),
  );
  return rows.map((r) => ({
    ...r,
    employeeId: toGlobalId('Employee', r.employeeId),
    courseId: toGlobalId('Course', r.courseId),
    spend: toMoney(r.spend),
    measuredBenefit: toMoney(r.measuredBenefit),
    benefit: toMoney(r.benefit),
  }));
}

export async function promotionProfile(ctx: Context, itemType: ProfileItemType): Promise<PromotionProfile[]> {
  const rows = await call(ctx, 'promotion_profile', queries.promotionProfileQuery(itemType));
  return rows.map((r) => ({ ...r, itemType: r.itemType as ProfileItemType }));
}

export async function promotionTiming(ctx: Context, filter?: AnalyticsFilter): Promise<PromotionTiming[]> {
  const slice = await toSlice(ctx, filter);
  const rows = await call(ctx, 'promotion_timing', queries.promotionTimingQuery(slice));
  return rows.map((r) => ({
    ...r,
    fromPositionId: toGlobalId('Position', r.fromPositionId),
    fromPosition: r.fromPositionName,
    toPositionId: toGlobalId('Position', r.toPositionId),
    toPosition: r.toPositionName,
    positionFamily: (r.positionFamily ?? null) as PositionFamily | null,
  }));
}

export async function awardTraits(ctx: Context, byCampaign: boolean): Promise<AwardTraitShare[]> {
  const rows = await call(ctx, 'award_traits', queries.awardTraitsQuery(byCampaign));
  return rows.map((r) => ({
    ...r,
    trait: r.trait as AwardTrait,
    campaignId: gid('AwardCampaign', r.campaignId),
    campaignName: r.campaignName ?? null,
  }));
}

export async function lecturerValueAdded(ctx: Context, first: number): Promise<LecturerValueAdded[]> {
  checkFirst(first);
  const rows = await call(ctx, 'lecturer_value_added', queries.lecturerValueAddedQuery(first));
  return rows.map((r) => ({ ...r, lecturerId: toGlobalId('Employee', r.lecturerId) }));
}
