/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/core';
import {
  CourseSession,
  Department,
  Employee,
  Enrollment,
  EnrollmentStatus,
  KnowledgeCitation,
  KpiObservation,
  PerformanceRating,
  PerformanceReview,
  PracticeCase,
  PracticeCaseStatus,
} from '@talentloop/db/entities';
import { toGlobalId as gid } from './common/relay';
import { ARCHIVE_QUERY } from './testing/queries';
import { createFixture, type Fixture } from './testing/fixtures';
import { startTestApi, type TestApi } from './testing/harness';

/**
 * The number of SQL statements per request must not grow with the rows returned. One
 * department with 100 employees (2 enrolments, 1 review, 1 case each) and three archive
 * owners with 1, 10 and 100 items of every kind.
 */
let api: TestApi;
let fx: Fixture;
let hr: string;
const SIZES = [1, 10, 100] as const;
const archiveOwner: Record<number, number> = {};

async function populate(em: EntityManager, fx: Fixture) {
  // Under Sales, so the Sales manager's scope covers it too.
  const bulk = em.create(Department, {
    id: 9010,
    code: 'FX-BULK',
    name: 'Bulk',
    path: '/9001/9002/9010/',
    depth: 2,
    parent: fx.departments.sales,
  });
  for (let i = 0; i < 100; i++) {
    const employee = em.create(Employee, {
      id: 10_000 + i,
      employeeNo: `BK${String(i).padStart(4, '0')}`,
      name: `Bulk ${i}`,
      department: bulk,
      position: fx.positions.rep,
      manager: fx.employees.m1,
      hireDate: '2020-01-01',
    });
    em.create(Enrollment, {
      employee,
      course: fx.courses.negotiation,
      status: EnrollmentStatus.COMPLETED,
      enrolledOn: '2026-01-01',
      completedOn: '2026-01-10',
      hours: 16,
      examScore: 70 + (i % 30),
    });
    em.create(Enrollment, {
      employee,
      course: fx.courses.lean,
      status: EnrollmentStatus.ENROLLED,
      enrolledOn: '2026-02-01',
    });
    em.create(PerformanceReview, {
      employee,
      period: '2025-Q4',
      periodStart: '2025-10-01',
      baseScore: 80,
      finalScore: 80,
      rating: PerformanceRating.B,
    });
    em.create(PracticeCase, {
      employee,
      title: `Case ${i}`,
      summary: 's',
      submittedAt: new Date('2026-01-15T00:00:00Z'),
    });
  }
  for (const [index, size] of SIZES.entries()) {
    const owner = em.create(Employee, {
      id: 11_000 + index,
      employeeNo: `AR${size}`,
      name: `Archive ${size}`,
      department: fx.departments.salesEast,
      position: fx.positions.rep,
      manager: fx.employees.m1,
      hireDate: '2019-01-01',
    });
    archiveOwner[size] = owner.id;
    for (let i = 0; i < size; i++) {
      const month = `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
      const enrollment = em.create(Enrollment, {
        employee: owner,
        course: i % 2 ? fx.courses.lean : fx.courses.negotiation,
        status: EnrollmentStatus.COMPLETED,
        enrolledOn: month,
        completedOn: month,
        hours: 8,
        examScore: 90,
      });
      const practiceCase = em.create(PracticeCase, {
        employee: owner,
        enrollment,
        course: fx.courses.negotiation,
        title: `Archive case ${i}`,
        summary: 's',
        status: PracticeCaseStatus.APPROVED,
        submittedAt: new Date(`${month}T08:00:00Z`),
        reviewedAt: new Date(`${month}T09:00:00Z`),
        reviewScore: 80,
        adoptedAt: new Date(`${month}T10:00:00Z`),
      });
      em.create(KnowledgeCitation, {
        practiceCase,
        department: i % 2 ? fx.departments.plant : fx.departments.sales,
        citedAt: new Date(`${month}T11:00:00Z`),
      });
      em.create(KpiObservation, {
        kpi: fx.kpis.salesGrowth,
        employee: owner,
        month,
        value: i,
        sourceSystem: 'CRM',
      });
      em.create(PerformanceReview, {
        employee: owner,
        period: `${1900 + i}-Q1`,
        periodStart: `${1900 + i}-01-01`,
        baseScore: 80,
        finalScore: 80,
        rating: PerformanceRating.A,
        reviewer: fx.employees.m1,
      });
      em.create(CourseSession, {
        course: i % 2 ? fx.courses.lean : fx.courses.negotiation,
        lecturer: owner,
        startsOn: month,
        endsOn: month,
        ratingAvg: 4,
        ratingCount: 3,
      });
    }
  }
  await em.flush();
}

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
  await populate(api.orm.em.fork(), fx);
  hr = await api.login('fx-hr');
});
afterAll(async () => api?.close());

const EMPLOYEES = `query($first: Int, $dep: ID) {
  employees(first: $first, filter: { departmentId: $dep }) {
    totalCount
    nodes {
      id name email department { name } position { name nextPositions { toPosition { name } } } manager { name }
      enrollments { status examScore course { name sessions { startsOn lecturer { name } } } session { startsOn } }
      reviews { period finalScore reviewer { name } }
      practiceCases { title citations { department { name } } }
    }
  } }`;

async function statementsFor(query: string, variables: Record<string, unknown>, token: string) {
  // Counted on a warm request: the first request of a token may check the token once.
  await api.gql(query, variables, token);
  const { result, statements } = await api.countStatements(() => api.gql(query, variables, token));
  if (process.env.SHOW_SQL) console.log(statements.join('\n'));
  expect(result.errors).toBeUndefined();
  return { data: result.data as any, count: statements.length };
}

describe('SQL statements per request do not grow with rows', () => {
  it('employees(first: N) { … enrollments { course } reviews … } — HR and a manager', async () => {
    for (const user of ['fx-hr', 'fx-manager']) {
      const token = user === 'fx-hr' ? hr : await api.login(user);
      const counts: number[] = [];
      for (const n of SIZES) {
        const { data, count } = await statementsFor(
          EMPLOYEES,
          { first: n, dep: gid('Department', 9010) },
          token,
        );
        expect(data.employees.nodes).toHaveLength(n);
        expect(data.employees.nodes[n - 1].enrollments).toHaveLength(2);
        expect(data.employees.nodes[n - 1].reviews).toHaveLength(1);
        counts.push(count);
      }
      console.log(`employees(first: 1/10/100) as ${user}: ${counts.join(' / ')} statements`);
      expect(new Set(counts).size).toBe(1);
      // The page with everything the compiler knows is one statement (two with a manager's scope
      // lookup); Course.sessions(first) is left to its resolver: the course, its sessions, their lecturers.
      expect(counts[0]).toBeLessThanOrEqual(5);
    }
  });

  it("the HR list page (the benchmark's selection) is one statement, plus the scope lookup for a manager", async () => {
    const page = `query($first: Int, $dep: ID) {
      employees(first: $first, filter: { departmentId: $dep }) {
        totalCount
        nodes { name position { name } department { name } enrollments { course { name } examScore } reviews { period finalScore } }
      } }`;
    for (const [user, expected] of [
      ['fx-hr', 1],
      ['fx-manager', 2],
    ] as const) {
      const token = user === 'fx-hr' ? hr : await api.login(user);
      const counts: number[] = [];
      for (const n of SIZES) {
        const { data, count } = await statementsFor(page, { first: n, dep: gid('Department', 9010) }, token);
        expect(data.employees.totalCount).toBe(100);
        expect(data.employees.nodes).toHaveLength(n);
        const last = data.employees.nodes[n - 1];
        expect(last.department.name).toBe('Bulk');
        expect(last.enrollments.map((e: any) => e.course.name)).toHaveLength(2);
        expect(last.reviews).toEqual([{ period: '2025-Q4', finalScore: 80 }]);
        counts.push(count);
      }
      console.log(`list page (first: 1/10/100) as ${user}: ${counts.join(' / ')} statements`);
      expect(counts).toEqual([expected, expected, expected]);
    }
  });

  it('a page without totalCount is one statement; hasNextPage still correct', async () => {
    const q = `query($after: String) { employees(first: 60, after: $after, filter: { search: "BK" }) { pageInfo { hasNextPage endCursor } nodes { employeeNo } } }`;
    const first = await statementsFor(q, {}, hr);
    expect(first.count).toBe(1);
    expect(first.data.employees.pageInfo.hasNextPage).toBe(true);
    expect(first.data.employees.nodes).toHaveLength(60);
    const second = await statementsFor(q, { after: first.data.employees.pageInfo.endCursor }, hr);
    expect(second.data.employees.pageInfo.hasNextPage).toBe(false);
    expect(second.data.employees.nodes.map((n: any) => n.employeeNo)[0]).toBe('BK0060');
    expect(second.data.employees.nodes).toHaveLength(40);
  });

  it('growthArchive with 1, 10 and 100 items of every kind is one statement (plus the scope lookup)', async () => {
    for (const [user, expected] of [
      ['fx-hr', 1],
      ['fx-manager', 2],
    ] as const) {
      const token = user === 'fx-hr' ? hr : await api.login(user);
      const counts: number[] = [];
      for (const n of SIZES) {
        const { data, count } = await statementsFor(
          ARCHIVE_QUERY,
          { id: gid('Employee', archiveOwner[n]!) },
          token,
        );
        // Per item: completion, submitted, approved, adopted, cited, KPI change, review, lecture.
        expect(data.growthArchive.events).toHaveLength(8 * n);
        expect(data.growthArchive.summary.lecturesGiven).toBe(n);
        counts.push(count);
      }
      console.log(`growthArchive(1/10/100 items each) as ${user}: ${counts.join(' / ')} statements`);
      expect(counts).toEqual([expected, expected, expected]);
    }
  });

  it('kpiSeries is one statement', async () => {
    const query = `query($id: ID!) { kpiSeries(employeeId: $id, kpi: "FX_SALES_GROWTH") { kpi { code } employee { name } points { month value } } }`;
    for (const n of SIZES) {
      const { data, count } = await statementsFor(query, { id: gid('Employee', archiveOwner[n]!) }, hr);
      expect(data.kpiSeries.points).toHaveLength(n);
      expect(data.kpiSeries.points[n - 1].value).toBe(n - 1);
      expect(count).toBe(1);
    }
  });

  it('employee(id) and node(id) with nested lists are one statement', async () => {
    const fields = `name department { name } position { name nextPositions { toPosition { name } } } manager { name }
      enrollments { status course { name } session { startsOn } } reviews { period reviewer { name } }
      practiceCases { title citations { department { name } } } peerFeedback { score }`;
    for (const n of SIZES) {
      const id = gid('Employee', archiveOwner[n]!);
      const one = await statementsFor(`query($id: ID!) { employee(id: $id) { ${fields} } }`, { id }, hr);
      expect(one.data.employee.enrollments).toHaveLength(n);
      expect(one.data.employee.practiceCases[n - 1].citations).toHaveLength(1);
      expect(one.count).toBe(1);
      const node = await statementsFor(
        `query($id: ID!) { node(id: $id) { ... on Employee { ${fields} } } }`,
        { id },
        hr,
      );
      expect(node.data.node).toEqual(one.data.employee);
      expect(node.count).toBe(1);
    }
  });
});
