/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, DomainEvent, Enrollment } from '@talentloop/db/entities';
import { toGlobalId as gid } from './common/relay';
import { signToken } from './auth/token';
import { Role } from './auth/viewer';
import { createFixture } from './testing/fixtures';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from './testing/harness';

let api: TestApi;
const t: Record<string, string> = {};
const E1 = gid('Employee', 9203);
const E2 = gid('Employee', 9204);
const E3 = gid('Employee', 9205);

beforeAll(async () => {
  api = await startTestApi();
  await createFixture(api.orm.em.fork());
  for (const u of ['hr', 'exec', 'manager', 'employee', 'integration', 'plant-manager'])
    t[u] = await api.login(`fx-${u}`);
});
afterAll(async () => api?.close());

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await api.gql(query, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data as any;
}
async function fails(query: string, variables: Record<string, unknown>, token: string | null) {
  const res = await api.gql(query, variables, token);
  expect(res.errors?.length).toBeGreaterThan(0);
  return res.errors![0]!;
}
const db = () => api.orm.em.fork();
async function events(type: string) {
  return db().find(DomainEvent, { type }, { orderBy: { id: 'asc' } });
}
async function audits(action: string) {
  return db().find(AuditLog, { action }, { orderBy: { id: 'asc' } });
}

const CREATE_COURSE = `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id code name category hours cost core mandatory passScore active } }`;
const CREATE_SESSION = `mutation($input: CreateCourseSessionInput!) { createCourseSession(input: $input) { id startsOn endsOn location capacity lecturer { name } course { code } } }`;
const ENROLL = `mutation($input: EnrollInput!) { enroll(input: $input) { id status attempt voluntary enrolledOn employee { name } course { code } session { startsOn } } }`;
const COMPLETE = `mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) { id status hours examScore practiceScore completedOn sessionRating session { ratingAvg ratingCount } } }`;
const SUBMIT = `mutation($input: SubmitPracticeCaseInput!) { submitPracticeCase(input: $input) { id status title course { code } employee { name } } }`;
const REVIEW = `mutation($input: ReviewPracticeCaseInput!) { reviewPracticeCase(input: $input) { id status reviewScore reviewComment reviewer { name } } }`;
const ADOPT = `mutation($id: ID!) { adoptPracticeCase(caseId: $id) { id adoptedAt } }`;
const CITE = `mutation($input: RecordCitationInput!) { recordCitation(input: $input) { id note department { name } practiceCase { title } } }`;
const KPI = `mutation($input: [KpiObservationInput!]!) { recordKpiObservations(input: $input) { index accepted outcome observationId problems { field message } } }`;
const REVIEW_PERF = `mutation($input: CreatePerformanceReviewInput!) { createPerformanceReview(input: $input) { id period periodStart baseScore trainingAdjustment finalScore rating reviewer { name } employee { name } } }`;
const FEEDBACK = `mutation($input: GivePeerFeedbackInput!) { givePeerFeedback(input: $input) { id period score comment } }`;

const course = {
  code: 'FX-TEAM-101',
  name: '团队管理基础(FX)',
  category: 'management',
  hours: 12,
  cost: '800.00',
  core: true,
  passScore: 80,
};
let courseId: string;
let sessionId: string;
let enrollmentId: string;
let caseId: string;

describe('courses and sessions', () => {
  it('HR creates a course; the write is audited and emits an event', async () => {
    const data = await ok(CREATE_COURSE, { input: course }, t.hr!);
    courseId = data.createCourse.id;
    expect(data.createCourse).toMatchObject({
      code: 'FX-TEAM-101',
      name: '团队管理基础(FX)',
      category: 'MANAGEMENT',
      hours: 12,
      cost: '800.00',
      core: true,
      mandatory: false,
      passScore: 80,
      active: true,
    });
    const [audit] = await audits('course.create');
    expect(audit).toMatchObject({ entityType: 'Course', before: null });
    expect(audit!.actor!.id).toBe(9501);
    expect(audit!.after).toMatchObject({ code: 'FX-TEAM-101', cost: '800.00' });
    const [event] = await events('COURSE_CREATED');
    expect(event!.payload).toEqual({ courseId: Number(audit!.entityId) });
  });

  it('rejects a duplicate code with CONFLICT naming the field', async () => {
    const error = await fails(CREATE_COURSE, { input: course }, t.hr!);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', fields: ['code'] });
  });

  it('names every invalid field', async () => {
    const error = await fails(
      CREATE_COURSE,
      { input: { ...course, code: 'X', hours: 0, cost: '-5', passScore: 101 } },
      t.hr!,
    );
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect([...error.extensions!.fields].sort()).toEqual(['code', 'cost', 'hours', 'passScore']);
    expect(error.message).toMatch(/hours: hours must not be less than 0\.5/);
  });

  it('is HR only', async () => {
    for (const user of ['manager', 'employee', 'exec', 'integration']) {
      expect(
        (await fails(CREATE_COURSE, { input: { ...course, code: 'FX-OTHER' } }, t[user]!)).extensions!.code,
      ).toBe('FORBIDDEN');
    }
    expect((await fails(CREATE_COURSE, { input: course }, null)).extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('updates only the given fields, auditing before and after', async () => {
    const data = await ok(
      `mutation($id: ID!) { updateCourse(id: $id, input: { cost: "850.50", mandatory: true }) { cost mandatory name } }`,
      { id: courseId },
      t.hr!,
    );
    expect(data.updateCourse).toEqual({ cost: '850.50', mandatory: true, name: '团队管理基础(FX)' });
    const [audit] = await audits('course.update');
    expect(audit!.before).toMatchObject({ cost: '800.00', mandatory: false });
    expect(audit!.after).toMatchObject({ cost: '850.50', mandatory: true });
  });

  it('schedules a session with an internal lecturer', async () => {
    const data = await ok(
      CREATE_SESSION,
      {
        input: {
          courseId,
          lecturerId: gid('Employee', 9201),
          startsOn: '2026-04-01',
          endsOn: '2026-04-02',
          location: 'HQ 3F',
          capacity: 25,
        },
      },
      t.hr!,
    );
    sessionId = data.createCourseSession.id;
    expect(data.createCourseSession).toMatchObject({
      startsOn: '2026-04-01',
      endsOn: '2026-04-02',
      location: 'HQ 3F',
      capacity: 25,
      lecturer: { name: 'Fixture Manager Sales' },
      course: { code: 'FX-TEAM-101' },
    });
    const error = await fails(
      CREATE_SESSION,
      { input: { courseId, startsOn: '2026-04-05', endsOn: '2026-04-01' } },
      t.hr!,
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['endsOn'] });
    const bad = await fails(
      CREATE_SESSION,
      { input: { courseId: gid('Course', 1234567), startsOn: '2026-04-05', endsOn: '2026-04-06' } },
      t.hr!,
    );
    expect(bad.extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['courseId'] });
  });
});

describe('enrolment and completion', () => {
  it('a manager enrols someone in their scope', async () => {
    const data = await ok(
      ENROLL,
      { input: { employeeId: E2, courseId, sessionId, enrolledOn: '2026-03-20' } },
      t.manager!,
    );
    enrollmentId = data.enroll.id;
    expect(data.enroll).toMatchObject({
      status: 'ENROLLED',
      attempt: 1,
      voluntary: false,
      enrolledOn: '2026-03-20',
      employee: { name: 'Fixture Employee Two' },
      course: { code: 'FX-TEAM-101' },
      session: { startsOn: '2026-04-01' },
    });
    const [event] = await events('ENROLLMENT_CREATED');
    expect(event!.payload).toMatchObject({ employeeId: 9204, voluntary: false });
  });

  it('refuses a second open enrolment, other departments and other people', async () => {
    expect(
      (await fails(ENROLL, { input: { employeeId: E2, courseId } }, t.manager!)).extensions,
    ).toMatchObject({ code: 'CONFLICT', fields: ['courseId'] });
    expect(
      (await fails(ENROLL, { input: { employeeId: E3, courseId } }, t.manager!)).extensions,
    ).toMatchObject({ code: 'FORBIDDEN', fields: ['employeeId'] });
    expect(
      (await fails(ENROLL, { input: { employeeId: E2, courseId } }, t.employee!)).extensions,
    ).toMatchObject({ code: 'FORBIDDEN', fields: ['employeeId'] });
    expect(
      (await fails(ENROLL, { input: { courseId, sessionId: gid('CourseSession', 9311) } }, t.employee!))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['sessionId'] });
  });

  it('an employee enrols themself (voluntary)', async () => {
    const data = await ok(ENROLL, { input: { courseId } }, t.employee!);
    expect(data.enroll).toMatchObject({
      status: 'ENROLLED',
      voluntary: true,
      employee: { name: 'Fixture Employee One' },
    });
  });

  it('a failed write changes nothing (transaction rolled back)', async () => {
    const e1Open = gid('Enrollment', 9602); // no session
    const error = await fails(
      COMPLETE,
      {
        input: {
          enrollmentId: e1Open,
          hours: 20,
          examScore: 90,
          sessionRating: 4,
          completedOn: '2026-03-01',
        },
      },
      t.hr!,
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['sessionRating'] });
    const row = await db().findOneOrFail(Enrollment, 9602);
    expect(row.status).toBe('ENROLLED');
    expect(row.hours).toBe(0);
  });

  it('records a failing exam as FAILED', async () => {
    const data = await ok(
      COMPLETE,
      {
        input: { enrollmentId: gid('Enrollment', 9602), hours: 22, examScore: 65, completedOn: '2026-03-01' },
      },
      t.hr!,
    );
    expect(data.recordCompletion).toMatchObject({
      status: 'FAILED',
      hours: 22,
      examScore: 65,
      completedOn: '2026-03-01',
    });
  });

  it('records completion with hours, scores and a session rating; emits ENROLLMENT_COMPLETED', async () => {
    const data = await ok(
      COMPLETE,
      {
        input: {
          enrollmentId,
          hours: 12,
          examScore: 86,
          practiceScore: 81.5,
          sessionRating: 5,
          completedOn: '2026-04-02',
        },
      },
      t.manager!,
    );
    expect(data.recordCompletion).toEqual({
      id: enrollmentId,
      status: 'COMPLETED',
      hours: 12,
      examScore: 86,
      practiceScore: 81.5,
      completedOn: '2026-04-02',
      sessionRating: 5,
      session: { ratingAvg: 5, ratingCount: 1 },
    });
    const completed = (await events('ENROLLMENT_COMPLETED')).map((e) => e.payload);
    expect(completed).toContainEqual({
      enrollmentId: Number(Buffer.from(enrollmentId, 'base64url').toString().split(':')[1]),
      employeeId: 9204,
      courseId: expect.any(Number),
      status: 'COMPLETED',
      completedOn: '2026-04-02',
      hours: 12,
      examScore: 86,
      practiceScore: 81.5,
    });
    const [, audit] = await audits('enrollment.complete');
    expect(audit!.before).toMatchObject({ status: 'ENROLLED', hours: 0 });
    expect(audit!.after).toMatchObject({ status: 'COMPLETED', hours: 12 });
  });

  it('a retake starts on a later day: the same day is a CONFLICT on enrolledOn', async () => {
    const sameDay = await fails(
      ENROLL,
      { input: { employeeId: E2, courseId, enrolledOn: '2026-03-20' } },
      t.hr!,
    );
    expect(sameDay.extensions).toMatchObject({ code: 'CONFLICT', fields: ['enrolledOn'] });
    expect(sameDay.message).toContain('2026-03-20');
    const before = await db().count(Enrollment, { employee: 9204 });
    const retake = await ok(ENROLL, { input: { employeeId: E2, courseId, enrolledOn: '2026-06-01' } }, t.hr!);
    expect(retake.enroll).toMatchObject({ status: 'ENROLLED', attempt: 2, enrolledOn: '2026-06-01' });
    expect(await db().count(Enrollment, { employee: 9204 })).toBe(before + 1);
  });

  it('refuses to complete twice, an employee recording results and bad values', async () => {
    // Other values for a recorded result (an identical resend is a no-op: enrollment.replay.test.ts).
    expect((await fails(COMPLETE, { input: { enrollmentId, hours: 1 } }, t.hr!)).extensions).toMatchObject({
      code: 'CONFLICT',
      fields: ['completedOn', 'hours', 'examScore', 'practiceScore'],
    });
    expect((await fails(COMPLETE, { input: { enrollmentId, hours: 1 } }, t.employee!)).extensions!.code).toBe(
      'FORBIDDEN',
    );
    const error = await fails(
      COMPLETE,
      { input: { enrollmentId, hours: -1, examScore: 120, sessionRating: 9 } },
      t.hr!,
    );
    expect([...error.extensions!.fields].sort()).toEqual(['examScore', 'hours', 'sessionRating']);
  });
});

describe('practice cases', () => {
  it('an employee submits a case for a completed course', async () => {
    const data = await ok(
      SUBMIT,
      {
        input: {
          enrollmentId: gid('Enrollment', 9601),
          title: 'Renewal playbook',
          summary: 'How I used the framework on three renewals.',
        },
      },
      t.employee!,
    );
    caseId = data.submitPracticeCase.id;
    expect(data.submitPracticeCase).toMatchObject({
      status: 'SUBMITTED',
      title: 'Renewal playbook',
      course: { code: 'FX-C-NEGO' },
      employee: { name: 'Fixture Employee One' },
    });
    const submitted = await events('PRACTICE_CASE_SUBMITTED');
    expect(submitted.at(-1)!.payload).toMatchObject({
      employeeId: 9203,
      enrollmentId: 9601,
      managerId: 9201,
    });
  });

  it('refuses a case on an unfinished course and short text', async () => {
    const open = await fails(
      SUBMIT,
      {
        input: {
          enrollmentId: gid('Enrollment', 9602),
          title: 'Too early',
          summary: 'This course is not finished.',
        },
      },
      t.employee!,
    );
    expect(open.extensions!.code).toMatch(/CONFLICT|BAD_USER_INPUT/);
    const short = await fails(SUBMIT, { input: { title: 'x', summary: 'short' } }, t.employee!);
    expect([...short.extensions!.fields].sort()).toEqual(['summary', 'title']);
  });

  it('the manager reviews it; approval needs a score', async () => {
    expect(
      (await fails(REVIEW, { input: { caseId, decision: 'APPROVE' } }, t.manager!)).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['score'] });
    expect(
      (await fails(REVIEW, { input: { caseId, decision: 'APPROVE', score: 90 } }, t['plant-manager']!))
        .extensions,
    ).toMatchObject({ code: 'NOT_FOUND', fields: ['caseId'] });
    expect(
      (await fails(REVIEW, { input: { caseId, decision: 'APPROVE', score: 90 } }, t.employee!)).extensions!
        .code,
    ).toBe('FORBIDDEN');
    const data = await ok(
      REVIEW,
      { input: { caseId, decision: 'APPROVE', score: 90, comment: 'Great reuse potential' } },
      t.manager!,
    );
    expect(data.reviewPracticeCase).toMatchObject({
      status: 'APPROVED',
      reviewScore: 90,
      reviewComment: 'Great reuse potential',
      reviewer: { name: 'Fixture Manager Sales' },
    });
    expect((await events('PRACTICE_CASE_REVIEWED')).at(-1)!.payload).toMatchObject({
      employeeId: 9203,
      decision: 'APPROVED',
      score: 90,
      reviewerEmployeeId: 9201,
    });
    expect(
      (await fails(REVIEW, { input: { caseId, decision: 'REJECT' } }, t.manager!)).extensions,
    ).toMatchObject({ code: 'CONFLICT', fields: ['caseId'] });
  });

  it('HR adopts it into the knowledge base, once', async () => {
    expect((await fails(ADOPT, { id: caseId }, t.manager!)).extensions!.code).toBe('FORBIDDEN');
    const data = await ok(ADOPT, { id: caseId }, t.hr!);
    expect(Date.parse(data.adoptPracticeCase.adoptedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await fails(ADOPT, { id: caseId }, t.hr!)).extensions).toMatchObject({
      code: 'CONFLICT',
      fields: ['caseId'],
    });
    expect((await events('PRACTICE_CASE_ADOPTED')).at(-1)!.payload).toMatchObject({ employeeId: 9203 });
  });

  it('another department’s manager records a citation for their own department only', async () => {
    const data = await ok(
      CITE,
      { input: { caseId, departmentId: gid('Department', 9004), note: 'Reused for supplier renewals' } },
      t['plant-manager']!,
    );
    expect(data.recordCitation).toMatchObject({
      note: 'Reused for supplier renewals',
      department: { name: 'Fixture Plant' },
      practiceCase: { title: 'Renewal playbook' },
    });
    expect(
      (await fails(CITE, { input: { caseId, departmentId: gid('Department', 9002) } }, t['plant-manager']!))
        .extensions,
    ).toMatchObject({ code: 'FORBIDDEN', fields: ['departmentId'] });
    expect((await events('PRACTICE_CASE_CITED')).at(-1)!.payload).toMatchObject({
      employeeId: 9203,
      departmentId: 9004,
    });
  });
});

describe('KPI feed', () => {
  const rows = [
    { employeeId: E1, kpi: 'FX_SALES_GROWTH', month: '2026-04', value: 16.5, sourceSystem: 'CRM' },
    {
      productionLine: 'FX-LINE-1',
      departmentId: gid('Department', 9004),
      kpi: 'FX_DEFECT_RATE',
      month: '2026-04-01',
      value: 2.9,
      sourceSystem: 'MES',
    },
    { employeeId: E1, kpi: 'NO_SUCH_KPI', month: '2026-04', value: 1, sourceSystem: 'CRM' },
    { employeeId: E1, kpi: 'FX_SALES_GROWTH', month: '2026-13', value: 1, sourceSystem: 'CRM' },
    {
      employeeId: E1,
      productionLine: 'FX-LINE-1',
      kpi: 'FX_SALES_GROWTH',
      month: '2026-05',
      value: 1,
      sourceSystem: 'CRM',
    },
    { employeeId: E1, kpi: 'FX_SALES_GROWTH', month: '2026-04-01', value: 17, sourceSystem: 'CRM' },
    {
      employeeId: gid('Employee', 999999),
      kpi: 'FX_SALES_GROWTH',
      month: '2026-04',
      value: 1,
      sourceSystem: 'CRM',
    },
  ];

  it('accepts and rejects row by row, naming fields', async () => {
    const data = await ok(KPI, { input: rows }, t.integration!);
    const results = data.recordKpiObservations;
    expect(results.map((r: any) => [r.index, r.accepted, r.outcome])).toEqual([
      [0, true, 'CREATED'],
      [1, true, 'CREATED'],
      [2, false, 'REJECTED'],
      [3, false, 'REJECTED'],
      [4, false, 'REJECTED'],
      [5, false, 'REJECTED'],
      [6, false, 'REJECTED'],
    ]);
    expect(results[2].problems).toEqual([{ field: 'input[2].kpi', message: 'unknown KPI code NO_SUCH_KPI' }]);
    expect(results[3].problems.map((p: any) => p.field)).toEqual(['input[3].month']);
    expect(results[4].problems.map((p: any) => p.field)).toEqual(['input[4].productionLine']);
    expect(results[5].problems).toEqual([
      { field: 'input[5].month', message: 'duplicates row 0 (same KPI, subject and month)' },
    ]);
    expect(results[6].problems).toEqual([{ field: 'input[6].employeeId', message: 'no such employee' }]);
    const stored = await ok(
      `query($id: ID!) { node(id: $id) { ... on KpiObservation { month value sourceSystem productionLine kpi { code } employee { name } } } }`,
      { id: results[0].observationId },
      t.hr!,
    );
    expect(stored.node).toEqual({
      month: '2026-04-01',
      value: 16.5,
      sourceSystem: 'CRM',
      productionLine: null,
      kpi: { code: 'FX_SALES_GROWTH' },
      employee: { name: 'Fixture Employee One' },
    });
    const series = await ok(
      `query($id: ID!) { kpiSeries(employeeId: $id, kpi: "FX_SALES_GROWTH", from: "2026-03-01") { points { month value sourceSystem } } }`,
      { id: E1 },
      t.hr!,
    );
    expect(series.kpiSeries.points).toEqual([
      { month: '2026-03-01', value: 11, sourceSystem: 'CRM' },
      { month: '2026-04-01', value: 16.5, sourceSystem: 'CRM' },
    ]);
    // One outbox event for the batch, carrying every written row.
    const batch = await events('KPI_BATCH_RECORDED');
    expect(batch).toHaveLength(1);
    expect(batch[0]!.payload.rows).toEqual([
      expect.objectContaining({
        kpiCode: 'FX_SALES_GROWTH',
        employeeId: 9203,
        month: '2026-04-01',
        value: 16.5,
        previousValue: null,
        productionLine: null,
      }),
      expect.objectContaining({
        kpiCode: 'FX_DEFECT_RATE',
        employeeId: null,
        productionLine: 'FX-LINE-1',
        departmentId: 9004,
        value: 2.9,
      }),
    ]);
  });

  it('is idempotent: the same feed again changes nothing, a corrected value updates the month', async () => {
    const again = await ok(KPI, { input: rows.slice(0, 2) }, t.integration!);
    expect(again.recordKpiObservations.map((r: any) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(await events('KPI_BATCH_RECORDED')).toHaveLength(1);
    const corrected = await ok(KPI, { input: [{ ...rows[0], value: 18 }] }, t.hr!);
    expect(corrected.recordKpiObservations[0]).toMatchObject({ accepted: true, outcome: 'UPDATED' });
    const recorded = await events('KPI_BATCH_RECORDED');
    expect(recorded).toHaveLength(2);
    expect(recorded[1]!.payload.rows).toEqual([expect.objectContaining({ value: 18, previousValue: 16.5 })]);
    const audit = (await audits('kpiObservation.record')).at(-1)!;
    expect(audit.before).toEqual({ rows: [expect.objectContaining({ month: '2026-04-01', value: 16.5 })] });
    expect(audit.after).toEqual({ rows: [expect.objectContaining({ month: '2026-04-01', value: 18 })] });
  });

  it('a feed-only token writes without reading, and a department-limited token only for its subtree', async () => {
    const feedOnly = await signToken(
      { userId: 9505, role: Role.INTEGRATION, employeeId: null, departmentId: null, scopes: ['kpi:write'] },
      TEST_JWT_SECRET,
    );
    const row = { employeeId: E3, kpi: 'FX_DEFECT_RATE', month: '2026-05', value: 3.1, sourceSystem: 'MES' };
    expect((await ok(KPI, { input: [row] }, feedOnly)).recordKpiObservations[0].outcome).toBe('CREATED');
    expect((await ok('{ employees { totalCount } }', {}, feedOnly)).employees.totalCount).toBe(0);
    const plantOnly = await signToken(
      {
        userId: 9505,
        role: Role.INTEGRATION,
        employeeId: null,
        departmentId: 9004,
        scopes: ['kpi:write', 'archive:read'],
      },
      TEST_JWT_SECRET,
    );
    const results = (
      await ok(
        KPI,
        {
          input: [
            { ...row, month: '2026-06' },
            { ...rows[0], month: '2026-06' },
          ],
        },
        plantOnly,
      )
    ).recordKpiObservations;
    expect(results.map((r: any) => r.outcome)).toEqual(['CREATED', 'REJECTED']);
    expect(results[1].problems).toEqual([
      { field: 'input[1].employeeId', message: 'is outside the departments this token may write for' },
    ]);
    const visible = (await ok('{ employees(first: 10) { nodes { employeeNo } } }', {}, plantOnly)).employees
      .nodes;
    expect(visible.map((n: any) => n.employeeNo)).toEqual(['FX0002', 'FX0005']);
  });

  it('is for HR and kpi:write integrations only; batch size is bounded', async () => {
    for (const user of ['manager', 'employee', 'exec']) {
      expect((await fails(KPI, { input: rows.slice(0, 1) }, t[user]!)).extensions!.code).toBe('FORBIDDEN');
    }
    const big = Array.from({ length: 1001 }, () => rows[0]);
    expect((await fails(KPI, { input: big }, t.hr!)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['input'],
    });
  });
});

describe('performance reviews and peer feedback', () => {
  it('a manager reviews someone in scope; final = base + adjustment; rating derived', async () => {
    const data = await ok(
      REVIEW_PERF,
      { input: { employeeId: E2, period: '2026-Q1', baseScore: 84, trainingAdjustment: 3 } },
      t.manager!,
    );
    expect(data.createPerformanceReview).toMatchObject({
      period: '2026-Q1',
      periodStart: '2026-01-01',
      baseScore: 84,
      trainingAdjustment: 3,
      finalScore: 87,
      rating: 'A',
      reviewer: { name: 'Fixture Manager Sales' },
      employee: { name: 'Fixture Employee Two' },
    });
    expect((await events('PERFORMANCE_REVIEWED')).at(-1)!.payload).toMatchObject({
      employeeId: 9204,
      period: '2026-Q1',
      finalScore: 87,
      rating: 'A',
    });
  });

  it('refuses duplicates, other departments, self-review and bad periods', async () => {
    const input = { employeeId: E2, period: '2026-Q1', baseScore: 70 };
    expect((await fails(REVIEW_PERF, { input }, t.manager!)).extensions).toMatchObject({
      code: 'CONFLICT',
      fields: ['period'],
    });
    expect(
      (await fails(REVIEW_PERF, { input: { ...input, employeeId: E3 } }, t.manager!)).extensions,
    ).toMatchObject({ code: 'FORBIDDEN', fields: ['employeeId'] });
    expect(
      (await fails(REVIEW_PERF, { input: { ...input, employeeId: gid('Employee', 9201) } }, t.manager!))
        .extensions,
    ).toMatchObject({ code: 'FORBIDDEN', fields: ['employeeId'] });
    const bad = await fails(REVIEW_PERF, { input: { ...input, period: '2026-Q5', baseScore: 120 } }, t.hr!);
    expect([...bad.extensions!.fields].sort()).toEqual(['baseScore', 'period']);
    expect((await fails(REVIEW_PERF, { input }, t.employee!)).extensions!.code).toBe('FORBIDDEN');
  });

  it('an employee gives feedback to a colleague in the same department only', async () => {
    const data = await ok(
      FEEDBACK,
      { input: { employeeId: E2, period: '2026-Q1', score: 88, comment: 'Always helps' } },
      t.employee!,
    );
    expect(data.givePeerFeedback).toMatchObject({ period: '2026-Q1', score: 88, comment: 'Always helps' });
    expect(
      (await fails(FEEDBACK, { input: { employeeId: E2, period: '2026-Q1', score: 80 } }, t.employee!))
        .extensions,
    ).toMatchObject({ code: 'CONFLICT', fields: ['period'] });
    expect(
      (await fails(FEEDBACK, { input: { employeeId: E3, period: '2026-Q1', score: 80 } }, t.employee!))
        .extensions,
    ).toMatchObject({ code: 'FORBIDDEN', fields: ['employeeId'] });
    expect(
      (await fails(FEEDBACK, { input: { employeeId: E1, period: '2026-Q1', score: 80 } }, t.employee!))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['employeeId'] });
    expect((await events('PEER_FEEDBACK_GIVEN')).at(-1)!.payload).toMatchObject({
      employeeId: 9204,
      fromEmployeeId: 9203,
      score: 88,
    });
  });
});
