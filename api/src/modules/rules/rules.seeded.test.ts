import type { MikroORM } from '@mikro-orm/core';
import {
  AwardCampaign,
  Course,
  Employee,
  Enrollment,
  EnrollmentStatus,
  ImprovementPlan,
  PerformanceReview,
  Position,
  Task,
  TaskType,
} from '@talentloop/db/entities';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreCampaign } from './award.service';
import { evaluateAllDueImpacts, previewEnrollmentImpact } from './impact.service';
import { promotionPath } from './promotion.service';
import { ensureDefaultRules } from './rule-store.service';

// The article's worked examples as planted by the generator (db/seed/GROUND_TRUTH.md,
// "Fixtures"), evaluated by the default rules over the seeded demo company.

const TODAY = '2026-11-01';
let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: 300, seed: 42 } });
  orm = await initOrm(db.url);
  await ensureDefaultRules(orm.em.fork());
});
afterAll(async () => {
  await orm?.close(true);
  await db?.close();
});

async function employee(no: string) {
  return orm.em.fork().findOneOrFail(Employee, { employeeNo: no }, { populate: ['position'] });
}

async function impactOf(no: string, courseCode: string) {
  const em = orm.em.fork();
  const e = await employee(no);
  const course = await em.findOneOrFail(Course, { code: courseCode });
  const enrollment = await em.findOneOrFail(Enrollment, {
    employee: e.id,
    course,
    status: EnrollmentStatus.COMPLETED,
  });
  return (await previewEnrollmentImpact(em, enrollment.id, TODAY))!.result;
}

async function nextPosition(from: Position, name: string) {
  return orm.em.fork().findOneOrFail(Position, { name, family: from.family });
}

describe('article fixtures in the seeded company', () => {
  it('TL900001: +18 % sales, +12 % retention → EXCELLENT, +5', async () => {
    const r = await impactOf('TL900001', 'NEGOTIATION');
    expect(r.kpis.map((k) => [k.key, k.delta])).toEqual([
      ['SALES_GROWTH', 18],
      ['CUSTOMER_RETENTION', 12],
    ]);
    expect(r.verdict).toBe('EXCELLENT');
    expect(r.performanceAdjustment).toEqual({ points: 5, quarter: '2026-Q3' });
  });

  it('TL900002: +3 % sales → RETRAIN with an improvement plan', async () => {
    const r = await impactOf('TL900002', 'NEGOTIATION');
    expect(r.kpis[0]!.delta).toBe(3);
    expect(r.verdict).toBe('RETRAIN');
    expect(r.actions.map((a) => a.type)).toEqual(['REASSIGN_COURSE', 'OPEN_IMPROVEMENT_PLAN']);
  });

  it('TL900004 / TL900005: 精益生产 → contribution pushed to the knowledge base / no change alerts the manager', async () => {
    const good = await impactOf('TL900004', 'LEAN');
    expect(good.verdict).toBe('CONTRIBUTION');
    expect(good.kpis.map((k) => k.delta)).toEqual([-35.2, 13]);
    expect(good.actions.map((a) => a.type)).toEqual(['RECORD_CONTRIBUTION', 'PUSH_TO_KNOWLEDGE_BASE']);
    const flat = await impactOf('TL900005', 'LEAN');
    expect(flat.verdict).toBe('NO_CHANGE');
    expect(flat.actions).toMatchObject([{ type: 'ALERT_MANAGER' }]);
  });

  it('TL900006: both courses ≥ 80 but no approved case → not eligible for 初级经理', async () => {
    const e = await employee('TL900006');
    const target = await nextPosition(e.position.getEntity(), '初级经理');
    const { eligibility } = await promotionPath(orm.em.fork(), e.id, target.id, TODAY);
    expect(eligibility.eligible).toBe(false);
    expect(eligibility.missing).toEqual(['missing: approved improvement case']);
    expect(eligibility.gates.map((g) => [g.label, g.passed, g.actual])).toEqual([
      ['团队管理基础', true, 'completed, exam 86'],
      ['项目协调技巧', true, 'completed, exam 82'],
      ['approved improvement case', false, '0'],
    ]);
  });

  it('TL900008 (login employee): 3 of 4 gates for 高级客户经理; next course 客户分层策略', async () => {
    const e = await employee('TL900008');
    const target = await nextPosition(e.position.getEntity(), '高级客户经理');
    const { eligibility } = await promotionPath(orm.em.fork(), e.id, target.id, TODAY);
    expect(eligibility.readinessPct).toBe(75);
    expect(eligibility.gates.filter((g) => !g.passed).map((g) => g.label)).toEqual(['客户分层策略']);
    expect(eligibility.nextCourse?.name).toBe('客户分层策略');
    expect(eligibility.remainingCourses.map((c) => c.name)).toEqual(['客户分层策略']);
  });

  it('TL900009 (appended): both courses ≥ 80 and an approved case → eligible for 初级经理', async () => {
    const e = await employee('TL900009');
    const target = await nextPosition(e.position.getEntity(), '初级经理');
    const { eligibility } = await promotionPath(orm.em.fork(), e.id, target.id, TODAY);
    expect(eligibility).toMatchObject({ eligible: true, readinessPct: 100, missing: [], nextCourse: null });
    expect(eligibility.gates.map((g) => [g.label, g.passed, g.actual])).toEqual([
      ['团队管理基础', true, 'completed, exam 88'],
      ['项目协调技巧', true, 'completed, exam 85'],
      ['approved improvement case', true, '1'],
    ]);
  });

  it('TL900007: 125 of 100 h, an adopted case and 2 rated lectures → 30 of 30 in 2026年度优秀员工', async () => {
    const em = orm.em.fork();
    const campaign = await em.findOneOrFail(AwardCampaign, { name: '2026年度优秀员工' });
    const scoring = await em.transactional((tx) => scoreCampaign(tx, null, campaign.id));
    const e = await employee('TL900007');
    const n = scoring.nominations.find((x) => x.employeeId === e.id)!;
    const training = n.criteria.find((c) => c.type === 'TRAINING_OUTCOME')!;
    expect(training.items.map((i) => [i.key, i.met])).toEqual([
      ['HOURS', true],
      ['ADOPTED_CASE', true],
      ['LECTURES', true],
    ]);
    expect(training.score).toBe(30);
    expect(n.rank).not.toBeNull();
  });

  it('stores every due verdict once and carries out its actions (retake, plan, alert, +5)', async () => {
    const now = new Date('2026-11-01T09:00:00Z');
    const run = await orm.em.fork().transactional((tx) => evaluateAllDueImpacts(tx, TODAY, now));
    expect(run.stored).toBe(run.evaluated);
    expect(run.byVerdict.EXCELLENT).toBeGreaterThanOrEqual(1);
    expect(run.byVerdict.RETRAIN).toBeGreaterThanOrEqual(2);
    expect(run.byVerdict.CONTRIBUTION).toBeGreaterThanOrEqual(1);
    expect(run.byVerdict.NO_CHANGE).toBeGreaterThanOrEqual(1);
    const again = await orm.em.fork().transactional((tx) => evaluateAllDueImpacts(tx, TODAY, now));
    expect(again).toMatchObject({ evaluated: 0, stored: 0, byVerdict: {} });

    const em = orm.em.fork();
    const retrain = await employee('TL900002');
    const plan = await em.findOneOrFail(ImprovementPlan, { employee: retrain.id });
    expect(plan.target).toBe('SALES_GROWTH >= 5');
    const retake = await em.findOneOrFail(Enrollment, {
      employee: retrain.id,
      course: { code: 'NEGOTIATION' },
      status: EnrollmentStatus.ENROLLED,
    });
    expect(retake.attempt).toBe(2);
    expect(await em.count(Task, { assignee: retrain.id, type: TaskType.RETRAIN, subjectId: retake.id })).toBe(
      1,
    );

    const flat = await employee('TL900005');
    const alert = await em.findOneOrFail(Task, { assignee: flat.manager!.id, type: TaskType.INVESTIGATE });
    expect((alert.evaluation as { causes: { label: string }[] }).causes.map((c) => c.label)).toEqual([
      '培训内容与岗位需求不匹配',
      '员工未掌握关键技能',
    ]);

    const excellent = await employee('TL900001');
    const q3 = await em.findOneOrFail(PerformanceReview, { employee: excellent.id, period: '2026-Q3' });
    expect(Number(q3.trainingAdjustment)).toBe(5);
    expect(Number(q3.finalScore)).toBeCloseTo(Number(q3.baseScore) + 5, 2);
  });
});
