/**
 * Typed client for the semantic layer's REST API. The API's `analytics { … }` resolvers call these
 * with the caller's own JWT, so Cube applies the caller's scope (queryRewrite) — nothing here
 * widens or narrows access. Every metric function returns plain numbers (Cube returns numeric
 * columns as strings) and the cell's `n`.
 */
import type { CubeFilter, CubeQuery } from './security';

export interface CubeClientOptions {
  /** Cube base URL, e.g. http://127.0.0.1:4001. Default: env CUBE_URL, else 127.0.0.1:CUBE_PORT (4001). */
  url?: string;
  /** Give up waiting for a pre-aggregation build after this long. */
  timeoutMs?: number;
}

/** A refused or failed Cube call, with the GraphQL error code the API should map it to. */
export class CubeError extends Error {
  override name = 'CubeError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR',
  ) {
    super(message);
  }
}

function baseUrl(options?: CubeClientOptions): string {
  return (
    options?.url ??
    process.env.CUBE_URL ??
    `http://127.0.0.1:${process.env.CUBE_PORT ?? 4001}`
  ).replace(/\/$/, '');
}

export type CubeRow = Record<string, string | number | boolean | null>;

/**
 * POST /cubejs-api/v1/load with the caller's bearer token. Cube answers "Continue wait" while a
 * pre-aggregation is being built; we poll until the data is there or `timeoutMs` passes.
 */
export async function cubeLoad(
  query: CubeQuery,
  token: string,
  options?: CubeClientOptions,
): Promise<CubeRow[]> {
  const deadline = Date.now() + (options?.timeoutMs ?? 120_000);
  const url = `${baseUrl(options)}/cubejs-api/v1/load`;
  let networkFailures = 0;
  for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
    } catch (error) {
      // A kept-alive socket the server closed just as we reused it (ECONNRESET): /load only
      // reads, so trying again is safe.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      if (++networkFailures <= 3 && Date.now() < deadline) continue;
      throw new CubeError(
        `The analytics service is unreachable (${cause?.code ?? cause?.message ?? 'fetch failed'})`,
        503,
        'INTERNAL_SERVER_ERROR',
      );
    }
    const body = (await res.json().catch(() => ({}))) as { data?: CubeRow[]; error?: string };
    if (res.ok && body.error === 'Continue wait') {
      if (Date.now() > deadline) throw new CubeError('Analytics timed out', 504, 'INTERNAL_SERVER_ERROR');
      await new Promise((resolve) => setTimeout(resolve, delay));
      continue;
    }
    if (res.status === 401) throw new CubeError(body.error ?? 'Unauthenticated', 401, 'UNAUTHENTICATED');
    if (res.status === 403) throw new CubeError(body.error ?? 'Forbidden', 403, 'FORBIDDEN');
    if (res.status === 400) throw new CubeError(body.error ?? 'Bad query', 400, 'BAD_USER_INPUT');
    if (!res.ok || !body.data)
      throw new CubeError('Analytics query failed', res.status, 'INTERNAL_SERVER_ERROR');
    return body.data;
  }
}

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Month as YYYY-MM-DD from Cube's timestamp. */
const day = (v: unknown): string | null => (v ? String(v).slice(0, 10) : null);

function dateRange(from?: string, to?: string): { dateRange?: [string, string] } {
  return from || to ? { dateRange: [from ?? '2000-01-01', to ?? '2100-12-31'] } : {};
}

/**
 * What a caller narrows a metric to: a period, a department subtree (its materialised path,
 * '/1/4/'), a position family. It only ever narrows — Cube's queryRewrite still adds the
 * caller's own scope on top, so a manager asking for another subtree gets the intersection.
 */
export interface MetricSlice {
  from?: string;
  to?: string;
  departmentPath?: string;
  positionFamily?: string;
}

/**
 * The slice's period on a time dimension without grouping by it (cells sum over the period);
 * no time dimension at all when the slice has no period.
 */
function periodOn(dimension: string, slice: MetricSlice): Pick<CubeQuery, 'timeDimensions'> {
  return slice.from || slice.to
    ? { timeDimensions: [{ dimension, ...dateRange(slice.from, slice.to) }] }
    : {};
}

/** Filters for a slice on views that carry `department_path` and `position_family`. */
function sliceFilters(view: string, slice: MetricSlice): CubeFilter[] {
  const filters: CubeFilter[] = [];
  if (slice.departmentPath) {
    filters.push({
      member: `${view}.department_path`,
      operator: 'startsWith',
      values: [slice.departmentPath],
    });
  }
  if (slice.positionFamily) {
    filters.push({ member: `${view}.position_family`, operator: 'equals', values: [slice.positionFamily] });
  }
  return filters;
}

// ---------------------------------------------------------------------------------------------
// Participation (training_participation): per month, optionally by department or position family.

export type ParticipationBy = 'none' | 'position_family' | 'department';

export interface ParticipationRow {
  month: string;
  positionFamily: string | null;
  departmentId: number | null;
  departmentName: string | null;
  /** n: employees employed in the month. */
  n: number;
  participants: number;
  participationRate: number | null;
  voluntaryParticipationRate: number | null;
  mandatoryParticipationRate: number | null;
  enrollments: number;
  completionRate: number | null;
  passRate: number | null;
  hours: number;
  cost: number;
  hoursPerEmployee: number | null;
  costPerEmployee: number | null;
}

export function participationQuery(by: ParticipationBy = 'none', slice: MetricSlice = {}): CubeQuery {
  const v = 'training_participation';
  const dimensions =
    by === 'position_family'
      ? [`${v}.position_family`]
      : by === 'department'
        ? [`${v}.department_id`, `${v}.department_name`]
        : [];
  return {
    measures: [
      `${v}.headcount`,
      `${v}.participants`,
      `${v}.participation_rate`,
      `${v}.voluntary_participation_rate`,
      `${v}.mandatory_participation_rate`,
      `${v}.enrollments`,
      `${v}.completion_rate`,
      `${v}.pass_rate`,
      `${v}.hours`,
      `${v}.cost`,
      `${v}.hours_per_employee`,
      `${v}.cost_per_employee`,
    ],
    dimensions,
    timeDimensions: [{ dimension: `${v}.month`, granularity: 'month', ...dateRange(slice.from, slice.to) }],
    filters: sliceFilters(v, slice),
    order: { [`${v}.month`]: 'asc' },
  };
}

export async function participation(
  token: string,
  args: { by?: ParticipationBy } & MetricSlice = {},
  options?: CubeClientOptions,
): Promise<ParticipationRow[]> {
  const v = 'training_participation';
  const rows = await cubeLoad(participationQuery(args.by, args), token, options);
  return rows.map((r) => ({
    month: day(r[`${v}.month.month`])!,
    positionFamily: str(r[`${v}.position_family`]),
    departmentId: num(r[`${v}.department_id`]),
    departmentName: str(r[`${v}.department_name`]),
    n: num(r[`${v}.headcount`])!,
    participants: num(r[`${v}.participants`])!,
    participationRate: num(r[`${v}.participation_rate`]),
    voluntaryParticipationRate: num(r[`${v}.voluntary_participation_rate`]),
    mandatoryParticipationRate: num(r[`${v}.mandatory_participation_rate`]),
    enrollments: num(r[`${v}.enrollments`])!,
    completionRate: num(r[`${v}.completion_rate`]),
    passRate: num(r[`${v}.pass_rate`]),
    hours: num(r[`${v}.hours`])!,
    cost: num(r[`${v}.cost`])!,
    hoursPerEmployee: num(r[`${v}.hours_per_employee`]),
    costPerEmployee: num(r[`${v}.cost_per_employee`]),
  }));
}

// ---------------------------------------------------------------------------------------------
// Course training outcomes (course_training).

export type CourseTrainingBy =
  'course' | 'category' | 'participation_type' | 'position_family' | 'department';

export interface CourseTrainingRow {
  key: string;
  label: string;
  courseId: number | null;
  category: string | null;
  /** n: distinct people in the cell (per course / category / type when cut that way). */
  n: number;
  enrollments: number;
  voluntaryShare: number | null;
  completionRate: number | null;
  passRate: number | null;
  avgExamScore: number | null;
  hours: number;
  cost: number;
  hoursPerLearner: number | null;
  costPerLearner: number | null;
}

const COURSE_TRAINING_DIMENSIONS: Record<CourseTrainingBy, string[]> = {
  course: ['course_id', 'course_name', 'course_category'],
  category: ['course_category'],
  participation_type: ['participation_type'],
  position_family: ['position_family'],
  department: ['department_id', 'department_name'],
};
const COURSE_TRAINING_N: Record<CourseTrainingBy, string> = {
  course: 'course_learners',
  category: 'category_learners',
  participation_type: 'type_learners',
  position_family: 'learners',
  department: 'learners',
};

export function courseTrainingQuery(by: CourseTrainingBy = 'course', slice: MetricSlice = {}): CubeQuery {
  const v = 'course_training';
  return {
    measures: [
      COURSE_TRAINING_N[by],
      'enrollments',
      'voluntary_share',
      'completion_rate',
      'pass_rate',
      'avg_exam_score',
      'hours',
      'cost',
      'hours_per_learner',
      'cost_per_learner',
    ].map((m) => `${v}.${m}`),
    dimensions: COURSE_TRAINING_DIMENSIONS[by].map((d) => `${v}.${d}`),
    ...periodOn(`${v}.enrolled_month`, slice),
    filters: sliceFilters(v, slice),
    order: { [`${v}.enrollments`]: 'desc' },
  };
}

export async function courseTraining(
  token: string,
  args: { by?: CourseTrainingBy } & MetricSlice = {},
  options?: CubeClientOptions,
): Promise<CourseTrainingRow[]> {
  const v = 'course_training';
  const by = args.by ?? 'course';
  const rows = await cubeLoad(courseTrainingQuery(by, args), token, options);
  const dims = COURSE_TRAINING_DIMENSIONS[by];
  return rows.map((r) => ({
    key: String(r[`${v}.${dims[0]}`]),
    label: String(r[`${v}.${dims[1] ?? dims[0]}`]),
    courseId: num(r[`${v}.course_id`]),
    category: str(r[`${v}.course_category`]),
    n: num(r[`${v}.${COURSE_TRAINING_N[by]}`])!,
    enrollments: num(r[`${v}.enrollments`])!,
    voluntaryShare: num(r[`${v}.voluntary_share`]),
    completionRate: num(r[`${v}.completion_rate`]),
    passRate: num(r[`${v}.pass_rate`]),
    avgExamScore: num(r[`${v}.avg_exam_score`]),
    hours: num(r[`${v}.hours`])!,
    cost: num(r[`${v}.cost`])!,
    hoursPerLearner: num(r[`${v}.hours_per_learner`]),
    costPerLearner: num(r[`${v}.cost_per_learner`]),
  }));
}

// ---------------------------------------------------------------------------------------------
// Course contribution (course_contribution): DiD with 95% CI per course × bound KPI.

export interface CourseContributionRow {
  courseId: number;
  courseName: string;
  kpiCode: string;
  kpiName: string;
  kpiUnit: string;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  windowMonths: number;
  /** OK, or INSUFFICIENT_DATA when an arm has fewer than 30 people (estimate and CI are then null). */
  evidence: 'OK' | 'INSUFFICIENT_DATA';
  /** n: the smaller arm. */
  n: number;
  nTreated: number;
  nControl: number;
  treatedChange: number | null;
  controlChange: number | null;
  estimate: number | null;
  stdError: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export function courseContributionQuery(): CubeQuery {
  const v = 'course_contribution';
  return {
    measures: [
      'n',
      'n_treated',
      'n_control',
      'treated_change',
      'control_change',
      'estimate',
      'std_error',
      'ci_low',
      'ci_high',
    ].map((m) => `${v}.${m}`),
    dimensions: [
      'course_id',
      'course_name',
      'kpi_code',
      'kpi_name',
      'kpi_unit',
      'direction',
      'window_months',
      'evidence',
    ].map((d) => `${v}.${d}`),
    order: { [`${v}.course_id`]: 'asc', [`${v}.kpi_code`]: 'asc' },
  };
}

export async function courseContribution(
  token: string,
  options?: CubeClientOptions,
): Promise<CourseContributionRow[]> {
  const v = 'course_contribution';
  const rows = await cubeLoad(courseContributionQuery(), token, options);
  return rows.map((r) => ({
    courseId: num(r[`${v}.course_id`])!,
    courseName: String(r[`${v}.course_name`]),
    kpiCode: String(r[`${v}.kpi_code`]),
    kpiName: String(r[`${v}.kpi_name`]),
    kpiUnit: String(r[`${v}.kpi_unit`]),
    direction: r[`${v}.direction`] as CourseContributionRow['direction'],
    windowMonths: num(r[`${v}.window_months`])!,
    evidence: r[`${v}.evidence`] as CourseContributionRow['evidence'],
    n: num(r[`${v}.n`])!,
    nTreated: num(r[`${v}.n_treated`])!,
    nControl: num(r[`${v}.n_control`])!,
    treatedChange: num(r[`${v}.treated_change`]),
    controlChange: num(r[`${v}.control_change`]),
    estimate: num(r[`${v}.estimate`]),
    stdError: num(r[`${v}.std_error`]),
    ciLow: num(r[`${v}.ci_low`]),
    ciHigh: num(r[`${v}.ci_high`]),
  }));
}

// ---------------------------------------------------------------------------------------------
// Training ROI (training_roi) and its employee rows (training_roi_detail).

export type RoiBy = 'course' | 'category' | 'department' | 'position_family' | 'total';

export interface TrainingRoiRow {
  key: string | null;
  label: string | null;
  /** n: people with a measured contribution in the cell. */
  n: number;
  benefit: number;
  cost: number;
  netBenefit: number;
  roi: number | null;
}

const ROI_DIMENSIONS: Record<RoiBy, string[]> = {
  course: ['course_id', 'course_name', 'course_category'],
  category: ['course_category'],
  department: ['department_id', 'department_name'],
  position_family: ['position_family'],
  total: [],
};
const ROI_N: Record<RoiBy, string> = {
  course: 'course_people',
  category: 'category_people',
  department: 'people',
  position_family: 'people',
  total: 'people',
};

export function trainingRoiQuery(by: RoiBy = 'course', slice: MetricSlice = {}): CubeQuery {
  const v = 'training_roi';
  return {
    measures: [ROI_N[by], 'benefit', 'cost', 'net_benefit', 'roi'].map((m) => `${v}.${m}`),
    dimensions: ROI_DIMENSIONS[by].map((d) => `${v}.${d}`),
    // The period selects cohorts by the month they completed the course.
    ...periodOn(`${v}.cohort_month`, slice),
    filters: sliceFilters(v, slice),
    order: { [`${v}.net_benefit`]: 'desc' },
  };
}

export async function trainingRoi(
  token: string,
  args: { by?: RoiBy } & MetricSlice = {},
  options?: CubeClientOptions,
): Promise<TrainingRoiRow[]> {
  const v = 'training_roi';
  const by = args.by ?? 'course';
  const dims = ROI_DIMENSIONS[by];
  const rows = await cubeLoad(trainingRoiQuery(by, args), token, options);
  return rows.map((r) => ({
    key: dims.length ? String(r[`${v}.${dims[0]}`]) : null,
    label: dims.length ? String(r[`${v}.${dims[1] ?? dims[0]}`]) : null,
    n: num(r[`${v}.${ROI_N[by]}`])!,
    benefit: num(r[`${v}.benefit`])!,
    cost: num(r[`${v}.cost`])!,
    netBenefit: num(r[`${v}.net_benefit`])!,
    roi: num(r[`${v}.roi`]),
  }));
}

export interface TrainingRoiDetailRow {
  employeeId: number;
  employeeName: string;
  departmentName: string;
  courseId: number;
  courseName: string;
  completedMonth: string | null;
  benefit: number;
  cost: number;
  roi: number | null;
}

export type TrainingRoiDetailArgs = { courseId?: number; limit?: number; offset?: number } & MetricSlice;

export function trainingRoiDetailQuery(args: TrainingRoiDetailArgs = {}): CubeQuery {
  const v = 'training_roi_detail';
  return {
    dimensions: [
      'employee_id',
      'employee_name',
      'department_name',
      'course_id',
      'course_name',
      'employee_benefit',
      'employee_cost',
      'employee_roi',
    ].map((d) => `${v}.${d}`),
    timeDimensions: [
      { dimension: `${v}.cohort_month`, granularity: 'month', ...dateRange(args.from, args.to) },
    ],
    filters: [
      ...(args.courseId
        ? [{ member: `${v}.course_id`, operator: 'equals', values: [String(args.courseId)] }]
        : []),
      ...sliceFilters(v, args),
    ],
    order: { [`${v}.employee_benefit`]: 'desc', [`${v}.employee_id`]: 'asc' },
    limit: Math.min(args.limit ?? 100, 1000),
    offset: args.offset ?? 0,
  };
}

export async function trainingRoiDetail(
  token: string,
  args: TrainingRoiDetailArgs = {},
  options?: CubeClientOptions,
): Promise<TrainingRoiDetailRow[]> {
  const v = 'training_roi_detail';
  const rows = await cubeLoad(trainingRoiDetailQuery(args), token, options);
  return rows.map((r) => ({
    employeeId: num(r[`${v}.employee_id`])!,
    employeeName: String(r[`${v}.employee_name`]),
    departmentName: String(r[`${v}.department_name`]),
    courseId: num(r[`${v}.course_id`])!,
    courseName: String(r[`${v}.course_name`]),
    completedMonth: day(r[`${v}.cohort_month.month`]),
    benefit: num(r[`${v}.employee_benefit`])!,
    cost: num(r[`${v}.employee_cost`])!,
    roi: num(r[`${v}.employee_roi`]),
  }));
}

// ---------------------------------------------------------------------------------------------
// Training profile of promoted staff (promotion_profile).

export interface PromotionProfileRow {
  itemType: 'COURSE' | 'CATEGORY';
  itemKey: string;
  itemName: string;
  /** n: the smaller of the promoted and comparison groups. */
  n: number;
  promotedN: number;
  comparisonN: number;
  promotedShare: number | null;
  comparisonShare: number | null;
  lift: number | null;
  liftCiLow: number | null;
  liftCiHigh: number | null;
  promotionRateRatio: number | null;
}

export function promotionProfileQuery(itemType: 'COURSE' | 'CATEGORY' = 'COURSE'): CubeQuery {
  const v = 'promotion_profile';
  return {
    measures: [
      'n',
      'promoted_n',
      'comparison_n',
      'promoted_share',
      'comparison_share',
      'lift',
      'lift_ci_low',
      'lift_ci_high',
      'promotion_rate_ratio',
    ].map((m) => `${v}.${m}`),
    dimensions: ['item_type', 'item_key', 'item_name'].map((d) => `${v}.${d}`),
    filters: [{ member: `${v}.item_type`, operator: 'equals', values: [itemType] }],
    order: { [`${v}.lift`]: 'desc' },
  };
}

export async function promotionProfile(
  token: string,
  args: { itemType?: 'COURSE' | 'CATEGORY' } = {},
  options?: CubeClientOptions,
): Promise<PromotionProfileRow[]> {
  const v = 'promotion_profile';
  const rows = await cubeLoad(promotionProfileQuery(args.itemType), token, options);
  return rows.map((r) => ({
    itemType: r[`${v}.item_type`] as PromotionProfileRow['itemType'],
    itemKey: String(r[`${v}.item_key`]),
    itemName: String(r[`${v}.item_name`]),
    n: num(r[`${v}.n`])!,
    promotedN: num(r[`${v}.promoted_n`])!,
    comparisonN: num(r[`${v}.comparison_n`])!,
    promotedShare: num(r[`${v}.promoted_share`]),
    comparisonShare: num(r[`${v}.comparison_share`]),
    lift: num(r[`${v}.lift`]),
    liftCiLow: num(r[`${v}.lift_ci_low`]),
    liftCiHigh: num(r[`${v}.lift_ci_high`]),
    promotionRateRatio: num(r[`${v}.promotion_rate_ratio`]),
  }));
}

// ---------------------------------------------------------------------------------------------
// Measured time to promotion (promotion_timing): months in the from-position before each move.

export interface PromotionTimingRow {
  fromPositionId: number;
  fromPosition: string;
  toPositionId: number;
  toPosition: string;
  positionFamily: string | null;
  /** n: promotions on the step (each one person's move). */
  n: number;
  avgMonths: number | null;
  minMonths: number | null;
  maxMonths: number | null;
}

const TIMING_DIMENSIONS = [
  'from_position_id',
  'from_position_name',
  'to_position_id',
  'to_position_name',
  'position_family',
];

/** One row per career step (from → to position); the period selects promotions by effective date. */
export function promotionTimingQuery(slice: MetricSlice = {}): CubeQuery {
  const v = 'promotion_timing';
  return {
    measures: ['promotions', 'avg_months', 'min_months', 'max_months'].map((m) => `${v}.${m}`),
    dimensions: TIMING_DIMENSIONS.map((d) => `${v}.${d}`),
    ...periodOn(`${v}.effective_on`, slice),
    filters: sliceFilters(v, slice),
    order: { [`${v}.avg_months`]: 'desc', [`${v}.from_position_id`]: 'asc' },
  };
}

export async function promotionTiming(
  token: string,
  args: MetricSlice = {},
  options?: CubeClientOptions,
): Promise<PromotionTimingRow[]> {
  const v = 'promotion_timing';
  const rows = await cubeLoad(promotionTimingQuery(args), token, options);
  return rows.map((r) => ({
    fromPositionId: num(r[`${v}.from_position_id`])!,
    fromPosition: String(r[`${v}.from_position_name`]),
    toPositionId: num(r[`${v}.to_position_id`])!,
    toPosition: String(r[`${v}.to_position_name`]),
    positionFamily: str(r[`${v}.position_family`]),
    n: num(r[`${v}.promotions`])!,
    avgMonths: num(r[`${v}.avg_months`]),
    minMonths: num(r[`${v}.min_months`]),
    maxMonths: num(r[`${v}.max_months`]),
  }));
}

// ---------------------------------------------------------------------------------------------
// Traits shared by award winners (award_traits).

export interface AwardTraitRow {
  trait: 'CORE_COURSE' | 'LECTURING_2' | 'ADOPTED_CASE' | 'HOURS_120';
  campaignId: number | null;
  campaignName: string | null;
  /** n: winners in the cell. */
  n: number;
  winnerNominations: number;
  nominations: number;
  winnerShare: number | null;
  nomineeShare: number | null;
  lift: number | null;
}

export function awardTraitsQuery(byCampaign = false): CubeQuery {
  const v = 'award_traits';
  return {
    measures: [
      byCampaign ? 'winner_nominations' : 'trait_winners',
      'winner_nominations',
      'nominations',
      'winner_share',
      'nominee_share',
      'lift',
    ]
      .filter((m, i, all) => all.indexOf(m) === i)
      .map((m) => `${v}.${m}`),
    dimensions: (byCampaign ? ['trait', 'campaign_id', 'campaign_name'] : ['trait']).map((d) => `${v}.${d}`),
    order: { [`${v}.trait`]: 'asc' },
  };
}

export async function awardTraits(
  token: string,
  args: { byCampaign?: boolean } = {},
  options?: CubeClientOptions,
): Promise<AwardTraitRow[]> {
  const v = 'award_traits';
  const rows = await cubeLoad(awardTraitsQuery(args.byCampaign), token, options);
  return rows.map((r) => ({
    trait: r[`${v}.trait`] as AwardTraitRow['trait'],
    campaignId: num(r[`${v}.campaign_id`]),
    campaignName: str(r[`${v}.campaign_name`]),
    n: num(r[`${v}.${args.byCampaign ? 'winner_nominations' : 'trait_winners'}`])!,
    winnerNominations: num(r[`${v}.winner_nominations`])!,
    nominations: num(r[`${v}.nominations`])!,
    winnerShare: num(r[`${v}.winner_share`]),
    nomineeShare: num(r[`${v}.nominee_share`]),
    lift: num(r[`${v}.lift`]),
  }));
}

// ---------------------------------------------------------------------------------------------
// Lecturer value-added (lecturer_value_added).

export interface LecturerValueAddedRow {
  lecturerId: number;
  lecturerName: string;
  /** n: distinct trainees with an exam score. */
  n: number;
  scored: number;
  avgExamScore: number | null;
  examValueAdded: number | null;
}

export function lecturerValueAddedQuery(limit = 100): CubeQuery {
  const v = 'lecturer_value_added';
  return {
    measures: ['lecturer_trainees', 'scored', 'avg_exam_score', 'exam_value_added'].map((m) => `${v}.${m}`),
    dimensions: [`${v}.lecturer_id`, `${v}.lecturer_name`],
    // Thousands of lecturers at scale: the dashboard shows the top of the ranking.
    order: { [`${v}.exam_value_added`]: 'desc', [`${v}.lecturer_id`]: 'asc' },
    limit,
  };
}

export async function lecturerValueAdded(
  token: string,
  args: { limit?: number } = {},
  options?: CubeClientOptions,
): Promise<LecturerValueAddedRow[]> {
  const v = 'lecturer_value_added';
  const rows = await cubeLoad(lecturerValueAddedQuery(Math.min(args.limit ?? 100, 1000)), token, options);
  return rows.map((r) => ({
    lecturerId: num(r[`${v}.lecturer_id`])!,
    lecturerName: String(r[`${v}.lecturer_name`]),
    n: num(r[`${v}.lecturer_trainees`])!,
    scored: num(r[`${v}.scored`])!,
    avgExamScore: num(r[`${v}.avg_exam_score`]),
    examValueAdded: num(r[`${v}.exam_value_added`]),
  }));
}

// ---------------------------------------------------------------------------------------------

/** The executive dashboard's metric set, as Cube queries (the bench replays exactly these). */
export function executiveDashboardQueries(): Record<string, CubeQuery> {
  return {
    participationTrend: participationQuery('none'),
    participationByFamily: participationQuery('position_family'),
    courseOutcomes: courseTrainingQuery('course'),
    voluntaryVsMandatory: courseTrainingQuery('participation_type'),
    courseContribution: courseContributionQuery(),
    roiByCourse: trainingRoiQuery('course'),
    roiTotal: trainingRoiQuery('total'),
    promotionProfile: promotionProfileQuery('COURSE'),
    awardTraits: awardTraitsQuery(false),
    lecturerValueAdded: lecturerValueAddedQuery(),
  };
}

/** Loads the whole executive dashboard in parallel (one request per panel, as the dashboard does). */
export async function executiveDashboard(token: string, options?: CubeClientOptions) {
  const [
    trend,
    byFamily,
    courses,
    participationTypes,
    contribution,
    roiByCourse,
    roiTotal,
    promotion,
    awards,
    lecturers,
  ] = await Promise.all([
    participation(token, { by: 'none' }, options),
    participation(token, { by: 'position_family' }, options),
    courseTraining(token, { by: 'course' }, options),
    courseTraining(token, { by: 'participation_type' }, options),
    courseContribution(token, options),
    trainingRoi(token, { by: 'course' }, options),
    trainingRoi(token, { by: 'total' }, options),
    promotionProfile(token, { itemType: 'COURSE' }, options),
    awardTraits(token, {}, options),
    lecturerValueAdded(token, {}, options),
  ]);
  return {
    trend,
    byFamily,
    courses,
    participationTypes,
    contribution,
    roiByCourse,
    roiTotal,
    promotion,
    awards,
    lecturers,
  };
}
