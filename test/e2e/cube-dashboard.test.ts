import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '@talentloop/api/issue-token';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import {
  courseContributionQuery,
  courseTrainingQuery,
  executiveDashboard,
  load,
  participationQuery,
  trainingRoiDetailQuery,
  type RunningCube,
} from '@talentloop/semantic';
import { startTestCube } from '@talentloop/semantic/testing';

// Cross-package: tokens issued by the API (issueToken, the same claims devLogin signs) are
// accepted by Cube, scoped per role, and the executive dashboard is served from
// pre-aggregations once they are built.
const SECRET = 'e2e-cube-secret-e2e-cube-secret-e2e-cube-secret';

let db: TestDatabase;
let cube: RunningCube;
const userQueries: { sql: string }[] = [];
const tokens: Record<string, string> = {};
const opts = () => ({ url: cube.url, timeoutMs: 500_000 });
let firstLoad: Awaited<ReturnType<typeof executiveDashboard>>;

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: 300, seed: 42 } });
  cube = await startTestCube(db.url, SECRET, {
    logger: (message, params) => {
      // Every query Cube runs against the database passes here; keep the dashboard's own queries
      // (their aliases name a view) apart from refresh-key checks and pre-aggregation builds.
      if (message !== 'Performing query') return;
      const sql = JSON.stringify(params?.queryKey ?? '');
      if (
        /\b(training_participation|course_training|course_contribution|training_roi|promotion_profile|award_traits|lecturer_value_added)__/.test(
          sql,
        )
      ) {
        userQueries.push({ sql });
      }
    },
  });
  for (const username of ['exec', 'hr', 'manager', 'employee', 'integration']) {
    tokens[username] = await issueToken(db.url, SECRET, username, '1h');
  }
  // The first load builds the rollups (lazily) — minutes on a busy 2-core machine, so it runs
  // under the hook's budget rather than a test's.
  firstLoad = await executiveDashboard(tokens.exec!, opts());
}, 600_000);

afterAll(async () => {
  await cube?.stop();
  await db?.close();
});

describe('Cube with API-issued tokens', () => {
  it('serves the whole executive dashboard, from pre-aggregations', async () => {
    // The first load (beforeAll) built the rollups; a later Cube-side cache miss must read them.
    const first = firstLoad;
    expect(first.courseContribution!.length).toBeGreaterThan(0);
    expect(first.participationTrend!.length).toBeGreaterThanOrEqual(24);
    userQueries.length = 0;
    // A filter value no earlier query used: not in Cube's result cache, so SQL must run.
    const rows = await load(
      'training_participation',
      participationQuery('position_family', { from: '2025-03-01', to: '2025-05-31' }),
      tokens.exec!,
      opts(),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(userQueries.length).toBeGreaterThan(0);
    for (const q of userQueries) expect(q.sql).toContain('cube_pre_aggregations.');
  });

  it('a manager gets the same query scoped to the own subtree; HR gets everyone', async () => {
    const june = participationQuery('none', { from: '2026-06-01', to: '2026-06-30' });
    const [asHr, asManager] = await Promise.all([
      load('training_participation', june, tokens.hr!, opts()),
      load('training_participation', june, tokens.manager!, opts()),
    ]);
    expect(asHr[0]!.n).toBeGreaterThan(asManager[0]!.n);
    expect(asManager[0]!.n).toBeGreaterThanOrEqual(5);
    // Scoped queries hit the per-department rollups (department_path is part of them).
    userQueries.length = 0;
    const autumn = participationQuery('department', { from: '2025-09-01', to: '2025-10-31' });
    await load('training_participation', autumn, tokens.manager!, opts());
    expect(userQueries.length).toBeGreaterThanOrEqual(1);
    for (const q of userQueries) expect(q.sql).toContain('cube_pre_aggregations.');
    // Distinct learners are exact (count_distinct): a rollup serves only queries with exactly its
    // dimensions, so a scoped, period-filtered course query reads the source — and still answers.
    userQueries.length = 0;
    const year = courseTrainingQuery('course', { from: '2025-01-01', to: '2025-12-31' });
    const courses = await load('course_training', year, tokens.manager!, opts());
    expect(courses.every((r) => r.n >= 5)).toBe(true);
    expect(userQueries.length).toBeGreaterThanOrEqual(1);
    for (const q of userQueries) expect(q.sql).not.toContain('cube_pre_aggregations.');
  });

  it('the employee reads only their own ROI rows, and no company statistics', async () => {
    const own = await load(
      'training_roi_detail',
      trainingRoiDetailQuery({ limit: 100 }),
      tokens.employee!,
      opts(),
    );
    const ids = new Set(own.map((r) => r.employeeId));
    expect(ids.size).toBeLessThanOrEqual(1);
    await expect(
      load('course_contribution', courseContributionQuery(), tokens.employee!, opts()),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('an integration token with analytics:read reads aggregates, not employee rows', async () => {
    const rows = await load('course_contribution', courseContributionQuery(), tokens.integration!, opts());
    expect(rows.some((r) => r.estimate !== null)).toBe(true);
    await expect(
      load('training_roi_detail', trainingRoiDetailQuery(), tokens.integration!, opts()),
    ).rejects.toMatchObject({ status: 403 });
  });
});
