/**
 * The mixed load of issue 14, as weighted GraphQL operations of realistic users: 15 % dashboard
 * analytics, 25 % HR list, 10 % manager list, 25 % archives, 10 % kpiSeries, 15 % KPI writes
 * of 10 rows. Inputs are drawn at random (seeded) from the benchmark company, so requests do
 * not all read the same rows.
 */
import * as S from '../api/scenarios';

export type OperationName = 'analytics' | 'hrList' | 'managerList' | 'archive' | 'kpiSeries' | 'kpiWrite';

export interface Request {
  operation: OperationName;
  token: 'hr' | 'manager' | 'exec';
  query: string;
  variables: Record<string, unknown>;
}

export const WEIGHTS: Record<OperationName, number> = {
  analytics: 15,
  hrList: 25,
  managerList: 10,
  archive: 25,
  kpiSeries: 10,
  kpiWrite: 15,
};

/** The executive dashboard's overview panels (read through the API, answered by Cube). */
const ANALYTICS = `query Overview($filter: AnalyticsFilter) {
  analytics {
    participation(filter: $filter) { enrollments hours cost completionRate }
    courseTraining(filter: $filter) { category enrollments completionRate avgExamScore }
    trainingRoi { courseId benefit }
  }
}`;

const KPI_WRITE = `mutation Feed($input: [KpiObservationInput!]!) {
  recordKpiObservations(input: $input) { accepted outcome }
}`;

/** What the mix draws from: people of the benchmark company and the top departments. */
export interface Population {
  employeeIds: number[];
  salesEmployeeIds: number[];
  departmentIds: number[];
}

/** mulberry32: a small seeded generator, so two runs send the same sequence. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function drawRequest(rnd: () => number, people: Population): Request {
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  let r = rnd() * total;
  let operation: OperationName = 'analytics';
  for (const [name, weight] of Object.entries(WEIGHTS) as [OperationName, number][]) {
    if ((r -= weight) < 0) {
      operation = name;
      break;
    }
  }
  const employee = () => S.toGlobalId('Employee', pick(people.employeeIds));
  switch (operation) {
    case 'analytics':
      return { operation, token: 'exec', query: ANALYTICS, variables: {} };
    case 'hrList':
      return {
        operation,
        token: 'hr',
        query: S.API_EMPLOYEE_PAGE,
        variables: {
          first: S.PAGE_SIZE,
          filter: { departmentId: S.toGlobalId('Department', pick(people.departmentIds)) },
        },
      };
    case 'managerList':
      return { operation, token: 'manager', query: S.API_EMPLOYEE_PAGE, variables: { first: S.PAGE_SIZE } };
    case 'archive':
      return {
        operation,
        token: 'hr',
        query: S.API_ARCHIVE,
        variables: { id: employee(), from: S.ARCHIVE_FROM, to: S.ARCHIVE_TO },
      };
    case 'kpiSeries':
      return {
        operation,
        token: 'hr',
        query: S.API_KPI_SERIES,
        variables: {
          id: S.toGlobalId('Employee', pick(people.salesEmployeeIds)),
          kpi: S.KPI_CODE,
          from: S.KPI_FROM,
          to: S.KPI_TO,
        },
      };
    case 'kpiWrite': {
      // 10 rows of a sales system's monthly feed: corrections of existing months.
      const month = `2026-${String(1 + Math.floor(rnd() * 11)).padStart(2, '0')}`;
      const input = Array.from({ length: 10 }, () => ({
        employeeId: S.toGlobalId('Employee', pick(people.salesEmployeeIds)),
        kpi: S.KPI_CODE,
        month,
        value: Math.round(rnd() * 2000) / 100,
        sourceSystem: 'load-test',
      }));
      // Two rows for the same person and month would be refused as duplicates: keep one.
      const unique = [...new Map(input.map((row) => [row.employeeId, row])).values()];
      return { operation, token: 'hr', query: KPI_WRITE, variables: { input: unique } };
    }
  }
}
