/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value */
import { AppRole, AppUser } from '@talentloop/db/entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId as gid } from '../../common/relay';
import { createFixture } from '../../testing/fixtures';
import { startTestApi, type TestApi } from '../../testing/harness';

// An LMS's nightly sync resends every result it holds (issue 13). recordCompletion with the
// values already recorded is a no-op that returns the enrolment: no row, audit entry or outbox
// event is written. Different values for a recorded result stay a CONFLICT naming the fields.

let api: TestApi;
let lms = '';
let enrollmentId = '';

const COMPLETE = `mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) {
  id status hours examScore practiceScore completedOn sessionRating session { ratingAvg ratingCount } } }`;

async function gql(query: string, variables: Record<string, unknown>, token: string) {
  return api.gql(query, variables, token) as Promise<{ data?: any; errors?: any[] }>;
}
async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await gql(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

/** Everything a completion writes: the enrolments and sessions as text, and the log tables' sizes. */
async function state() {
  const [row] = await api.orm.em
    .fork()
    .getConnection()
    .execute(
      `select (select md5(string_agg(e::text, '|' order by e.id)) from enrollment e) as enrollments,
              (select md5(string_agg(s::text, '|' order by s.id)) from course_session s) as sessions,
              (select count(*) from audit_log)::int as audit,
              (select count(*) from domain_event)::int as events,
              (select count(*) from webhook_event)::int as webhooks,
              (select count(*) from task)::int as tasks`,
    );
  return row;
}

beforeAll(async () => {
  api = await startTestApi();
  const em = api.orm.em.fork();
  await createFixture(em);
  em.create(AppUser, {
    username: 'rp-lms',
    role: AppRole.INTEGRATION,
    scopes: ['archive:read', 'archive:write'],
  });
  await em.flush();
  lms = await api.login('rp-lms');
  const enrolled = await ok(
    `mutation($input: EnrollInput!) { enroll(input: $input) { id } }`,
    { input: { employeeId: gid('Employee', 9205), courseId: gid('Course', 9302), enrolledOn: '2026-03-01' } },
    lms,
  );
  enrollmentId = enrolled.enroll.id;
});
afterAll(async () => api?.close());

const result = () => ({
  enrollmentId,
  completedOn: '2026-03-06',
  hours: 7.5,
  examScore: 90.5,
  practiceScore: 81,
});

describe('recordCompletion replayed by an LMS', () => {
  it('the first call records the result; the identical replay returns it and writes nothing', async () => {
    const first = await ok(COMPLETE, { input: result() }, lms);
    expect(first.recordCompletion).toMatchObject({
      status: 'COMPLETED',
      hours: 7.5,
      examScore: 90.5,
      practiceScore: 81,
      completedOn: '2026-03-06',
    });
    const before = await state();
    const again = await ok(COMPLETE, { input: result() }, lms);
    expect(again.recordCompletion).toEqual(first.recordCompletion);
    // A value the column stores the same (scores keep two decimals) is the same result.
    await ok(COMPLETE, { input: { ...result(), examScore: 90.501 } }, lms);
    expect(await state()).toEqual(before);
  });

  it('a different payload for a recorded result is a CONFLICT naming every differing field', async () => {
    const before = await state();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ examScore: 85 }, ['examScore']],
      [{ completedOn: '2026-03-07', hours: 8 }, ['completedOn', 'hours']],
      [{ practiceScore: null }, ['practiceScore']],
      // completedOn defaults to today, which is not the recorded day.
      [{ completedOn: undefined }, ['completedOn']],
    ];
    for (const [change, fields] of cases) {
      const res = await gql(COMPLETE, { input: { ...result(), ...change } }, lms);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions, JSON.stringify(change)).toEqual({ code: 'CONFLICT', fields });
    }
    expect(await state()).toEqual(before);
  });

  it('a FAILED result and a rated session replay as no-ops too; the rating is not counted twice', async () => {
    const before = await state();
    const failed = await ok(
      COMPLETE,
      {
        input: { enrollmentId: gid('Enrollment', 9603), completedOn: '2026-01-11', hours: 16, examScore: 55 },
      },
      lms,
    );
    expect(failed.recordCompletion).toMatchObject({ status: 'FAILED', examScore: 55 });
    const rated = {
      enrollmentId: gid('Enrollment', 9601),
      completedOn: '2026-01-11',
      hours: 16,
      examScore: 85,
      practiceScore: 78,
      sessionRating: 5,
    };
    const replay = await ok(COMPLETE, { input: rated }, lms);
    expect(replay.recordCompletion).toMatchObject({
      status: 'COMPLETED',
      sessionRating: 5,
      session: { ratingAvg: 4.5, ratingCount: 2 },
    });
    // Leaving the rating out leaves it as recorded; another rating is a change.
    await ok(COMPLETE, { input: { ...rated, sessionRating: undefined } }, lms);
    expect(await state()).toEqual(before);
    const rerated = await gql(COMPLETE, { input: { ...rated, sessionRating: 3 } }, lms);
    expect(rerated.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', fields: ['sessionRating'] });
    expect(await state()).toEqual(before);
  });

  it('a replay still needs the right to record results', async () => {
    const employee = await api.login('fx-employee');
    const res = await gql(COMPLETE, { input: result() }, employee);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
