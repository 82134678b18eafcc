/**
 * The queries the product asks of the semantic layer, as data in the views' member names (typed
 * by generated/members.ts): the API's `analytics` fields load them with `load(view, query)`, the
 * stack warms the dashboard's set, the bench replays it. Formulas live in the model, not here.
 */
import {
  dateRange,
  load,
  periodOn,
  sliceFilters,
  toCubeQuery,
  type CubeClientOptions,
  type MetricSlice,
  type ViewName,
  type ViewQuery,
} from './client';
import type { CubeQuery } from './security';

// ---------------------------------------------------------------------------------------------
// training_participation: per month, optionally by department or position family.

export type ParticipationBy = 'none' | 'position_family' | 'department';

const PARTICIPATION_DIMENSIONS = {
  none: [],
  position_family: ['position_family'],
  department: ['department_id', 'department_name'],
} as const;

export function participationQuery(by: ParticipationBy = 'none', slice: MetricSlice = {}) {
  return {
    measures: [
      'headcount',
      'participants',
      'participation_rate',
      'voluntary_participants',
      'voluntary_participation_rate',
      'mandatory_participation_rate',
      'enrollments',
      'completion_rate',
      'pass_rate',
      'hours',
      'cost',
      'hours_per_employee',
      'cost_per_employee',
    ],
    dimensions: PARTICIPATION_DIMENSIONS[by] as readonly (
      'position_family' | 'department_id' | 'department_name'
    )[],
    timeDimensions: [{ dimension: 'month', granularity: 'month', ...dateRange(slice.from, slice.to) }],
    filters: sliceFilters<'training_participation'>(slice),
    order: { month: 'asc' },
  } satisfies ViewQuery<'training_participation'>;
}

// ---------------------------------------------------------------------------------------------
// course_training: enrollment outcomes by course, category, type, family or department.

export type CourseTrainingBy =
  'course' | 'category' | 'participation_type' | 'position_family' | 'department';

export const COURSE_TRAINING_DIMENSIONS = {
  course: ['course_id', 'course_name', 'course_category'],
  category: ['course_category'],
  participation_type: ['participation_type'],
  position_family: ['position_family'],
  department: ['department_id', 'department_name'],
} as const;

type CourseTrainingDimension = (typeof COURSE_TRAINING_DIMENSIONS)[CourseTrainingBy][number];

export function courseTrainingQuery(by: CourseTrainingBy = 'course', slice: MetricSlice = {}) {
  return {
    measures: [
      'enrollments',
      'voluntary_share',
      'completion_rate',
      'pass_rate',
      'avg_exam_score',
      'hours',
      'cost',
      'hours_per_learner',
      'cost_per_learner',
    ],
    dimensions: COURSE_TRAINING_DIMENSIONS[by] as readonly CourseTrainingDimension[],
    ...periodOn('enrolled_month', slice),
    filters: sliceFilters<'course_training'>(slice),
    order: { enrollments: 'desc' },
  } satisfies ViewQuery<'course_training'>;
}

// ---------------------------------------------------------------------------------------------
// course_contribution: DiD with 95 % CI per course × bound KPI (company-wide).

export function courseContributionQuery() {
  return {
    measures: [
      'n_treated',
      'n_control',
      'treated_change',
      'control_change',
      'estimate',
      'std_error',
      'ci_low',
      'ci_high',
    ],
    dimensions: [
      'course_id',
      'course_name',
      'kpi_code',
      'kpi_name',
      'kpi_unit',
      'direction',
      'window_months',
      'evidence',
    ],
    order: { course_id: 'asc', kpi_code: 'asc' },
  } satisfies ViewQuery<'course_contribution'>;
}

// ---------------------------------------------------------------------------------------------
// training_roi and its employee rows (training_roi_detail).

export type RoiBy = 'course' | 'category' | 'department' | 'position_family' | 'total';

export const ROI_DIMENSIONS = {
  course: ['course_id', 'course_name', 'course_category'],
  category: ['course_category'],
  department: ['department_id', 'department_name'],
  position_family: ['position_family'],
  total: [],
} as const;

type RoiDimension = (typeof ROI_DIMENSIONS)[RoiBy][number];

export function trainingRoiQuery(by: RoiBy = 'course', slice: MetricSlice = {}) {
  return {
    measures: [
      'spend',
      'measured_spend',
      'coverage',
      'measured_people',
      'measured_benefit',
      'benefit',
      'benefit_ci_low',
      'benefit_ci_high',
      'roi_evidence',
      'net_benefit',
      'roi',
      'roi_ci_low',
      'roi_ci_high',
    ],
    dimensions: ROI_DIMENSIONS[by] as readonly RoiDimension[],
    // The period selects spend by enrollment month and benefit by completion month (the model's `month`).
    ...periodOn('month', slice),
    filters: sliceFilters<'training_roi'>(slice),
    order: { spend: 'desc' },
  } satisfies ViewQuery<'training_roi'>;
}

export type TrainingRoiDetailArgs = { courseId?: number; limit?: number; offset?: number } & MetricSlice;

/** One row per employee × course: their spend, measured and credited benefit in the period. */
export function trainingRoiDetailQuery(args: TrainingRoiDetailArgs = {}) {
  return {
    measures: ['spend', 'measured_benefit', 'benefit'],
    dimensions: ['employee_id', 'employee_name', 'department_name', 'course_id', 'course_name'],
    ...periodOn('month', args),
    filters: [
      ...(args.courseId
        ? [{ member: 'course_id' as const, operator: 'equals' as const, values: [String(args.courseId)] }]
        : []),
      ...sliceFilters<'training_roi_detail'>(args),
    ],
    order: { benefit: 'desc', employee_id: 'asc', course_id: 'asc' },
    limit: Math.min(args.limit ?? 100, 1000),
    offset: args.offset ?? 0,
  } satisfies ViewQuery<'training_roi_detail'>;
}

// ---------------------------------------------------------------------------------------------
// promotion_profile, promotion_timing, award_traits, lecturer_value_added.

export function promotionProfileQuery(itemType: 'COURSE' | 'CATEGORY' = 'COURSE') {
  return {
    measures: [
      'promoted_n',
      'comparison_n',
      'promoted_share',
      'comparison_share',
      'lift',
      'lift_ci_low',
      'lift_ci_high',
      'promotion_rate_ratio',
    ],
    dimensions: ['item_type', 'item_key', 'item_name'],
    filters: [{ member: 'item_type', operator: 'equals', values: [itemType] }],
    order: { lift: 'desc' },
  } satisfies ViewQuery<'promotion_profile'>;
}

/** One row per career step (from → to position); the period selects promotions by effective date. */
export function promotionTimingQuery(slice: MetricSlice = {}) {
  return {
    measures: ['avg_months', 'min_months', 'max_months'],
    dimensions: [
      'from_position_id',
      'from_position_name',
      'to_position_id',
      'to_position_name',
      'position_family',
    ],
    ...periodOn('effective_on', slice),
    filters: sliceFilters<'promotion_timing'>(slice),
    order: { avg_months: 'desc', from_position_id: 'asc' },
  } satisfies ViewQuery<'promotion_timing'>;
}

export function awardTraitsQuery(byCampaign = false) {
  return {
    measures: ['winner_nominations', 'nominations', 'winner_share', 'nominee_share', 'lift'],
    dimensions: (byCampaign ? ['trait', 'campaign_id', 'campaign_name'] : ['trait']) as readonly (
      'trait' | 'campaign_id' | 'campaign_name'
    )[],
    order: { trait: 'asc' },
  } satisfies ViewQuery<'award_traits'>;
}

export function lecturerValueAddedQuery(limit = 100) {
  return {
    measures: ['scored', 'avg_exam_score', 'exam_value_added'],
    dimensions: ['lecturer_id', 'lecturer_name'],
    // Thousands of lecturers at scale: the dashboard shows the top of the ranking.
    order: { exam_value_added: 'desc', lecturer_id: 'asc' },
    limit: Math.min(limit, 1000),
  } satisfies ViewQuery<'lecturer_value_added'>;
}

// ---------------------------------------------------------------------------------------------

/** One panel's query: the view and the query on it. */
export interface PanelQuery {
  view: ViewName;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of queries on different views
  query: ViewQuery<any>;
}

/** The executive dashboard's metric set (the stack warms it, the bench replays it). */
export function executiveDashboardPanels(): Record<string, PanelQuery> {
  return {
    participationTrend: { view: 'training_participation', query: participationQuery('none') },
    participationByFamily: { view: 'training_participation', query: participationQuery('position_family') },
    courseOutcomes: { view: 'course_training', query: courseTrainingQuery('course') },
    voluntaryVsMandatory: { view: 'course_training', query: courseTrainingQuery('participation_type') },
    courseContribution: { view: 'course_contribution', query: courseContributionQuery() },
    roiByCourse: { view: 'training_roi', query: trainingRoiQuery('course') },
    roiTotal: { view: 'training_roi', query: trainingRoiQuery('total') },
    promotionProfile: { view: 'promotion_profile', query: promotionProfileQuery('COURSE') },
    awardTraits: { view: 'award_traits', query: awardTraitsQuery(false) },
    lecturerValueAdded: { view: 'lecturer_value_added', query: lecturerValueAddedQuery() },
  };
}

/** The same set as Cube REST queries (full member names), as the bench sends them. */
export function executiveDashboardQueries(): Record<string, CubeQuery> {
  return Object.fromEntries(
    Object.entries(executiveDashboardPanels()).map(([key, p]) => [key, toCubeQuery(p.view, p.query)]),
  );
}

/** Loads the whole executive dashboard in parallel (one request per panel, as the dashboard does). */
export async function executiveDashboard(
  token: string,
  options?: CubeClientOptions,
): Promise<Record<string, Record<string, unknown>[]>> {
  const panels = Object.entries(executiveDashboardPanels());
  const rows = await Promise.all(panels.map(([, p]) => load(p.view, p.query, token, options)));
  return Object.fromEntries(panels.map(([key], i) => [key, rows[i] as Record<string, unknown>[]]));
}
