/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value */
import {
  Course,
  Employee,
  Enrollment,
  EnrollmentStatus,
  PerformanceReview,
  RuleSet,
  TrainingImpact,
} from '@talentloop/db/entities';
import {
  addMonths,
  evaluateTrainingImpact,
  monthOf,
  monthRange,
  scoreReview,
  SALES_IMPACT_RULE,
  type KpiPoint,
} from '@talentloop/rules';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/harness';
import { applyTrainingAdjustments, previewEnrollmentImpact } from './impact.service';
import { ensureDefaultRules } from './rule-store.service';

// Property tests over random inputs (fast-check, fixed seed): the review mutation, the
// historical import, the +5 training adjustment and the impact service all give what the rules
// module's evaluator gives for the same numbers.

const SEED = 20261207;
let api: TestApi;
let hr = '';
let employees: { id: string; databaseId: number; employeeNo: string }[] = [];

beforeAll(async () => {
  api = await startTestApi({ seed: { employees: 60, seed: 11 } });
  await ensureDefaultRules(api.orm.em.fork());
  hr = await api.login('hr');
  const res = await api.gql(`{ employees(first: 50) { nodes { id databaseId employeeNo } } }`, {}, hr);
  const me = await api.gql(`{ me { employee { databaseId } } }`, {}, hr);
  const own = (me.data as any)?.me?.employee?.databaseId ?? null;
  employees = (res.data as any).employees.nodes.filter((e: any) => e.databaseId !== own);
});
afterAll(async () => api?.close());

// Base and adjustment on the scales the API accepts, with two decimals; near the cut-offs often.
const score = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  fc.constantFrom(59.99, 60, 69.99, 70, 84.99, 85, 94.99, 95, 100),
);
const adjustment = fc.oneof(
  fc.constant(0),
  fc.integer({ min: -2000, max: 2000 }).map((n) => n / 100),
);
const cases = fc.sample(fc.tuple(score, adjustment), { seed: SEED, numRuns: 24 });

/** Quarters no seeded review uses (the import takes past quarters only). */
const quarter = (i: number) => `${2010 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
const importQuarter = (i: number) => `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;

async function stored(employeeId: number, period: string) {
  const r = await api.orm.em.fork().findOneOrFail(PerformanceReview, { employee: employeeId, period });
  return { finalScore: Number(r.finalScore), rating: r.rating };
}

describe('final score and rating: one function on every path', () => {
  it('the review mutation stores what scoreReview says', async () => {
    for (const [i, [base, adj]] of cases.entries()) {
      const e = employees[i % employees.length]!;
      const res = await api.gql(
        `mutation($input: CreatePerformanceReviewInput!) { createPerformanceReview(input: $input) { finalScore rating } }`,
        { input: { employeeId: e.id, period: quarter(i), baseScore: base, trainingAdjustment: adj } },
        hr,
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect((res.data as any).createPerformanceReview, `${base} + ${adj}`).toEqual(scoreReview(base, adj));
    }
  });

  it('the historical import stores what scoreReview says (and refuses a disagreeing rating)', async () => {
    const rows = cases.map(([base, adj], i) => {
      const e = employees[i % employees.length]!;
      return `${e.employeeNo},${importQuarter(i)},${base},${adj}`;
    });
    const csv = ['employee_no,period,base_score,training_adjustment', ...rows].join('\n');
    const res = await api.gql(
      `mutation($input: ImportArchiveInput!) { importArchive(input: $input) { committed inserted errorCount errors { row field message } } }`,
      {
        input: {
          kind: 'PERFORMANCE_REVIEWS',
          format: 'CSV',
          contentBase64: Buffer.from(csv).toString('base64'),
        },
      },
      hr,
    );
    expect((res.data as any)?.importArchive, JSON.stringify(res)).toMatchObject({
      committed: true,
      inserted: cases.length,
      errorCount: 0,
    });
    for (const [i, [base, adj]] of cases.entries()) {
      const e = employees[i % employees.length]!;
      expect(await stored(e.databaseId, importQuarter(i)), `${base} + ${adj}`).toEqual(
        scoreReview(base, adj),
      );
    }
  });

  it('a training adjustment re-derives final score and rating with scoreReview', async () => {
    const em = api.orm.em.fork();
    const e = employees[0]!;
    const enrollment = await em.findOneOrFail(Enrollment, { status: EnrollmentStatus.COMPLETED });
    const rule = await em.findOneOrFail(RuleSet, { kind: 'TRAINING_IMPACT', active: true });
    for (const [i, [base]] of cases.slice(0, 8).entries()) {
      const period = quarter(200 + i);
      em.create(PerformanceReview, {
        employee: em.getReference(Employee, e.databaseId),
        period,
        periodStart: `${2060 + i}-01-01`,
        baseScore: base,
        trainingAdjustment: 0,
        ...scoreReview(base),
      });
      const result = evaluateTrainingImpact(SALES_IMPACT_RULE, { completedOn: '2026-01-15', series: {} });
      em.create(TrainingImpact, {
        enrollment,
        employee: em.getReference(Employee, e.databaseId),
        course: em.getReference(Course, enrollment.course.id),
        ruleSet: rule,
        ruleVersion: 100 + i,
        evaluatedAt: new Date(),
        outcome: 'EXCELLENT',
        weightAdjustment: 0.05,
        metrics: { ...result, verdict: 'EXCELLENT', performanceAdjustment: { points: 5, quarter: period } },
      });
      await em.flush();
      await applyTrainingAdjustments(em, e.databaseId, period);
      await em.flush();
      expect(await stored(e.databaseId, period), `${base} + 5`).toEqual(scoreReview(base, 5));
    }
  });
});

describe('impact verdicts: the API service path equals the evaluator', () => {
  it('random 销售额增长率 / 客户留存率 feeds give the same deltas and verdict', async () => {
    const em = api.orm.em.fork();
    const employee = await em.findOneOrFail(Employee, { employeeNo: 'TL900001' });
    const course = await em.findOneOrFail(Course, { code: 'NEGOTIATION' });
    const enrollment = await em.findOneOrFail(Enrollment, {
      employee,
      course,
      status: EnrollmentStatus.COMPLETED,
    });
    const m = monthOf(enrollment.completedOn!);
    const months = monthRange(addMonths(m, -3), addMonths(m, 3)).filter((x) => x !== m);
    const value = fc.integer({ min: -500, max: 4000 }).map((n) => n / 100);
    const feeds = fc.sample(
      fc.record({
        growth: fc.array(value, { minLength: 6, maxLength: 6 }),
        retention: fc.array(
          fc.integer({ min: 5000, max: 9900 }).map((n) => n / 100),
          {
            minLength: 6,
            maxLength: 6,
          },
        ),
      }),
      { seed: SEED, numRuns: 12 },
    );
    for (const feed of feeds) {
      for (const [code, values] of [
        ['SALES_GROWTH', feed.growth],
        ['CUSTOMER_RETENTION', feed.retention],
      ] as const)
        for (const [i, month] of months.entries())
          await em
            .getConnection()
            .execute(
              `update kpi_observation o set value = ? from kpi_definition k where k.id = o.kpi_id and k.code = ? and o.employee_id = ? and o.month = ?`,
              [values[i]!, code, employee.id, `${month}-01`],
            );
      const series: Record<string, KpiPoint[]> = {
        SALES_GROWTH: months.map((month, i) => ({ month, value: feed.growth[i]! })),
        CUSTOMER_RETENTION: months.map((month, i) => ({ month, value: feed.retention[i]! })),
      };
      const expected = evaluateTrainingImpact(SALES_IMPACT_RULE, {
        completedOn: enrollment.completedOn!,
        series,
        asOf: '2026-11-01',
      });
      const actual = (await previewEnrollmentImpact(api.orm.em.fork(), enrollment.id, '2026-11-01'))!.result;
      expect([actual.verdict, actual.kpis.map((k) => k.delta)], JSON.stringify(feed)).toEqual([
        expected.verdict,
        expected.kpis.map((k) => k.delta),
      ]);
    }
  });
});
