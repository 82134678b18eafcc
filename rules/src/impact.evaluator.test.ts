import { describe, expect, it } from 'vitest';
import { evaluateTrainingImpact } from './impact.evaluator';
import { MANUFACTURING_IMPACT_RULE, NO_CHANGE_CAUSES, SALES_IMPACT_RULE } from './rules.defaults';
import { TrainingImpactRuleSchema } from './rules.schema';
import type { KpiPoint } from './rules.types';

// Completion in 2026-01 → baseline 2025-10..2025-12, post 2026-02..2026-04.
const COMPLETED = '2026-01-15';
const series = (before: number, after: number, during = before): KpiPoint[] => [
  { month: '2025-10', value: before },
  { month: '2025-11', value: before },
  { month: '2025-12', value: before },
  { month: '2026-01', value: during },
  { month: '2026-02', value: after },
  { month: '2026-03', value: after },
  { month: '2026-04', value: after },
];
// 销售额增长率 (SALES_GROWTH, in %) runs at 2 before the course; the rule reads its change in points.
const sales = (growthAfter: number, retentionAfter: number) =>
  evaluateTrainingImpact(SALES_IMPACT_RULE, {
    completedOn: COMPLETED,
    series: { SALES_GROWTH: series(2, growthAfter), CUSTOMER_RETENTION: series(80, retentionAfter) },
  });

describe('evaluateTrainingImpact — article examples', () => {
  it('销售额增长率 2 → 20 (+18) and +12% retention → EXCELLENT with +5 in the quarter the window ends', () => {
    const r = sales(20, 89.6);
    expect(r.verdict).toBe('EXCELLENT');
    expect(r.kpis.map((k) => [k.key, k.baseline, k.post, k.delta])).toEqual([
      ['SALES_GROWTH', 2, 20, 18],
      ['CUSTOMER_RETENTION', 80, 89.6, 12],
    ]);
    expect(r.windows).toEqual({
      baseline: { from: '2025-10', to: '2025-12' },
      post: { from: '2026-02', to: '2026-04' },
    });
    expect(r.performanceAdjustment).toEqual({ points: 5, quarter: '2026-Q2' });
    expect(r.actions).toEqual([{ type: 'ADJUST_PERFORMANCE', points: 5, quarter: '2026-Q2' }]);
    expect(r.contributionPct).toBe(15);
    expect(r.formula).toContain(
      'SALES_GROWTH = mean(2026-02..2026-04) − mean(2025-10..2025-12) = 20 − 2 = 18',
    );
    expect(r.formula).toContain('EXCELLENT: SALES_GROWTH 18 > 15 ✓ AND CUSTOMER_RETENTION 12 >= 10 ✓');
    expect(r.ruleVersion).toBe(1);
  });

  it('销售额增长率 +3 → RETRAIN: course reassigned and an improvement plan until growth ≥ 5', () => {
    const r = sales(5, 96);
    expect(r.verdict).toBe('RETRAIN');
    expect(r.kpis[0]!.delta).toBe(3);
    expect(r.performanceAdjustment).toBeNull();
    expect(r.actions).toEqual([
      { type: 'REASSIGN_COURSE' },
      { type: 'OPEN_IMPROVEMENT_PLAN', target: 'SALES_GROWTH >= 5' },
    ]);
  });

  it('manufacturing −8% defects and +10% efficiency → contribution recorded and case pushed', () => {
    const r = evaluateTrainingImpact(MANUFACTURING_IMPACT_RULE, {
      completedOn: COMPLETED,
      series: { DEFECT_RATE: series(2.5, 2.3), PRODUCTION_EFFICIENCY: series(100, 110) },
    });
    expect(r.verdict).toBe('CONTRIBUTION');
    expect(r.kpis.map((k) => [k.delta, k.improvement])).toEqual([
      [-8, 8],
      [10, 10],
    ]);
    expect(r.contributionPct).toBe(9);
    expect(r.actions).toEqual([
      { type: 'RECORD_CONTRIBUTION', contributionPct: 9 },
      { type: 'PUSH_TO_KNOWLEDGE_BASE' },
    ]);
    expect(r.formula).toContain('contribution % = Σ wᵢ·improvementᵢ / Σ wᵢ = (1×8 + 1×10) / 2 = 9');
  });

  it('no significant change → NO_CHANGE and the manager is alerted with the causes to check', () => {
    const r = evaluateTrainingImpact(MANUFACTURING_IMPACT_RULE, {
      completedOn: COMPLETED,
      series: { DEFECT_RATE: series(2.5, 2.48), PRODUCTION_EFFICIENCY: series(100, 101) },
    });
    expect(r.verdict).toBe('NO_CHANGE');
    expect(r.actions).toEqual([{ type: 'ALERT_MANAGER', causes: NO_CHANGE_CAUSES }]);
    expect(NO_CHANGE_CAUSES.map((c) => c.label)).toEqual(['培训内容与岗位需求不匹配', '员工未掌握关键技能']);
  });
});

describe('evaluateTrainingImpact — boundaries and edge cases', () => {
  it('sales exactly +15% is not > 15 (IMPROVED); just above is EXCELLENT', () => {
    expect(sales(17, 90).verdict).toBe('IMPROVED');
    expect(sales(17.01, 90).verdict).toBe('EXCELLENT');
  });

  it('retention exactly +10% satisfies ≥ 10; just below does not', () => {
    expect(sales(22, 88).verdict).toBe('EXCELLENT');
    expect(sales(22, 87.99).verdict).toBe('IMPROVED');
  });

  it('sales exactly +5% is not < 5 (no retrain); 4.99 is', () => {
    expect(sales(7, 80).verdict).toBe('IMPROVED');
    expect(sales(6.99, 80).verdict).toBe('RETRAIN');
  });

  it('no data in the post window → NO_DATA with the reason', () => {
    const r = evaluateTrainingImpact(SALES_IMPACT_RULE, {
      completedOn: COMPLETED,
      series: { SALES_GROWTH: series(2, 20).slice(0, 4), CUSTOMER_RETENTION: series(80, 90) },
    });
    expect(r.verdict).toBe('NO_DATA');
    expect(r.actions).toEqual([]);
    expect(r.kpis[0]!.insufficientCode).toBe('TOO_FEW_MONTHS');
    expect(r.kpis[0]!.insufficient).toBe('needs ≥ 2 observed months per window (baseline 3, post 0)');
    expect(r.formula).toContain('NO_DATA: SALES_GROWTH');
  });

  it('a KPI without any series and a zero baseline are both NO_DATA', () => {
    const none = evaluateTrainingImpact(SALES_IMPACT_RULE, { completedOn: COMPLETED, series: {} });
    expect(none.verdict).toBe('NO_DATA');
    const zero = evaluateTrainingImpact(SALES_IMPACT_RULE, {
      completedOn: COMPLETED,
      series: { SALES_GROWTH: series(2, 20), CUSTOMER_RETENTION: series(0, 10) },
    });
    expect(zero.verdict).toBe('NO_DATA');
    expect(zero.kpis[1]!.insufficientCode).toBe('ZERO_BASELINE');
    expect(zero.kpis[1]!.insufficient).toBe('baseline is 0: % change undefined');
  });

  it('ignores the completion month and averages duplicate months', () => {
    const points = [...series(2, 20, 10_000), { month: '2026-02', value: 20 }];
    const r = evaluateTrainingImpact(SALES_IMPACT_RULE, {
      completedOn: COMPLETED,
      series: { SALES_GROWTH: points, CUSTOMER_RETENTION: series(80, 89.6) },
    });
    expect(r.kpis[0]!.post).toBe(20);
    expect(r.verdict).toBe('EXCELLENT');
  });

  it('is PENDING until the post window is over on asOf', () => {
    const input = {
      completedOn: COMPLETED,
      series: { SALES_GROWTH: series(2, 20), CUSTOMER_RETENTION: series(80, 89.6) },
    };
    expect(evaluateTrainingImpact(SALES_IMPACT_RULE, { ...input, asOf: '2026-04-30' }).verdict).toBe(
      'PENDING',
    );
    expect(evaluateTrainingImpact(SALES_IMPACT_RULE, { ...input, asOf: '2026-05-01' }).verdict).toBe(
      'EXCELLENT',
    );
  });

  it('reads exactly what the binding says: a 销售额增长率 feed with flat sales amount is not RETRAIN', () => {
    // The issue's case: SALES_GROWTH 2 → 20 while SALES_AMOUNT stays flat. The binding reads
    // SALES_GROWTH in points, so the flat amount is irrelevant.
    const r = evaluateTrainingImpact(SALES_IMPACT_RULE, {
      completedOn: COMPLETED,
      series: {
        SALES_GROWTH: series(2, 20),
        SALES_AMOUNT: series(100_000, 100_000),
        CUSTOMER_RETENTION: series(80, 88),
      },
    });
    expect(r.kpis.map((k) => [k.kpiCode, k.measure, k.delta])).toEqual([
      ['SALES_GROWTH', 'POINT_CHANGE', 18],
      ['CUSTOMER_RETENTION', 'PERCENT_CHANGE', 10],
    ]);
    expect(r.verdict).toBe('EXCELLENT');
    const flatRetention = evaluateTrainingImpact(SALES_IMPACT_RULE, {
      completedOn: COMPLETED,
      series: {
        SALES_GROWTH: series(2, 20),
        SALES_AMOUNT: series(100_000, 100_000),
        CUSTOMER_RETENTION: series(80, 80),
      },
    });
    expect(flatRetention.verdict).toBe('IMPROVED');
  });

  it('PERCENT_CHANGE measures relative change (a rule HR switches to sales amount)', () => {
    const rule = TrainingImpactRuleSchema.parse({
      ...SALES_IMPACT_RULE,
      kpis: SALES_IMPACT_RULE.kpis.map((k) =>
        k.key === 'SALES_GROWTH' ? { ...k, kpiCode: 'SALES_AMOUNT', measure: 'PERCENT_CHANGE' } : k,
      ),
    });
    const r = evaluateTrainingImpact(rule, {
      completedOn: COMPLETED,
      series: { SALES_AMOUNT: series(100, 118), CUSTOMER_RETENTION: series(80, 89.6) },
    });
    expect(r.kpis.map((k) => k.delta)).toEqual([18, 12]);
    expect(r.verdict).toBe('EXCELLENT');
  });

  it('reads a stored rule that still says PCT_CHANGE as PERCENT_CHANGE', () => {
    const rule = TrainingImpactRuleSchema.parse({
      ...SALES_IMPACT_RULE,
      kpis: SALES_IMPACT_RULE.kpis.map((k) => ({ ...k, measure: 'PCT_CHANGE' })),
    });
    expect(rule.kpis.map((k) => k.measure)).toEqual(['PERCENT_CHANGE', 'PERCENT_CHANGE']);
  });

  it('LEVEL reads a KPI that already is a growth rate: the post-window mean, no baseline needed', () => {
    const rule = TrainingImpactRuleSchema.parse({
      ...SALES_IMPACT_RULE,
      kpis: SALES_IMPACT_RULE.kpis.map((k) => (k.key === 'SALES_GROWTH' ? { ...k, measure: 'LEVEL' } : k)),
    });
    const r = evaluateTrainingImpact(rule, {
      completedOn: COMPLETED,
      series: { SALES_GROWTH: series(4, 18).slice(3), CUSTOMER_RETENTION: series(80, 89.6) },
    });
    expect(r.kpis[0]).toMatchObject({ baseline: null, post: 18, delta: 18 });
    expect(r.verdict).toBe('EXCELLENT');
  });

  it('rejects a condition on an unbound KPI', () => {
    const bad = {
      ...SALES_IMPACT_RULE,
      outcomes: [{ verdict: 'EXCELLENT', when: [{ kpi: 'NOPE', op: '>', value: 1 }], effects: [] }],
    };
    const r = TrainingImpactRuleSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['outcomes.0.when.0.kpi', 'unknown KPI binding "NOPE"'],
    ]);
  });
});
