import { describe, expect, it } from 'vitest';
import { viewPolicies, type ViewPolicy } from './policies';
import {
  AccessError,
  aggregateFilterProblem,
  peopleMeasureFor,
  periodProblem,
  rewriteQuery,
  type CubeQuery,
  type SecurityContext,
} from './security';
import {
  courseTrainingQuery,
  executiveDashboardQueries,
  participationQuery,
  trainingRoiQuery,
} from './queries';
import { toCubeQuery } from './client';
import { MAX_ROW_LIMIT, suppressionPlanOf } from './query-guard';

// queryRewrite as a pure function: the scoping and suppression rules without a database.
const deps = { departmentPath: async (id: number) => (id === 4 ? '/1/4/' : null) };
const ctx = (role: SecurityContext['role'], extra: Partial<SecurityContext> = {}): SecurityContext => ({
  sub: '1',
  role,
  employeeId: 7,
  departmentId: 4,
  scopes: [],
  ...extra,
});
const byCourse: CubeQuery = {
  measures: ['course_training.enrollments'],
  dimensions: ['course_training.course_id', 'course_training.course_name'],
};

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AccessError) return error.status;
    throw error;
  }
}

describe('rewriteQuery', () => {
  it('adds the people measure and the suppression marker to aggregate queries', async () => {
    const q = await rewriteQuery({ ...byCourse, limit: 10, offset: 20 }, ctx('EXECUTIVE'), deps);
    // learners is the exact distinct count of people in the cell, at every grouping.
    expect(q.measures).toEqual(['course_training.enrollments', 'course_training.learners']);
    // The answer is suppressed by server.ts (query-guard.ts suppressAnswer), which finds the
    // people measure by this marker; the page is cut after suppression, so limit/offset are lifted.
    expect(q.filters).toEqual([{ member: 'course_training.learners', operator: 'set' }]);
    expect([q.limit, q.offset]).toEqual([MAX_ROW_LIMIT, undefined]);
    expect(suppressionPlanOf(q)).toEqual({
      people: 'course_training.learners',
      keys: ['course_training.course_id', 'course_training.course_name'],
      vary: ['course_training.course_id', 'course_training.course_name'],
      partition: [],
    });
    // An employee's own numbers carry no marker.
    expect(suppressionPlanOf(await rewriteQuery(byCourse, ctx('EMPLOYEE'), deps))).toBeNull();
  });

  it('scopes a manager by department path prefix and an employee by id', async () => {
    const m = await rewriteQuery(byCourse, ctx('MANAGER'), deps);
    expect(m.filters).toContainEqual({
      member: 'course_training.department_path',
      operator: 'startsWith',
      values: ['/1/4/'],
    });
    const e = await rewriteQuery(byCourse, ctx('EMPLOYEE'), deps);
    expect(e.filters).toEqual([{ member: 'course_training.employee_id', operator: 'equals', values: ['7'] }]);
    // Own numbers are not suppressed (they describe only the caller).
    expect(e.measures).toEqual(['course_training.enrollments']);
  });

  it('limits an integration token with a departmentId to that subtree, like a manager', async () => {
    const limited = ctx('INTEGRATION', { scopes: ['analytics'], employeeId: null });
    const q = await rewriteQuery(byCourse, limited, deps);
    expect(q.filters).toContainEqual({
      member: 'course_training.department_path',
      operator: 'startsWith',
      values: ['/1/4/'],
    });
    // Company-wide statistics have no department to limit them by: refused.
    const contribution = { measures: ['course_contribution.estimate'] };
    expect(await status(rewriteQuery(contribution, limited, deps))).toBe(403);
    // Without the claim the same token reads the company (no department filter).
    const company = await rewriteQuery(byCourse, { ...limited, departmentId: null }, deps);
    expect(company.filters).not.toContainEqual(
      expect.objectContaining({ member: 'course_training.department_path' }),
    );
  });

  it('refuses what a role may not read', async () => {
    const contribution = {
      measures: ['course_contribution.estimate'],
      dimensions: ['course_contribution.course_name', 'course_contribution.kpi_code'],
    };
    expect(await status(rewriteQuery(contribution, ctx('MANAGER'), deps))).toBe(403);
    expect(await status(rewriteQuery(contribution, ctx('EMPLOYEE'), deps))).toBe(403);
    expect(await status(rewriteQuery(contribution, ctx('HR'), deps))).toBe('ok');
    expect(await status(rewriteQuery(contribution, ctx('INTEGRATION', { scopes: ['kpi:read'] }), deps))).toBe(
      403,
    );
    expect(
      await status(
        rewriteQuery(
          contribution,
          ctx('INTEGRATION', { scopes: ['analytics:read'], departmentId: null }),
          deps,
        ),
      ),
    ).toBe('ok');
    expect(await status(rewriteQuery(byCourse, ctx('MANAGER', { departmentId: 99 }), deps))).toBe(403);
    expect(await status(rewriteQuery(byCourse, ctx('ADMIN' as SecurityContext['role']), deps))).toBe(403);
  });

  it('allows only public views, one per query, and aggregate views only grouped', async () => {
    expect(await status(rewriteQuery({ measures: ['enrollments.enrollments'] }, ctx('HR'), deps))).toBe(403);
    const twoViews = { measures: ['course_training.enrollments', 'training_roi.benefit'] };
    expect(await status(rewriteQuery(twoViews, ctx('HR'), deps))).toBe(403);
    expect(await status(rewriteQuery({ ...byCourse, ungrouped: true }, ctx('HR'), deps))).toBe(403);
    // Per-key views (query-guard.ts REQUIRED_GROUPING): no total over their keys.
    const traits = { measures: ['award_traits.lift'] };
    expect(await status(rewriteQuery(traits, ctx('HR'), deps))).toBe(403);
    expect(
      await status(rewriteQuery({ ...traits, dimensions: ['award_traits.trait'] }, ctx('HR'), deps)),
    ).toBe('ok');
    const perCourse = {
      measures: ['course_contribution.estimate'],
      dimensions: ['course_contribution.course_id'],
    };
    expect(await status(rewriteQuery(perCourse, ctx('EXECUTIVE'), deps))).toBe(403);
    // A filter on another view's member counts as naming that view.
    const sneaky = {
      ...byCourse,
      filters: [{ member: 'training_roi.employee_id', operator: 'equals', values: ['1'] }],
    };
    expect(await status(rewriteQuery(sneaky, ctx('HR'), deps))).toBe(403);
  });

  it('requires month grain on person-month rows', async () => {
    const noGrain = { measures: ['training_participation.participation_rate'] };
    expect(await status(rewriteQuery(noGrain, ctx('HR'), deps))).toBe(403);
    const yearly = {
      ...noGrain,
      timeDimensions: [{ dimension: 'training_participation.month', granularity: 'year' }],
    };
    expect(await status(rewriteQuery(yearly, ctx('HR'), deps))).toBe(403);
    const monthly = {
      ...noGrain,
      timeDimensions: [{ dimension: 'training_participation.month', granularity: 'month' }],
    };
    expect(await status(rewriteQuery(monthly, ctx('HR'), deps))).toBe('ok');
  });
});

describe('peopleMeasureFor', () => {
  // The model's own views count people exactly (count_distinct), so they need no rules; the rule
  // mechanism is kept for views whose n depends on what a cell fixes, tested on a fixture policy.
  const policy: ViewPolicy = {
    kind: 'aggregate',
    roles: ['HR'],
    people: {
      default: 'trainees',
      rules: [
        { fixed: ['lecturer_id', 'course_id'], measure: 'lecturer_course_trainees' },
        { fixed: ['lecturer_id'], measure: 'lecturer_trainees' },
        { fixed: ['course_id'], measure: 'course_trainees' },
      ],
    },
  };
  const v = 'lecturer_value_added';
  it('the model’s views use one exact people measure whatever the cell fixes', () => {
    const real = viewPolicies.lecturer_value_added!;
    expect(peopleMeasureFor(v, real, { dimensions: [`${v}.lecturer_id`, `${v}.course_id`] })).toBe(
      'trainees',
    );
  });
  it('uses the finest weight whose keys the cell fixes', () => {
    expect(peopleMeasureFor(v, policy, { dimensions: [`${v}.lecturer_id`, `${v}.course_id`] })).toBe(
      'lecturer_course_trainees',
    );
    expect(peopleMeasureFor(v, policy, { dimensions: [`${v}.lecturer_id`] })).toBe('lecturer_trainees');
    expect(peopleMeasureFor(v, policy, { dimensions: [`${v}.course_name`] })).toBe('trainees');
    const filtered = { filters: [{ member: `${v}.course_id`, operator: 'equals', values: ['3'] }] };
    expect(peopleMeasureFor(v, policy, filtered)).toBe('course_trainees');
    // Two course ids in one cell: the per-course weight would count a person twice.
    const two = { filters: [{ member: `${v}.course_id`, operator: 'equals', values: ['3', '4'] }] };
    expect(peopleMeasureFor(v, policy, two)).toBe('trainees');
    const either = { filters: [{ or: [{ member: `${v}.course_id`, operator: 'equals', values: ['3'] }] }] };
    expect(peopleMeasureFor(v, policy, either)).toBe('trainees');
  });
});

describe('the filter whitelist and period rule on aggregate views (issue #10)', () => {
  const v = 'course_training';
  const policy = viewPolicies[v]!;
  const q = (filters: CubeQuery['filters']): CubeQuery => ({ measures: [`${v}.learners`], filters });
  const problem = (filters: CubeQuery['filters']) => aggregateFilterProblem(v, policy, q(filters));

  it('allows a department subtree, one equals value on a dimension, AND-combined', () => {
    expect(
      problem([
        { member: `${v}.department_path`, operator: 'startsWith', values: ['/1/4/'] },
        { and: [{ member: `${v}.position_family`, operator: 'equals', values: ['SALES'] }] },
        { member: `${v}.learners`, operator: 'set' },
      ]),
    ).toBeNull();
  });

  it('refuses every other filter, naming the member and the rule', () => {
    const course = `${v}.course_id`;
    const cases: [CubeQuery['filters'], RegExp][] = [
      [
        [{ member: course, operator: 'equals', values: ['1', '2'] }],
        /`equals` with 2 values on course_training\.course_id/,
      ],
      [
        [{ member: course, operator: 'notEquals', values: ['1'] }],
        /`notEquals` on course_training\.course_id/,
      ],
      [[{ member: `${v}.course_name`, operator: 'contains', values: ['a'] }], /`contains` on/],
      [[{ member: course, operator: 'gte', values: ['3'] }], /`gte` on/],
      [[{ or: [{ member: course, operator: 'equals', values: ['1'] }] }], /an OR filter/],
      [
        [{ member: `${v}.enrollments`, operator: 'gt', values: ['1'] }],
        /the measure course_training\.enrollments/,
      ],
      [
        [{ member: `${v}.learners`, operator: 'equals', values: ['7'] }],
        /the measure course_training\.learners/,
      ],
      [
        [{ member: `${v}.enrolled_month`, operator: 'equals', values: ['2025-01-01'] }],
        /the time course_training\.enrolled_month/,
      ],
      // '/1/4' would also match '/1/45/': not one subtree.
      [
        [{ member: `${v}.department_path`, operator: 'startsWith', values: ['/1/4'] }],
        /`startsWith` \["\/1\/4"\]/,
      ],
      [
        [{ member: `${v}.department_path`, operator: 'startsWith', values: ['/1/4/', '/1/5/'] }],
        /`startsWith`/,
      ],
      [[{ member: `${v}.department_name`, operator: 'startsWith', values: ['/1/'] }], /`startsWith`/],
    ];
    for (const [filters, message] of cases) {
      expect(problem(filters)).toMatch(/^ANALYTICS_FILTER_NOT_ALLOWED: /);
      expect(problem(filters)).toMatch(message);
    }
    expect(aggregateFilterProblem(v, policy, { ...q([]), segments: [`${v}.recent`] })).toMatch(/segment/);
    expect(aggregateFilterProblem(v, policy, { ...q([]), timezone: 'America/New_York' })).toMatch(/timezone/);
  });

  it('takes periods of whole calendar months, or ending today', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    const td = (dateRange: unknown, granularity?: string): CubeQuery => ({
      timeDimensions: [
        { dimension: `${v}.enrolled_month`, dateRange, ...(granularity ? { granularity } : {}) },
      ],
    });
    const ok = [
      ['2026-01-01T00:00:00.000', '2026-06-30T23:59:59.999'],
      ['2025-12-01', '2026-02-28'],
      ['2026-06-01T00:00:00.000', '2026-12-07T23:59:59.999'],
      ['2026-06-01', '2026-12-06'],
      ['2000-01-01', '2100-12-31'],
    ];
    for (const range of ok) expect(periodProblem(td(range), now)).toBeNull();
    expect(periodProblem(td(undefined, 'quarter'), now)).toBeNull();
    const refused = [
      ['2026-01-02', '2026-06-30'],
      ['2026-01-01', '2026-06-29'],
      ['2026-01-01T06:00:00.000', '2026-06-30T23:59:59.999'],
      ['2026-01-01', '2026-11-20'],
    ];
    for (const range of refused)
      expect(periodProblem(td(range), now)).toMatch(/^ANALYTICS_PERIOD_NOT_ALLOWED: /);
    expect(periodProblem(td(undefined, 'day'), now)).toMatch(/granularity day/);
    expect(periodProblem(td(undefined, 'week'), now)).toMatch(/granularity week/);
  });

  it('turns an equals pin into a grouping (suppressAnswer keeps the pinned rows)', async () => {
    const pinned = await rewriteQuery(
      {
        measures: [`${v}.learners`],
        dimensions: [`${v}.course_id`],
        filters: [
          { and: [{ member: `${v}.position_family`, operator: 'equals', values: ['SALES'] }] },
          { member: `${v}.department_path`, operator: 'startsWith', values: ['/1/4/'] },
        ],
      },
      ctx('HR'),
      deps,
    );
    expect(pinned.dimensions).toEqual([`${v}.course_id`, `${v}.position_family`]);
    expect(pinned.filters).toEqual([
      { member: `${v}.department_path`, operator: 'startsWith', values: ['/1/4/'] },
      { member: `${v}.learners`, operator: 'set' },
    ]);
  });

  it('is applied by rewriteQuery to every non-employee caller, with 403', async () => {
    const two = q([{ member: `${v}.course_id`, operator: 'equals', values: ['1', '2'] }]);
    for (const role of ['MANAGER', 'HR', 'EXECUTIVE'] as const) {
      await expect(rewriteQuery(two, ctx(role), deps)).rejects.toMatchObject({
        status: 403,
        message: expect.stringMatching(/^ANALYTICS_FILTER_NOT_ALLOWED: /),
      });
    }
    // An employee reads only their own rows: nothing to difference.
    expect(await status(rewriteQuery(two, ctx('EMPLOYEE'), deps))).toBe('ok');
  });

  it('passes the product’s own queries (dashboard periods, slices, every panel)', async () => {
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12, 1))
      .toISOString()
      .slice(0, 10);
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
    const slice = { departmentPath: '/1/4/', positionFamily: 'SALES' };
    const queries: CubeQuery[] = [
      ...Object.values(executiveDashboardQueries()),
      toCubeQuery(
        'training_participation',
        participationQuery('department', { ...slice, from: first, to: today }),
      ),
      toCubeQuery('course_training', courseTrainingQuery('course', { ...slice, from: first, to: last })),
      toCubeQuery('training_roi', trainingRoiQuery('total', { from: first })),
    ];
    for (const query of queries) {
      // Cube hands queryRewrite its normalised days (start 00:00, end 23:59:59.999).
      const normalised = {
        ...query,
        timeDimensions: query.timeDimensions?.map((t) => ({
          ...t,
          ...(Array.isArray(t.dateRange)
            ? { dateRange: [`${t.dateRange[0]}T00:00:00.000`, `${t.dateRange[1]}T23:59:59.999`] }
            : {}),
        })),
      };
      expect(await status(rewriteQuery(normalised, ctx('HR'), deps))).toBe('ok');
    }
  });
});
