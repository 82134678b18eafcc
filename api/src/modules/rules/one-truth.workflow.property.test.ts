import type { MikroORM } from '@mikro-orm/core';
import {
  Employee,
  Enrollment,
  EnrollmentStatus,
  KpiObservation,
  TrainingImpact,
} from '@talentloop/db/entities';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import {
  addMonths,
  courseMatches,
  evaluateTrainingImpact,
  isFinalVerdict,
  monthRange,
  SALES_IMPACT_RULE,
  type KpiPoint,
} from '@talentloop/rules';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitEvent, EventType } from '../events/events.service';
import { processOutbox } from '../workflow/outbox.processor';
import { createWorkflowFixture, type WorkflowFixture } from '../workflow/workflow.fixtures';
import { ensureDefaultRules, listRules } from './rule-store.service';

// Property test (fast-check, fixed seed) of the workflow path (issue 11): random KPI feeds around
// a course completion go through the outbox — the same processOutbox the worker runs, with the
// same handlers — and the training_impact row it stores (or does not store) is exactly what the
// pure evaluator says on the same series under the same stored binding.

const SEED = 20261207;
const RUNS = 100;
let db: TestDatabase;
let orm: MikroORM;
let fx: WorkflowFixture;
/** KPI definition ids of the fixture (销售额增长率, 客户留存率). */
const KPI_IDS = { SALES_GROWTH: 8501, CUSTOMER_RETENTION: 8502 } as const;
let next = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await initOrm(db.url);
  fx = await createWorkflowFixture(orm.em.fork());
  await ensureDefaultRules(orm.em.fork());
});
afterAll(async () => {
  await orm?.close(true);
  await db?.close();
});

const month = fc.integer({ min: 0, max: 23 }).map((i) => addMonths('2024-01', i));
/** One month's value, or missing (a gap in the feed). */
const point = (min: number, max: number) =>
  fc.option(
    fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100),
    { freq: 6, nil: null },
  );
/** Months m − 4 … m + 4 (the completion month and the months outside the window included). */
const feed = (min: number, max: number) => fc.array(point(min, max), { minLength: 9, maxLength: 9 });
const scenario = fc.record({
  completedMonth: month,
  day: fc.integer({ min: 1, max: 28 }),
  growth: fc.oneof(
    feed(-5, 40),
    // Flat-ish series near the thresholds (15 / 5 points).
    fc
      .tuple(fc.integer({ min: 0, max: 10 }), fc.constantFrom(-1, 0, 4.99, 5, 5.01, 14.99, 15, 15.01, 30))
      .map(([b, d]) => [b, b, b, b, b + d / 2, b + d, b + d, b + d, b + d] as (number | null)[]),
  ),
  retention: fc.oneof(
    feed(50, 99),
    // Flat series with a relative change near the 10 % threshold.
    fc
      .tuple(fc.integer({ min: 60, max: 85 }), fc.constantFrom(-0.02, 0.05, 0.0999, 0.1, 0.1001, 0.2))
      .map(([b, r]) => {
        const after = Number((b * (1 + r)).toFixed(4));
        return [b, b, b, b, b, after, after, after, null] as (number | null)[];
      }),
  ),
  /** Months after the completion month the worker runs (< 4: the post window is not over). */
  runAfter: fc.constantFrom(2, 3, 4, 5, 8),
  /** What reaches the outbox: the completion, one KPI row, or a feed batch. */
  trigger: fc.constantFrom('COMPLETED', 'KPI', 'BATCH'),
});

describe('impact verdicts: the workflow (outbox → training_impact) equals the evaluator', () => {
  it('random KPI feeds around a completion store what evaluateTrainingImpact says', async () => {
    const stored = await listRules(orm.em.fork(), 'TRAINING_IMPACT');
    const course = { name: '客户谈判技巧', code: 'WF-C-NEGO' };
    const binding = stored.find((r) => r.rule.courses.some((ref) => courseMatches(ref, course)))!.rule;
    // The binding the workflow reads is the stored one: version 1 of the article's sales rule.
    expect(binding).toEqual(SALES_IMPACT_RULE);
    const verdicts: Record<string, number> = {};

    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const i = next++;
        const completedOn = `${s.completedMonth}-${String(s.day).padStart(2, '0')}`;
        const months = monthRange(addMonths(s.completedMonth, -4), addMonths(s.completedMonth, 4));
        const asOf = `${addMonths(s.completedMonth, s.runAfter)}-02`;
        const series: Record<string, KpiPoint[]> = {};
        let employeeId = 0;
        let enrollmentId = 0;
        await orm.em.fork().transactional(async (em) => {
          const employee = em.create(Employee, {
            id: 9000 + i,
            employeeNo: `WFP${i}`,
            name: `销售${i}`,
            department: 8002, // 销售一部 of the fixture
            position: 8101,
            manager: fx.managerId,
            hireDate: '2020-01-01',
          } as never);
          const enrollment = em.create(Enrollment, {
            id: 9000 + i,
            employee,
            course: fx.courses.negotiation,
            enrolledOn: `${addMonths(s.completedMonth, -1)}-01`,
            status: EnrollmentStatus.COMPLETED,
            completedOn,
            hours: 16,
            examScore: 80,
          } as never);
          const rows: { employeeId: number; kpiCode: string }[] = [];
          for (const [code, values] of [
            ['SALES_GROWTH', s.growth],
            ['CUSTOMER_RETENTION', s.retention],
          ] as const)
            for (const [k, m] of months.entries()) {
              const value = values[k];
              if (value == null) continue;
              em.create(KpiObservation, {
                kpi: KPI_IDS[code],
                employee,
                month: `${m}-01`,
                value,
                sourceSystem: 'CRM',
              } as never);
              (series[code] ??= []).push({ month: m, value });
              rows.push({ employeeId: 9000 + i, kpiCode: code });
            }
          await em.flush();
          employeeId = employee.id;
          enrollmentId = enrollment.id;
          const payload = { employeeId, courseId: fx.courses.negotiation };
          if (s.trigger === 'COMPLETED')
            await emitEvent(em, EventType.ENROLLMENT_COMPLETED, {
              ...payload,
              enrollmentId,
              status: 'COMPLETED',
            });
          else if (s.trigger === 'KPI')
            await emitEvent(em, EventType.KPI_RECORDED, { employeeId, kpiCode: 'SALES_GROWTH' });
          else
            await emitEvent(
              em,
              EventType.KPI_BATCH_RECORDED,
              { rows: rows.length > 0 ? rows : [{ employeeId, kpiCode: 'SALES_GROWTH' }] },
              { aggregateType: 'KpiBatch', aggregateId: employeeId, idempotencyKey: `wfp-batch-${i}` },
            );
        });
        const run = await processOutbox(orm, { now: () => new Date(`${asOf}T08:00:00Z`) });
        expect(run.failed).toBe(0);

        const expected = evaluateTrainingImpact(binding, { completedOn, series, asOf });
        verdicts[expected.verdict] = (verdicts[expected.verdict] ?? 0) + 1;
        const rows = await orm.em.fork().find(TrainingImpact, { enrollment: enrollmentId });
        const what = JSON.stringify({ completedOn, asOf, series });
        if (!isFinalVerdict(expected.verdict)) {
          expect(rows, what).toEqual([]);
          return;
        }
        expect(rows, what).toHaveLength(1);
        const row = rows[0]!;
        expect(
          {
            outcome: row.outcome,
            ruleVersion: row.ruleVersion,
            contribution: row.contribution == null ? null : Number(row.contribution),
            weightAdjustment: Number(row.weightAdjustment),
            metrics: row.metrics,
          },
          what,
        ).toEqual({
          outcome: expected.verdict,
          ruleVersion: binding.version,
          contribution:
            expected.contributionPct == null ? null : Number((expected.contributionPct / 100).toFixed(6)),
          weightAdjustment: (expected.performanceAdjustment?.points ?? 0) / 100,
          metrics: JSON.parse(JSON.stringify(expected)),
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The draw reaches every final verdict and the unstored ones, so each branch is compared.
    expect(Object.keys(verdicts).sort(), JSON.stringify(verdicts)).toEqual(
      expect.arrayContaining(['EXCELLENT', 'IMPROVED', 'NO_DATA', 'PENDING', 'RETRAIN']),
    );
  }, 120_000);
});
