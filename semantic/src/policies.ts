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
  /** Measure counting the people a cell describes (aggregate views). */
  peopleMeasure?: string;
  /** Time dimension that must be grouped by month or finer (rows are person-months). */
  requireMonthGrain?: string;
}

const ALL: Role[] = ['EMPLOYEE', 'MANAGER', 'HR', 'EXECUTIVE', 'INTEGRATION'];
const LEADERSHIP: Role[] = ['HR', 'EXECUTIVE', 'INTEGRATION'];

export const viewPolicies: Record<string, ViewPolicy> = {
  // Test fixture (semantic/src/__fixtures__): exercised by server.test.ts only.
  fixture_scores: {
    kind: 'aggregate',
    roles: ALL,
    employeeDimension: 'employee_id',
    departmentPathDimension: 'department_path',
    peopleMeasure: 'people',
  },
  fixture_statistics: { kind: 'aggregate', roles: LEADERSHIP, peopleMeasure: 'people' },
};
