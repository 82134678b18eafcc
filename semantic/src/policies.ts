import type { Role } from './security';

/**
 * The public surface of the semantic layer: every view a caller may query, who may query it and
 * how its rows are scoped. A view missing here cannot be queried at all (queryRewrite refuses).
 */
export interface ViewPolicy {
  /** aggregate: cells about groups of people (suppressed below 5); rows: one row per person. */
  kind: 'aggregate' | 'rows';
  roles: Role[];
  /** Dimension holding the employee id (EMPLOYEE scope); absent → employees cannot read the view. */
  employeeDimension?: string;
  /** Dimension holding the department path (MANAGER scope); absent → managers cannot read the view. */
  departmentPathDimension?: string;
  /**
   * Measure counting the people a cell describes (aggregate views): `default`, or the first rule
   * whose every key is fixed by the cell (grouped, or filtered to one value). Each measure is a
   * sum of 1-per-person weights over a partition; a weight may only be used when the cell fixes
   * its partition key, otherwise it would count one person several times. Counting too few only
   * suppresses more, so rules may be conservative.
   */
  people?: { default: string; rules?: { fixed: string[]; measure: string }[] };
  /** Time dimension that must be grouped by month or finer (rows are person-months). */
  requireMonthGrain?: string;
}

const ALL: Role[] = ['EMPLOYEE', 'MANAGER', 'HR', 'EXECUTIVE', 'INTEGRATION'];
const LEADERSHIP: Role[] = ['HR', 'EXECUTIVE', 'INTEGRATION'];

export const viewPolicies: Record<string, ViewPolicy> = {
  training_participation: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    people: { default: 'headcount' },
    requireMonthGrain: 'month',
  },
  course_training: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    people: {
      default: 'learners',
      rules: [
        { fixed: ['course_id'], measure: 'course_learners' },
        { fixed: ['course_category'], measure: 'category_learners' },
        { fixed: ['participation_type'], measure: 'type_learners' },
      ],
    },
  },
  training_roi: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    people: {
      default: 'people',
      rules: [
        { fixed: ['course_id'], measure: 'course_people' },
        { fixed: ['course_category'], measure: 'category_people' },
      ],
    },
  },
  // Person-level rows behind the ROI: the drill-down for HR and executives, a manager's own
  // subtree, an employee's own rows. Integration clients get aggregates only.
  training_roi_detail: {
    kind: 'rows',
    roles: ['EMPLOYEE', 'MANAGER', 'HR', 'EXECUTIVE'],
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
  },
  lecturer_value_added: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'lecturer_id',
    departmentPathDimension: 'lecturer_department_path',
    people: {
      default: 'trainees',
      rules: [
        { fixed: ['lecturer_id', 'course_id'], measure: 'lecturer_course_trainees' },
        { fixed: ['lecturer_id'], measure: 'lecturer_trainees' },
        { fixed: ['course_id'], measure: 'course_trainees' },
      ],
    },
  },
  // Measured time to promotion: every row is one employee's own promotion (no company-wide
  // comparison group), so it is scoped like participation — own promotions for an employee, the
  // subtree for a manager (by the employee's department). n = promotions (each a distinct
  // person's move) once the cell fixes the from-position; cells across steps count distinct
  // people, since one person promoted twice would otherwise count twice.
  promotion_timing: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    people: {
      default: 'people',
      rules: [
        { fixed: ['from_position_id'], measure: 'promotions' },
        { fixed: ['from_position_name'], measure: 'promotions' },
      ],
    },
  },
  // Company-wide statistics (comparison groups span the whole company): no row-security
  // dimension, so only roles that may see company-wide aggregates read them.
  // n = the smaller arm / group of a precomputed statistic (min is additive).
  course_contribution: { kind: 'aggregate', roles: LEADERSHIP, people: { default: 'n' } },
  promotion_profile: { kind: 'aggregate', roles: LEADERSHIP, people: { default: 'n' } },
  award_traits: {
    kind: 'aggregate',
    roles: LEADERSHIP,
    people: {
      default: 'winners',
      rules: [
        { fixed: ['trait', 'campaign_id'], measure: 'winner_nominations' },
        { fixed: ['trait'], measure: 'trait_winners' },
        { fixed: ['campaign_id'], measure: 'campaign_winners' },
      ],
    },
  },
};
