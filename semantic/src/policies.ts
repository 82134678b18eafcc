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
   * The suppression measure of a cell: `default`, or the first rule whose every key is fixed by
   * the cell (grouped, or filtered to one value). It is the exact distinct count of people the
   * cell describes, or — where a cell's numbers also reveal sub-groups (a share × its group, a
   * total − a part) — a guard measure `min_group`: the smallest non-empty such group. A cell is
   * returned only when the measure is ≥ 5.
   */
  people?: { default: string; rules?: { fixed: string[]; measure: string }[] };
  /** The people count shown as a cell's n (exact distinct people); may differ from the guard above. */
  n?: string;
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
    people: { default: 'min_group' },
    n: 'headcount',
    requireMonthGrain: 'month',
  },
  course_training: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    people: { default: 'learners' },
    n: 'learners',
  },
  training_roi: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    people: { default: 'roi_min_group' },
    n: 'participants',
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
    people: { default: 'trainees' },
    n: 'trainees',
  },
  // Measured time to promotion: every row is one employee's own promotion (no company-wide
  // comparison group), so it is scoped like participation — own promotions for an employee, the
  // subtree for a manager (by the employee's department).
  promotion_timing: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    people: { default: 'people' },
    n: 'people',
  },
  // Company-wide statistics (comparison groups span the whole company): no row-security
  // dimension, so only roles that may see company-wide aggregates read them.
  // course_contribution: n = the smaller arm; the others guard every group their shares reveal.
  course_contribution: { kind: 'aggregate', roles: LEADERSHIP, people: { default: 'n' }, n: 'n' },
  promotion_profile: {
    kind: 'aggregate',
    roles: LEADERSHIP,
    people: { default: 'min_group' },
    n: 'n',
  },
  award_traits: { kind: 'aggregate', roles: LEADERSHIP, people: { default: 'min_group' }, n: 'winners' },
};
