import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAwardNominations } from './award.evaluator';
import { evaluateTrainingImpact } from './impact.evaluator';
import { applyBindingEdit, bindingsOf, type BindingThreshold } from './kpi-binding';
import { EXCELLENT_EMPLOYEE_AWARD, SALES_IMPACT_RULE } from './rules.defaults';
import { archive } from './rules.fixtures';
import { PROJECT } from './rules.numbers';
import { TrainingImpactRuleSchema } from './rules.schema';
import { RATING_SCALE, ratingFor, scoreReview } from './scoring';

// Properties of the pure rules (fast-check, fixed seed so a failure reproduces).
const params = { seed: 20261207, numRuns: 300 };
const twoDecimals = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);

describe('scoring', () => {
  it('final score is clamped to 0–100 and the rating always follows from it', () => {
    fc.assert(
      fc.property(twoDecimals(-50, 150), twoDecimals(-100, 100), (base, adj) => {
        const { finalScore, rating } = scoreReview(base, adj);
        expect(finalScore).toBeGreaterThanOrEqual(PROJECT.scoreMin);
        expect(finalScore).toBeLessThanOrEqual(PROJECT.scoreMax);
        expect(rating).toBe(ratingFor(finalScore));
      }),
      params,
    );
  });

  it('the rating never drops when the score rises', () => {
    fc.assert(
      fc.property(twoDecimals(0, 100), twoDecimals(0, 100), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(RATING_SCALE.indexOf(ratingFor(lo))).toBeLessThanOrEqual(RATING_SCALE.indexOf(ratingFor(hi)));
      }),
      params,
    );
  });
});

describe('KPI bindings as rule data', () => {
  const op = fc.constantFrom('>' as const, '>=' as const, '<' as const, '<=' as const);
  const threshold = fc.record({
    verdict: fc.constantFrom('EXCELLENT' as const, 'RETRAIN' as const, 'CONTRIBUTION' as const),
    op,
    value: twoDecimals(-50, 50),
  });

  it('an edited binding reads back exactly as edited, and the other binding keeps its thresholds', () => {
    fc.assert(
      fc.property(
        fc.array(threshold, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('PERCENT_CHANGE' as const, 'POINT_CHANGE' as const, 'LEVEL' as const),
        (thresholds, measure) => {
          const next = TrainingImpactRuleSchema.parse(
            applyBindingEdit(SALES_IMPACT_RULE, { key: 'SALES_GROWTH', measure, thresholds }),
          );
          const [growth, retention] = bindingsOf(next);
          expect(growth!.measure).toBe(measure);
          const sort = (xs: BindingThreshold[]) =>
            [...xs].sort(
              (a, b) => a.verdict.localeCompare(b.verdict) || a.value - b.value || a.op.localeCompare(b.op),
            );
          expect(sort(growth!.thresholds)).toEqual(sort(thresholds));
          expect(retention).toEqual(bindingsOf(SALES_IMPACT_RULE)[1]);
        },
      ),
      params,
    );
  });

  it('the evaluator applies exactly the binding’s thresholds to the measured change', () => {
    fc.assert(
      fc.property(twoDecimals(-20, 40), twoDecimals(-20, 40), twoDecimals(0, 30), (before, after, limit) => {
        const rule = TrainingImpactRuleSchema.parse(
          applyBindingEdit(SALES_IMPACT_RULE, {
            key: 'SALES_GROWTH',
            thresholds: [{ verdict: 'EXCELLENT', op: '>', value: limit }],
          }),
        );
        const months = ['2025-10', '2025-11', '2025-12', '2026-02', '2026-03', '2026-04'];
        const r = evaluateTrainingImpact(rule, {
          completedOn: '2026-01-15',
          series: {
            SALES_GROWTH: months.map((month, i) => ({ month, value: i < 3 ? before : after })),
            // +12.5 %: the rule's other EXCELLENT condition (retention ≥ 10) holds throughout.
            CUSTOMER_RETENTION: months.map((month, i) => ({ month, value: i < 3 ? 80 : 90 })),
          },
        });
        const delta = Math.round((after - before) * 100) / 100;
        expect(r.kpis[0]!.delta).toBeCloseTo(delta, 9);
        expect(r.verdict === 'EXCELLENT').toBe(r.kpis[0]!.delta! > limit);
      }),
      params,
    );
  });
});

describe('awards', () => {
  it('a nominee’s total is the sum of its criteria, within 0–100, and ranks follow totals', () => {
    const nominee = (id: number, hours: number, peer: number, score: number) =>
      archive(id, {
        enrollments: [
          {
            id: id * 10,
            courseId: 1,
            courseName: 'c',
            hours,
            status: 'COMPLETED',
            completedOn: '2026-05-01',
            examScore: 80,
            practiceScore: 80,
          },
        ],
        reviews: [{ id: id * 10, period: '2026-Q2', finalScore: score, rating: ratingFor(score) }],
        peerFeedback: [{ id: id * 10, givenOn: '2026-06-01', score: peer }],
      });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 5 }), twoDecimals(0, 100)),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (rows) => {
          const scoring = scoreAwardNominations(
            EXCELLENT_EMPLOYEE_AWARD,
            rows.map(([h, p, s], i) => nominee(i + 1, h, p, s)),
          );
          for (const n of scoring.nominations) {
            const sum = Math.round(n.criteria.reduce((a, c) => a + c.score, 0) * 100) / 100;
            expect(n.total).toBeCloseTo(sum, 9);
            expect(n.total).toBeGreaterThanOrEqual(0);
            expect(n.total).toBeLessThanOrEqual(100);
          }
          const ranked = scoring.nominations.filter((n) => n.rank != null);
          for (let i = 1; i < ranked.length; i++)
            expect(ranked[i - 1]!.total).toBeGreaterThanOrEqual(ranked[i]!.total);
        },
      ),
      params,
    );
  });
});
