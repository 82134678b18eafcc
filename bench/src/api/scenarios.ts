/**
 * The four workloads, as GraphQL documents for the TalentLoop API and (where a peer exists)
 * PostGraphile 4. Inputs are fixed so every run reads the same rows.
 */

/** 销售中心 (/1/2/): 34 000 of the 100 000 employees, i.e. a large subtree. */
export const SUBTREE_DEPARTMENT_ID = 2;
/** The demo login heading that same subtree: its scoped list returns the same rows as (a). */
export const SUBTREE_MANAGER = 'manager.sales';
/**
 * An archive with every event type: completed courses, practice cases submitted / approved /
 * adopted and cited by 8 departments, 11 lectures, a promotion, an award, KPIs, reviews.
 */
export const ARCHIVE_EMPLOYEE_ID = 45737;
export const ARCHIVE_FROM = '2020-01-01';
export const ARCHIVE_TO = '2026-12-31';
/** The demo `employee` login's person: a 客户经理 with monthly SALES_GROWTH. */
export const KPI_EMPLOYEE_ID = 8839;
export const KPI_CODE = 'SALES_GROWTH';
export const KPI_FROM = '2025-01-01';
export const KPI_TO = '2026-12-31';
export const PAGE_SIZE = 50;

export const toGlobalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

/** (a) and (c): the HR list page. totalCount is asked for because a paged list shows it. */
export const API_EMPLOYEE_PAGE = `query EmployeePage($first: Int, $filter: EmployeeFilter) {
  employees(first: $first, filter: $filter) {
    totalCount
    nodes {
      name
      position { name }
      department { name }
      enrollments { course { name } examScore }
      reviews { period finalScore }
    }
  }
}`;

/**
 * (b) the full archive: every event type and the summary. One document shared with the API's
 * tests, so the benchmark loads exactly what they check.
 */
export { ARCHIVE_QUERY as API_ARCHIVE } from '@talentloop/api/testing/queries';

/** (d) one KPI series. */
export const API_KPI_SERIES = `query Kpi($id: ID!, $kpi: String!, $from: Date, $to: Date) {
  kpiSeries(employeeId: $id, kpi: $kpi, from: $from, to: $to) {
    kpi { code }
    points { month value }
  }
}`;

/**
 * PostGraphile's generated schema (default inflection). `departmentSubtree` and the month
 * bounds are conditions added by bench/src/api/servers/postgraphile.server.ts — PostGraphile's
 * stock conditions are equality only; the plugin keeps it one SQL statement per request.
 */
export const PG_EMPLOYEE_PAGE = `query EmployeePage($first: Int, $dep: Int!) {
  allEmployees(first: $first, orderBy: [EMPLOYEE_NO_ASC, ID_ASC], condition: { departmentSubtree: $dep }) {
    totalCount
    nodes {
      name
      positionByPositionId { name }
      departmentByDepartmentId { name }
      enrollmentsByEmployeeId(orderBy: [ENROLLED_ON_ASC, ID_ASC]) { nodes { courseByCourseId { name } examScore } }
      performanceReviewsByEmployeeId(orderBy: [PERIOD_START_ASC]) { nodes { period finalScore } }
    }
  }
}`;

export const PG_KPI_SERIES = `query Kpi($id: Int!, $kpi: String!, $from: Date, $to: Date) {
  kpiDefinitionByCode(code: $kpi) {
    code
    kpiObservationsByKpiId(condition: { employeeId: $id, monthFrom: $from, monthTo: $to }, orderBy: [MONTH_ASC]) {
      nodes { month value }
    }
  }
}`;
