/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from './common/relay';
import { createFixture, type Fixture } from './testing/fixtures';
import { startTestApi, type TestApi } from './testing/harness';
import { ARCHIVE_QUERY } from './testing/queries';

let api: TestApi;
let fx: Fixture;
let hr: string;
const gid = toGlobalId;

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
  hr = await api.login('fx-hr');
});
afterAll(async () => api?.close());

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, token = hr): Promise<T> {
  const res = await api.gql<T>(query, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

describe('employee and employees', () => {
  it('reads one employee with relations and PII (HR)', async () => {
    const data = await ok(
      `query($id: ID!) { employee(id: $id) { id databaseId employeeNo name hireDate status email phone
         department { name path } position { name level family } manager { name } reports { name } } }`,
      { id: gid('Employee', fx.employees.m1.id) },
    );
    expect(data.employee).toEqual({
      id: gid('Employee', 9201),
      databaseId: 9201,
      employeeNo: 'FX0001',
      name: 'Fixture Manager Sales',
      hireDate: '2015-03-01',
      status: 'ACTIVE',
      email: 'fx0001@fixture.example.com',
      phone: '13800009201',
      department: { name: 'Fixture Sales', path: '/9001/9002/' },
      position: { name: '初级经理(FX)', level: 4, family: 'SALES' },
      manager: null,
      reports: [{ name: 'Fixture Employee One' }, { name: 'Fixture Employee Two' }],
    });
  });

  it('filters by department subtree, sorts and pages with cursors', async () => {
    const q = `query($f: EmployeeFilter, $s: EmployeeSort, $first: Int, $after: String) {
      employees(filter: $f, sort: $s, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { employeeNo } } }`;
    const page1 = await ok(q, {
      f: { departmentId: gid('Department', 9002) },
      s: { field: 'HIRE_DATE', direction: 'DESC' },
      first: 2,
    });
    expect(page1.employees.totalCount).toBe(3);
    expect(page1.employees.nodes.map((n: any) => n.employeeNo)).toEqual(['FX0004', 'FX0003']);
    expect(page1.employees.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = await ok(q, {
      f: { departmentId: gid('Department', 9002) },
      s: { field: 'HIRE_DATE', direction: 'DESC' },
      first: 2,
      after: page1.employees.pageInfo.endCursor,
    });
    expect(page2.employees.nodes.map((n: any) => n.employeeNo)).toEqual(['FX0001']);
    expect(page2.employees.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('filters by position, level, hire-date range and text', async () => {
    const q = `query($f: EmployeeFilter) { employees(filter: $f, first: 50) { totalCount nodes { employeeNo } } }`;
    const nos = async (f: object) => (await ok(q, { f })).employees.nodes.map((n: any) => n.employeeNo);
    expect(await nos({ positionId: gid('Position', 9101) })).toEqual(['FX0003', 'FX0004']);
    expect(await nos({ level: 4, search: 'fixture' })).toEqual(['FX0001']);
    expect(await nos({ hiredFrom: '2020-01-01', hiredTo: '2021-12-31', search: 'FX' })).toEqual([
      'FX0003',
      'FX0005',
    ]);
    expect(await nos({ search: 'employee two' })).toEqual(['FX0004']);
    expect(await nos({ search: 'fx000', positionFamily: 'MANUFACTURING' })).toEqual(['FX0002', 'FX0005']);
  });

  it('resolves relations through node(id)', async () => {
    const data = await ok(`query($id: ID!) { node(id: $id) { id ... on Course { code } } }`, {
      id: gid('Course', 9301),
    });
    expect(data.node).toEqual({ id: gid('Course', 9301), code: 'FX-C-NEGO' });
    const none = await ok(`{ node(id: "bm9wZTox") { id } }`);
    expect(none.node).toBeNull();
  });
});

describe('catalogue', () => {
  it('returns the department tree', async () => {
    const data = await ok(
      `query($id: ID) { departments(rootId: $id) { name depth children { name children { name } } } }`,
      {
        id: gid('Department', 9001),
      },
    );
    expect(data.departments).toEqual([
      {
        name: 'Fixture HQ',
        depth: 0,
        children: [
          { name: 'Fixture Plant', children: [] },
          { name: 'Fixture Sales', children: [{ name: 'Fixture Sales East' }] },
        ],
      },
    ]);
  });

  it('returns positions with career paths and competency requirements', async () => {
    const data = await ok(`{ positions(family: SALES) { code level managerial
      nextPositions { typicalMonths toPosition { code } }
      competencyRequirements { requiredLevel competency { code name } } } }`);
    const fixture = data.positions.filter((p: any) => p.code.startsWith('FX-'));
    expect(fixture).toEqual([
      { code: 'FX-ASSIST', level: 1, managerial: false, nextPositions: [], competencyRequirements: [] },
      {
        code: 'FX-REP',
        level: 2,
        managerial: false,
        nextPositions: [
          { typicalMonths: 24, toPosition: { code: 'FX-SREP' } },
          { typicalMonths: 36, toPosition: { code: 'FX-JM' } },
        ],
        competencyRequirements: [],
      },
      {
        code: 'FX-SREP',
        level: 3,
        managerial: false,
        nextPositions: [],
        competencyRequirements: [{ requiredLevel: 3, competency: { code: 'FX-NEGO', name: '谈判(FX)' } }],
      },
      { code: 'FX-JM', level: 4, managerial: true, nextPositions: [], competencyRequirements: [] },
    ]);
  });

  it('returns courses with sessions, lecturers, ratings and bound KPIs', async () => {
    const data = await ok(`{ courses(filter: { search: "FX-C" }, first: 10) { totalCount nodes {
      code name hours cost core passScore rating { average count }
      sessions { startsOn location ratingAvg ratingCount lecturer { name } lecturerName }
      kpiBindings { windowMonths thresholds kpi { code direction valuePerUnit } } } } }`);
    expect(data.courses.totalCount).toBe(2);
    expect(data.courses.nodes).toEqual([
      {
        code: 'FX-C-LEAN',
        name: '精益生产(FX)',
        hours: 24,
        cost: '2500.50',
        core: false,
        passScore: 70,
        rating: { average: 4, count: 5 },
        sessions: [
          {
            startsOn: '2026-03-05',
            location: null,
            ratingAvg: 4,
            ratingCount: 5,
            lecturer: { name: 'Fixture Employee One' },
            lecturerName: 'Fixture Employee One',
          },
        ],
        kpiBindings: [],
      },
      {
        code: 'FX-C-NEGO',
        name: '客户谈判技巧(FX)',
        hours: 16,
        cost: '1200.00',
        core: true,
        passScore: 60,
        rating: { average: 4.5, count: 2 },
        sessions: [
          {
            startsOn: '2026-01-10',
            location: 'Room A',
            ratingAvg: 4.5,
            ratingCount: 2,
            lecturer: { name: 'Fixture Manager Sales' },
            lecturerName: 'Fixture Manager Sales',
          },
        ],
        kpiBindings: [
          {
            windowMonths: 3,
            thresholds: { measure: 'POINT_CHANGE' },
            kpi: { code: 'FX_SALES_GROWTH', direction: 'HIGHER_IS_BETTER', valuePerUnit: '1000.0000' },
          },
        ],
      },
    ]);
  });

  it('returns a KPI series for a period', async () => {
    const data = await ok(
      `query($id: ID!) { kpiSeries(employeeId: $id, kpi: "FX_SALES_GROWTH", from: "2026-02-01", to: "2026-12-31") {
        kpi { code unit } employee { employeeNo } points { month value sourceSystem } } }`,
      { id: gid('Employee', 9203) },
    );
    expect(data.kpiSeries).toEqual({
      kpi: { code: 'FX_SALES_GROWTH', unit: '%' },
      employee: { employeeNo: 'FX0003' },
      points: [
        { month: '2026-02-01', value: 12.5, sourceSystem: 'CRM' },
        { month: '2026-03-01', value: 11, sourceSystem: 'CRM' },
      ],
    });
  });

  it('lists KPI definitions with direction and money value', async () => {
    const data = await ok(`{ kpiDefinitions { code name unit direction valuePerUnit positionFamily } }`);
    expect(data.kpiDefinitions.filter((k: any) => k.code.startsWith('FX_'))).toEqual([
      {
        code: 'FX_DEFECT_RATE',
        name: 'Defect rate (FX)',
        unit: '%',
        direction: 'LOWER_IS_BETTER',
        valuePerUnit: '500.0000',
        positionFamily: 'MANUFACTURING',
      },
      {
        code: 'FX_SALES_GROWTH',
        name: 'Sales growth (FX)',
        unit: '%',
        direction: 'HIGHER_IS_BETTER',
        valuePerUnit: '1000.0000',
        positionFamily: 'SALES',
      },
    ]);
  });

  it('lists the knowledge base and the review queue', async () => {
    const data =
      await ok(`{ kb: practiceCases(adopted: true) { totalCount nodes { title adoptedAt employee { name } citations { department { name } note } } }
      queue: practiceCases(status: SUBMITTED) { totalCount } }`);
    expect(data.kb).toEqual({
      totalCount: 1,
      nodes: [
        {
          title: 'Key account renewal',
          adoptedAt: '2026-02-01T08:00:00.000Z',
          employee: { name: 'Fixture Employee One' },
          citations: [{ department: { name: 'Fixture Plant' }, note: 'Used for supplier talks' }],
        },
      ],
    });
    expect(data.queue.totalCount).toBe(0);
  });
});

describe('growthArchive', () => {
  it('returns the typed, time-ordered timeline and the summary', async () => {
    const data = await ok(ARCHIVE_QUERY, { id: gid('Employee', 9203), from: '2025-01-01', to: '2026-12-31' });
    const archive = data.growthArchive;
    expect(archive.employee).toEqual({ name: 'Fixture Employee One' });
    expect(archive.events.map((e: any) => [e.occurredOn, e.__typename])).toEqual([
      ['2025-12-20', 'AwardedEvent'],
      ['2026-01-01', 'KpiChangeEvent'],
      ['2026-01-05', 'PerformanceReviewedEvent'],
      ['2026-01-11', 'EnrollmentCompletedEvent'],
      ['2026-01-20', 'PracticeCaseSubmittedEvent'],
      ['2026-01-25', 'PracticeCaseApprovedEvent'],
      ['2026-02-01', 'PracticeCaseAdoptedEvent'],
      ['2026-02-01', 'KpiChangeEvent'],
      ['2026-02-10', 'PracticeCaseCitedEvent'],
      ['2026-03-01', 'KpiChangeEvent'],
      ['2026-03-05', 'LectureGivenEvent'],
    ]);
    const byKey = Object.fromEntries(archive.events.map((e: any) => [e.key, e]));
    expect(byKey['EnrollmentCompleted:9601']).toMatchObject({
      passed: true,
      hours: 16,
      examScore: 85,
      practiceScore: 78,
      course: { code: 'FX-C-NEGO' },
      enrollment: { status: 'COMPLETED' },
      title: 'Completed 客户谈判技巧(FX) (exam 85)',
    });
    expect(byKey['PracticeCaseApproved:9701']).toMatchObject({
      score: 88,
      practiceCase: { status: 'APPROVED' },
    });
    expect(byKey['PracticeCaseCited:9751']).toMatchObject({
      department: { name: 'Fixture Plant' },
      note: 'Used for supplier talks',
    });
    expect(byKey['KpiChange:9771']).toMatchObject({
      value: 10,
      previousValue: null,
      change: null,
      improved: null,
    });
    expect(byKey['KpiChange:9772']).toMatchObject({
      value: 12.5,
      previousValue: 10,
      change: 2.5,
      improved: true,
    });
    expect(byKey['KpiChange:9773']).toMatchObject({
      value: 11,
      previousValue: 12.5,
      change: -1.5,
      improved: false,
    });
    expect(byKey['PerformanceReviewed:9801']).toMatchObject({
      rating: 'B',
      finalScore: 82,
      review: { period: '2025-Q4' },
    });
    expect(byKey['Awarded:9901']).toMatchObject({
      awardTitle: '优秀员工',
      campaignName: '2025 优秀员工(FX)',
    });
    expect(byKey['LectureGiven:9312']).toMatchObject({
      lectureRating: 4,
      ratingCount: 5,
      course: { code: 'FX-C-LEAN' },
      session: { startsOn: '2026-03-05' },
    });
    expect(archive.summary).toEqual({
      year: 2026,
      hoursThisYear: 16,
      standardHours: 48,
      hoursRatio: 0.3333,
      coreCoursesPassed: 1,
      approvedCases: 1,
      adoptedCases: 1,
      lecturesGiven: 1,
      lectureRating: 4,
      latestRating: 'B',
      latestReviewPeriod: '2025-Q4',
      currentPosition: { code: 'FX-REP' },
      nextPositions: [{ toPosition: { code: 'FX-SREP' } }, { toPosition: { code: 'FX-JM' } }],
    });
  });

  it('includes the promotion when the range covers it', async () => {
    const data = await ok(ARCHIVE_QUERY, { id: gid('Employee', 9203), from: '2023-01-01', to: '2023-12-31' });
    expect(data.growthArchive.events).toEqual([
      expect.objectContaining({
        __typename: 'PromotedEvent',
        occurredOn: '2023-07-01',
        fromPosition: { code: 'FX-ASSIST' },
        toPosition: { code: 'FX-REP' },
      }),
    ]);
    expect(data.growthArchive.summary.year).toBe(2023);
    expect(data.growthArchive.summary.hoursThisYear).toBe(0);
  });

  it('names the field of a bad range', async () => {
    const res = await api.gql(
      ARCHIVE_QUERY,
      { id: gid('Employee', 9203), from: '2026-05-01', to: '2026-01-01' },
      hr,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['to'] });
  });
});
