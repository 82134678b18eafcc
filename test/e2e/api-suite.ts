/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@talentloop/api/testing/harness';
import { ARCHIVE_QUERY } from '@talentloop/api/testing/queries';
import { APPENDED_FIXTURES, FIXTURES } from '@talentloop/db/seed';

/**
 * The API over real HTTP against the seeded synthetic company (60 employees, seed 7), with the
 * demo logins. Values come from db/seed/GROUND_TRUTH.md (fixture employees TL9000xx).
 * Shared by api-embedded.test.ts (PGlite) and api-postgres.test.ts (a real PostgreSQL).
 */
export function apiSuite(mode: string) {
  let api: TestApi;
  const t: Record<string, string> = {};
  const id: Record<string, string> = {};

  async function ok(query: string, variables: Record<string, unknown> = {}, token = t.hr!) {
    const res = await api.gql(query, variables, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data as any;
  }
  async function code(query: string, variables: Record<string, unknown>, token: string | null) {
    const res = await api.gql(query, variables, token);
    expect(JSON.stringify(res.data ?? {})).not.toMatch(/TL9|talentloop\.cn/);
    return res.errors?.[0]?.extensions?.code;
  }

  beforeAll(async () => {
    api = await startTestApi({ seed: { employees: 60, seed: 7 } });
    for (const u of ['hr', 'exec', 'manager', 'employee', 'integration', 'manager.mfg'])
      t[u] = await api.login(u);
    const all = await ok(
      `{ employees(first: 100, filter: { search: "TL9000" }) { nodes { id employeeNo } } }`,
    );
    for (const n of all.employees.nodes) id[n.employeeNo] = n.id;
  });
  afterAll(async () => api?.close());

  describe(`seeded company over HTTP (${mode})`, () => {
    it('every demo login signs in with its role and claims', async () => {
      const roles: Record<string, string> = {
        hr: 'HR',
        exec: 'EXECUTIVE',
        manager: 'MANAGER',
        employee: 'EMPLOYEE',
        integration: 'INTEGRATION',
      };
      for (const [user, role] of Object.entries(roles)) {
        expect((await ok('{ me { username role } }', {}, t[user]!)).me).toEqual({ username: user, role });
      }
      const me = (await ok('{ me { scopes employee { employeeNo name managerName } } }', {}, t.employee!)).me;
      expect(me.employee).toMatchObject({ employeeNo: FIXTURES.promotionCandidate, name: '黄佳琪' });
      const manager = (await ok('{ me { employee { name department { name path } } } }', {}, t.manager!)).me
        .employee;
      expect(manager.department.name).toBe('华东销售部');
      expect(me.employee.managerName).toBe(manager.name);
      expect((await ok('{ me { scopes } }', {}, t.integration!)).me.scopes).toEqual(
        expect.arrayContaining(['archive:read', 'kpi:write']),
      );
    });

    it('a manager sees exactly the department subtree', async () => {
      const manager = (await ok('{ me { employee { department { path } } } }', {}, t.manager!)).me.employee;
      const list = (
        await ok(
          '{ employees(first: 100) { totalCount nodes { employeeNo department { path } } } }',
          {},
          t.manager!,
        )
      ).employees;
      expect(list.totalCount).toBe(list.nodes.length);
      expect(list.nodes.every((n: any) => n.department.path.startsWith(manager.department.path))).toBe(true);
      expect(list.nodes.map((n: any) => n.employeeNo)).toEqual(
        expect.arrayContaining([FIXTURES.awardCandidate, FIXTURES.promotionCandidate]),
      );
      const everyone = (await ok('{ employees(first: 1) { totalCount } }')).employees.totalCount;
      // 60 generated employees + the appended fixture TL900009
      expect(everyone).toBe(60 + APPENDED_FIXTURES.length);
      expect(list.totalCount).toBeLessThan(everyone);
    });

    it('role × operation matrix: out-of-scope reads are denied, never answered', async () => {
      const lean = id[FIXTURES.leanContribution]!;
      const award = id[FIXTURES.awardCandidate]!;
      const EMP = `query($id: ID!) { employee(id: $id) { employeeNo email } }`;
      const SERIES = `query($id: ID!) { kpiSeries(employeeId: $id, kpi: "DEFECT_RATE") { points { value } } }`;
      // manager (华东销售部) → a manufacturing employee
      expect((await api.gql(EMP, { id: lean }, t.manager)).data!.employee).toBeNull();
      expect(await code(ARCHIVE_QUERY, { id: lean }, t.manager!)).toBe('FORBIDDEN');
      expect(await code(SERIES, { id: lean }, t.manager!)).toBe('FORBIDDEN');
      // employee → a colleague's archive
      expect(await code(ARCHIVE_QUERY, { id: award }, t.employee!)).toBe('FORBIDDEN');
      expect((await api.gql(EMP, { id: award }, t.employee)).data!.employee).toBeNull();
      expect(
        (await ok('{ employees(first: 100) { totalCount } }', {}, t.employee!)).employees.totalCount,
      ).toBe(1);
      // unauthenticated
      expect(await code(ARCHIVE_QUERY, { id: award }, null)).toBe('UNAUTHENTICATED');
      // the manager of manufacturing does see it
      expect((await ok(SERIES, { id: lean }, t['manager.mfg']!)).kpiSeries.points.length).toBe(24);
    });

    it('PII: HR and the person see it, executives and integrations get it masked', async () => {
      const EMP = `query($id: ID!) { employee(id: $id) { email phone } }`;
      const who = id[FIXTURES.promotionCandidate]!;
      const hr = (await ok(EMP, { id: who })).employee;
      expect(hr.email).toBe('tl900008@talentloop.cn');
      expect(hr.phone).toMatch(/^\d{11}$/);
      expect((await ok(EMP, { id: who }, t.employee!)).employee).toEqual(hr);
      for (const user of ['exec', 'integration']) {
        const masked = (await ok(EMP, { id: who }, t[user]!)).employee;
        expect(masked.email).toBe('t*******@talentloop.cn');
        expect(masked.phone).toBe(`${hr.phone.slice(0, 3)}****${hr.phone.slice(-4)}`);
      }
    });

    it('the award candidate’s 2026 archive matches the ground truth', async () => {
      const archive = (
        await ok(ARCHIVE_QUERY, { id: id[FIXTURES.awardCandidate], from: '2026-01-01', to: '2026-12-31' })
      ).growthArchive;
      expect(archive.summary).toMatchObject({
        year: 2026,
        hoursThisYear: 125,
        standardHours: 100,
        hoursRatio: 1.25,
        approvedCases: 1,
        adoptedCases: 1,
      });
      const lectures = archive.events.filter((e: any) => e.__typename === 'LectureGivenEvent');
      expect(lectures).toHaveLength(2);
      expect(lectures.every((l: any) => l.lectureRating !== null && l.ratingCount > 0)).toBe(true);
      expect(archive.events.filter((e: any) => e.__typename === 'PracticeCaseCitedEvent')).toHaveLength(3);
      const days = archive.events.map((e: any) => e.occurredOn);
      expect(days).toEqual([...days].sort());
    });

    it('the junior-manager candidate: both management courses passed, no approved case', async () => {
      const archive = (await ok(ARCHIVE_QUERY, { id: id[FIXTURES.juniorManagerCandidate] })).growthArchive;
      const exams = Object.fromEntries(
        archive.events
          .filter((e: any) => e.__typename === 'EnrollmentCompletedEvent' && e.passed)
          .map((e: any) => [e.course.code, e.examScore]),
      );
      expect(exams).toMatchObject({ TEAM_MGMT_BASICS: 86, PROJECT_COORD: 82 });
      expect(archive.summary.approvedCases).toBe(0);
      expect(archive.events.filter((e: any) => e.__typename === 'PracticeCaseSubmittedEvent')).toHaveLength(
        1,
      );
      expect(archive.summary.nextPositions).toEqual([{ toPosition: { code: 'JUNIOR_MANAGER' } }]);
    });

    it('KPI series, catalogue, positions and the org tree', async () => {
      const series = (
        await ok(
          `query($id: ID!) { kpiSeries(employeeId: $id, kpi: "SALES_GROWTH", from: "2026-04-01", to: "2026-07-31") { points { month value } } }`,
          { id: id[FIXTURES.negotiationExcellent] },
        )
      ).kpiSeries;
      expect(series.points).toEqual([
        { month: '2026-04-01', value: 0 },
        { month: '2026-05-01', value: 0 },
        { month: '2026-06-01', value: 18 },
        { month: '2026-07-01', value: 18 },
      ]);
      const courses = await ok(
        `{ all: courses(first: 100) { totalCount } nego: courses(filter: { search: "NEGOTIATION" }) { nodes { name cost core rating { count } kpiBindings { kpi { code } } sessions { lecturerName } } } }`,
      );
      expect(courses.all.totalCount).toBe(49);
      const nego = courses.nego.nodes[0];
      expect(nego).toMatchObject({ name: '客户谈判技巧', cost: '2400.00', core: true });
      expect(nego.kpiBindings.map((b: any) => b.kpi.code)).toEqual(
        expect.arrayContaining(['SALES_GROWTH', 'CUSTOMER_RETENTION']),
      );
      const positions = (
        await ok('{ positions(family: SALES) { name nextPositions { toPosition { name } } } }')
      ).positions;
      expect(positions.find((p: any) => p.name === '客户经理').nextPositions).toEqual([
        { toPosition: { name: '高级客户经理' } },
      ]);
      const tree = (await ok('{ departments { name depth children { name } } }')).departments;
      expect(tree).toHaveLength(1);
      expect(tree[0]).toMatchObject({ name: '总部', depth: 0 });
      expect(tree[0].children.map((c: any) => c.name)).toEqual(
        expect.arrayContaining(['销售中心', '制造中心', '研发中心']),
      );
    });

    it('node, course, KPI definitions and the knowledge base', async () => {
      const award = id[FIXTURES.awardCandidate]!;
      expect(
        (await ok(`query($id: ID!) { node(id: $id) { id ... on Employee { name } } }`, { id: award })).node,
      ).toEqual({
        id: award,
        name: '林晓燕',
      });
      const kpis = (await ok('{ kpiDefinitions { code direction valuePerUnit } }')).kpiDefinitions;
      expect(kpis).toHaveLength(7);
      expect(kpis.find((k: any) => k.code === 'SALES_GROWTH')).toEqual({
        code: 'SALES_GROWTH',
        direction: 'HIGHER_IS_BETTER',
        valuePerUnit: '1000.0000',
      });
      expect(kpis.find((k: any) => k.code === 'DEFECT_RATE').direction).toBe('LOWER_IS_BETTER');
      const nego = (await ok('{ courses(filter: { search: "NEGOTIATION" }) { nodes { id } } }')).courses
        .nodes[0].id;
      expect((await ok(`query($id: ID!) { course(id: $id) { code hours } }`, { id: nego })).course).toEqual({
        code: 'NEGOTIATION',
        hours: 16,
      });
      // The manager's knowledge base includes the award candidate's adopted case, with its author.
      const kb = (
        await ok(
          '{ practiceCases(adopted: true, first: 100) { totalCount nodes { title employee { employeeNo } citations { id } } } }',
          {},
          t.manager!,
        )
      ).practiceCases;
      const own = kb.nodes.find((c: any) => c.employee?.employeeNo === FIXTURES.awardCandidate);
      expect(own.title).toContain('客户关系管理');
      expect(own.citations).toHaveLength(3);
      expect(kb.totalCount).toBeGreaterThanOrEqual(kb.nodes.length);
    });

    it('the learn → improve → reward loop through the mutations, as each role', async () => {
      const me = id[FIXTURES.promotionCandidate]!;
      const course = (
        await ok(
          `mutation { createCourse(input: { code: "E2E-SEGMENT", name: "客户分层策略(E2E)", category: "SALES", hours: 8, cost: "600.00", core: true }) { id } }`,
        )
      ).createCourse.id;
      const session = (
        await ok(
          `mutation($c: ID!) { createCourseSession(input: { courseId: $c, startsOn: "2026-11-02", endsOn: "2026-11-03" }) { id } }`,
          { c: course },
        )
      ).createCourseSession.id;
      const enrollment = (
        await ok(
          `mutation($c: ID!, $s: ID!) { enroll(input: { courseId: $c, sessionId: $s, enrolledOn: "2026-11-02" }) { id status voluntary } }`,
          { c: course, s: session },
          t.employee!,
        )
      ).enroll;
      expect(enrollment).toMatchObject({ status: 'ENROLLED', voluntary: true });
      const done = (
        await ok(
          `mutation($e: ID!) { recordCompletion(input: { enrollmentId: $e, completedOn: "2026-11-03", hours: 8, examScore: 92, practiceScore: 95, sessionRating: 5 }) { status hours } }`,
          { e: enrollment.id },
          t.manager!,
        )
      ).recordCompletion;
      expect(done).toEqual({ status: 'COMPLETED', hours: 8 });
      const submitted = (
        await ok(
          `mutation($e: ID!) { submitPracticeCase(input: { enrollmentId: $e, title: "分层运营实践", summary: "把客户分为三层后续约率提升。" }) { id status } }`,
          { e: enrollment.id },
          t.employee!,
        )
      ).submitPracticeCase;
      const reviewed = (
        await ok(
          `mutation($c: ID!) { reviewPracticeCase(input: { caseId: $c, decision: APPROVE, score: 91 }) { status reviewScore } }`,
          { c: submitted.id },
          t.manager!,
        )
      ).reviewPracticeCase;
      expect(reviewed).toEqual({ status: 'APPROVED', reviewScore: 91 });
      await ok(`mutation($c: ID!) { adoptPracticeCase(caseId: $c) { id } }`, { c: submitted.id });
      const mfg = (await ok('{ me { employee { department { id } } } }', {}, t['manager.mfg']!)).me.employee
        .department.id;
      const cited = (
        await ok(
          `mutation($c: ID!, $d: ID!) { recordCitation(input: { caseId: $c, departmentId: $d, note: "车间客户分层" }) { department { name } } }`,
          { c: submitted.id, d: mfg },
          t['manager.mfg']!,
        )
      ).recordCitation;
      expect(cited.department.name).toBe('制造中心');
      const kpi = (
        await ok(
          `mutation($e: ID!) { recordKpiObservations(input: [{ employeeId: $e, kpi: "SALES_GROWTH", month: "2026-11", value: 9.5, sourceSystem: "CRM" }]) { outcome } }`,
          { e: me },
          t.integration!,
        )
      ).recordKpiObservations;
      expect(kpi).toEqual([{ outcome: 'CREATED' }]);
      const again = (
        await ok(
          `mutation($e: ID!) { recordKpiObservations(input: [{ employeeId: $e, kpi: "SALES_GROWTH", month: "2026-11-01", value: 9.5, sourceSystem: "CRM" }]) { outcome } }`,
          { e: me },
          t.integration!,
        )
      ).recordKpiObservations;
      expect(again).toEqual([{ outcome: 'UNCHANGED' }]);
      const review = (
        await ok(
          `mutation($e: ID!) { createPerformanceReview(input: { employeeId: $e, period: "2026-Q4", baseScore: 88, trainingAdjustment: 4 }) { finalScore rating } }`,
          { e: me },
          t.manager!,
        )
      ).createPerformanceReview;
      expect(review).toEqual({ finalScore: 92, rating: 'A' });
      const feedback = (
        await ok(
          `mutation($e: ID!) { givePeerFeedback(input: { employeeId: $e, period: "2026-Q4", score: 95 }) { score } }`,
          { e: id[FIXTURES.awardCandidate] },
          t.employee!,
        )
      ).givePeerFeedback;
      expect(feedback).toEqual({ score: 95 });

      const archive = (await ok(ARCHIVE_QUERY, { id: me, from: '2026-11-01', to: '2026-12-31' }, t.employee!))
        .growthArchive;
      const kinds = archive.events.map((e: any) => e.__typename);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'EnrollmentCompletedEvent',
          'PracticeCaseSubmittedEvent',
          'PracticeCaseApprovedEvent',
          'PracticeCaseAdoptedEvent',
          'PracticeCaseCitedEvent',
          'KpiChangeEvent',
          'PerformanceReviewedEvent',
        ]),
      );
      expect(archive.events.find((e: any) => e.__typename === 'KpiChangeEvent')).toMatchObject({
        month: '2026-11-01',
        value: 9.5,
      });
      expect(archive.summary.latestReviewPeriod).toBe('2026-Q4');
    });
  });
}
