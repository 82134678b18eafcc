import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '@talentloop/api/issue-token';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import {
  courseContribution,
  courseTraining,
  executiveDashboard,
  participation,
  trainingRoiDetail,
  startCube,
  type RunningCube,
} from '@talentloop/semantic';

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
  cube = await startCube({
    databaseUrl: db.url,
    port: 0,
    jwtSecret: SECRET,
    refreshSeconds: false,
    maxPoolSize: 4,
    concurrency: 2,
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
    expect(first.contribution.length).toBeGreaterThan(0);
    expect(first.trend.length).toBeGreaterThanOrEqual(24);
    userQueries.length = 0;
    // A filter value no earlier query used: not in Cube's result cache, so SQL must run.
    const rows = await participation(
      tokens.exec!,
      { by: 'position_family', from: '2025-03-01', to: '2025-05-31' },
      opts(),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(userQueries.length).toBeGreaterThan(0);
    for (const q of userQueries) expect(q.sql).toContain('cube_pre_aggregations.');
  });

  it('a manager gets the same query scoped to the own subtree; HR gets everyone', async () => {
    const [asHr, asManager] = await Promise.all([
      participation(tokens.hr!, { from: '2026-06-01', to: '2026-06-30' }, opts()),
      participation(tokens.manager!, { from: '2026-06-01', to: '2026-06-30' }, opts()),
    ]);
    expect(asHr[0]!.n).toBeGreaterThan(asManager[0]!.n);
    expect(asManager[0]!.n).toBeGreaterThanOrEqual(5);
    // Scoped queries hit the per-department rollups (department_path is part of them).
    userQueries.length = 0;
    await participation(tokens.manager!, { by: 'department', from: '2025-09-01', to: '2025-10-31' }, opts());
    await courseTraining(tokens.manager!, { by: 'course', from: '2025-01-01', to: '2025-12-31' }, opts());
    expect(userQueries.length).toBeGreaterThanOrEqual(2);
    for (const q of userQueries) expect(q.sql).toContain('cube_pre_aggregations.');
  });

  it('the employee reads only their own ROI rows, and no company statistics', async () => {
    const own = await trainingRoiDetail(tokens.employee!, { limit: 100 }, opts());
    const ids = new Set(own.map((r) => r.employeeId));
    expect(ids.size).toBeLessThanOrEqual(1);
    await expect(courseContribution(tokens.employee!, opts())).rejects.toMatchObject({ status: 403 });
  });

  it('an integration token with analytics:read reads aggregates, not employee rows', async () => {
    const rows = await courseContribution(tokens.integration!, opts());
    expect(rows.some((r) => r.evidence === 'OK')).toBe(true);
    await expect(trainingRoiDetail(tokens.integration!, {}, opts())).rejects.toMatchObject({ status: 403 });
  });
});
