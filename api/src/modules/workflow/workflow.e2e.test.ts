import { AwardCampaign, AwardCampaignStatus, AwardNomination, Employee } from '@talentloop/db/entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../common/relay';
import { startTestApi, type TestApi } from '../../testing/harness';
import { JUNIOR_MANAGER_RULE } from '@talentloop/rules';
import { ensureDefaultRules } from '../rules/rule-store.service';
import { processOutbox, resetOutbox } from './outbox.processor';
import { createWorkflowFixture, type WorkflowFixture } from './workflow.fixtures';

// End to end over real HTTP: course completion → practice task → case submitted → manager
// review → eligibility notification, then a full replay of the outbox that changes nothing,
// and a rule edit that leaves an earlier frozen report on its old version.

let api: TestApi;
let fx: WorkflowFixture;
const token: Record<'hr' | 'manager' | 'employee', string> = { hr: '', manager: '', employee: '' };
const worker = () => processOutbox(api.orm);
const gid = (type: string, id: number) => toGlobalId(type, id);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value
async function ok<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown>,
  as: keyof typeof token,
) {
  const res = await api.gql<T>(query, variables, token[as]);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

const PATH = `query($e: ID!, $p: ID!) { promotionPath(employeeId: $e, targetPositionId: $p) {
  eligible readinessPct missing ruleVersion targetPosition gates { key passed actual required missing evidence { type id } } } }`;

async function snapshotTables() {
  const rows = await api.orm.em
    .fork()
    .getConnection()
    .execute(
      `select (select json_agg(t order by id) from (select id, type, status, assignee_id, subject_id from task) t) as tasks,
              (select json_agg(n order by id) from (select id, type, title, recipient_id from notification) n) as notes,
              (select json_agg(i order by id) from (select id, outcome, contribution from training_impact) i) as impacts,
              (select json_agg(e order by id) from (select id, status, attempt from enrollment) e) as enrollments,
              (select json_agg(r order by id) from (select id, training_adjustment, final_score from performance_review) r) as reviews,
              (select count(*) from audit_log) as audit,
              (select count(*) from domain_event) as events`,
    );
  return rows[0];
}

beforeAll(async () => {
  api = await startTestApi();
  fx = await createWorkflowFixture(api.orm.em.fork());
  await ensureDefaultRules(api.orm.em.fork());
  token.hr = await api.login(fx.users.hr);
  token.manager = await api.login(fx.users.manager);
  token.employee = await api.login(fx.users.employee);
});
afterAll(async () => api?.close());

describe('linkage workflow through GraphQL', () => {
  it('completion → practice tasks; without an approved case 初级经理 is not reachable', async () => {
    for (const [id, exam] of [
      [fx.enrollments.teamBasics, 85],
      [fx.enrollments.coordination, 90],
    ] as const) {
      await ok(
        `mutation($i: RecordCompletionInput!) { recordCompletion(input: $i) { status } }`,
        {
          i: {
            enrollmentId: gid('Enrollment', id),
            completedOn: '2026-06-01',
            hours: 12,
            examScore: exam,
            practiceScore: 85,
          },
        },
        'manager',
      );
    }
    expect(await worker()).toEqual({ processed: 2, failed: 0 });
    const { myTasks } = await ok<{ myTasks: { type: string; subjectId: number; title: string }[] }>(
      '{ myTasks { type subjectId title } }',
      {},
      'employee',
    );
    expect(myTasks.map((t) => [t.type, t.subjectId]).sort()).toEqual([
      ['PRACTICE', fx.enrollments.teamBasics],
      ['PRACTICE', fx.enrollments.coordination],
    ]);
    const { promotionPath } = await ok(
      PATH,
      { e: gid('Employee', fx.employeeId), p: gid('Position', fx.juniorManagerId) },
      'employee',
    );
    expect(promotionPath).toMatchObject({
      eligible: false,
      readinessPct: 67,
      ruleVersion: 1,
      targetPosition: '初级经理',
    });
    expect(promotionPath.missing).toEqual(['missing: approved improvement case']);
    expect(promotionPath.gates[0]).toMatchObject({
      passed: true,
      actual: 'completed, exam 85',
      required: 'exam ≥ 80',
    });
  });

  it('case submitted → manager review task; approval → "你已满足晋升初级经理的全部条件"', async () => {
    const { submitPracticeCase } = await ok<{ submitPracticeCase: { id: string } }>(
      `mutation($i: SubmitPracticeCaseInput!) { submitPracticeCase(input: $i) { id } }`,
      {
        i: {
          enrollmentId: gid('Enrollment', fx.enrollments.teamBasics),
          title: '优化团队沟通流程',
          summary: '项目交付周期缩短了15%',
        },
      },
      'employee',
    );
    await worker();
    const { myTasks } = await ok<{ myTasks: { type: string; title: string }[] }>(
      '{ myTasks { type title } }',
      {},
      'manager',
    );
    expect(myTasks).toEqual([{ type: 'REVIEW', title: '审核实践案例「优化团队沟通流程」（李娜）' }]);

    await ok(
      `mutation($i: ReviewPracticeCaseInput!) { reviewPracticeCase(input: $i) { status } }`,
      { i: { caseId: submitPracticeCase.id, decision: 'APPROVE', score: 90 } },
      'manager',
    );
    await worker();
    expect((await ok<{ myTasks: unknown[] }>('{ myTasks { type } }', {}, 'manager')).myTasks).toEqual([]);
    const { myNotifications } = await ok<{ myNotifications: { type: string; title: string }[] }>(
      '{ myNotifications(unreadOnly: true) { type title } }',
      {},
      'employee',
    );
    expect(myNotifications.map((n) => n.title)).toEqual([
      '你已满足晋升初级经理的全部条件',
      '你的实践案例「优化团队沟通流程」已通过审核',
    ]);
    const { promotionPath } = await ok(
      PATH,
      { e: gid('Employee', fx.employeeId), p: gid('Position', fx.juniorManagerId) },
      'employee',
    );
    expect(promotionPath).toMatchObject({ eligible: true, readinessPct: 100, missing: [] });
  });

  it('shows the training impact of an enrollment with its formula', async () => {
    const { node } = await ok(
      `query($id: ID!) { node(id: $id) { ... on Enrollment { impact { verdict stored contributionPct performanceAdjustment adjustmentQuarter formula kpis { key delta } } } } }`,
      { id: gid('Enrollment', fx.enrollments.negotiation) },
      'employee',
    );
    expect(node.impact).toMatchObject({
      verdict: 'EXCELLENT',
      contributionPct: 15,
      performanceAdjustment: 5,
      adjustmentQuarter: '2026-Q2',
      kpis: [
        { key: 'SALES_GROWTH', delta: 18 },
        { key: 'CUSTOMER_RETENTION', delta: 12 },
      ],
    });
    expect(node.impact.formula).toContain(
      'EXCELLENT: SALES_GROWTH 18 > 15 ✓ AND CUSTOMER_RETENTION 12 >= 10 ✓',
    );
  });

  it('HR evaluates due impacts: +5 lands on the 2026-Q2 review, with where it came from', async () => {
    const run = await ok('mutation { evaluateDueImpacts { evaluated stored byVerdict } }', {}, 'hr');
    expect(run.evaluateDueImpacts).toEqual({ evaluated: 1, stored: 1, byVerdict: { EXCELLENT: 1 } });
    const again = await ok('mutation { evaluateDueImpacts { evaluated stored } }', {}, 'hr');
    expect(again.evaluateDueImpacts).toEqual({ evaluated: 0, stored: 0 });
    const { node } = await ok(
      `query($id: ID!) { node(id: $id) { ... on PerformanceReview { baseScore trainingAdjustment finalScore
        trainingAdjustmentSources { courseName points verdict ruleVersion } } } }`,
      { id: gid('PerformanceReview', 8701) },
      'hr',
    );
    expect(node).toEqual({
      baseScore: 80,
      trainingAdjustment: 5,
      finalScore: 85,
      trainingAdjustmentSources: [
        { courseName: '客户谈判技巧', points: 5, verdict: 'EXCELLENT', ruleVersion: 1 },
      ],
    });
  });

  it('replaying every event changes nothing', async () => {
    const before = await snapshotTables();
    expect(await resetOutbox(api.orm)).toBe(Number(before.events));
    const again = await worker();
    expect(again).toEqual({ processed: Number(before.events), failed: 0 });
    expect(await snapshotTables()).toEqual(before);
  });

  it('editing a rule creates a new version; the earlier frozen report keeps the old one', async () => {
    const { applyForPromotion } = await ok<{ applyForPromotion: { id: string } }>(
      'mutation($p: ID!) { applyForPromotion(targetPositionId: $p) { id status eligible } }',
      { p: gid('Position', fx.juniorManagerId) },
      'employee',
    );
    const decided = await ok(
      'mutation($a: ID!) { decidePromotion(applicationId: $a, approve: true) { decision ruleVersion report { ruleVersion total eligible sections { key weight } } } }',
      { a: applyForPromotion.id },
      'hr',
    );
    expect(decided.decidePromotion).toMatchObject({
      decision: 'APPROVED',
      ruleVersion: 1,
      report: { ruleVersion: 1, eligible: true },
    });
    expect(decided.decidePromotion.report.sections.map((s: { weight: number }) => s.weight)).toEqual([
      30, 50, 20,
    ]);
    const promoted = await ok(
      'query($id: ID!) { node(id: $id) { ... on Employee { position { name } } } }',
      { id: gid('Employee', fx.employeeId) },
      'hr',
    );
    expect(promoted.node.position.name).toBe('初级经理');

    const saved = await ok(
      'mutation($d: JSONObject!) { saveRule(kind: PROMOTION, key: "WF-JM", definition: $d) { version active definition } }',
      { d: { ...JUNIOR_MANAGER_RULE, minApprovedCases: 2 } },
      'hr',
    );
    expect(saved.saveRule).toMatchObject({
      version: 2,
      active: true,
      definition: { minApprovedCases: 2, targetPosition: { name: '初级经理' } },
    });
    const { rules } = await ok(
      '{ rules(kind: PROMOTION, key: "WF-JM", history: true) { version active } }',
      {},
      'hr',
    );
    expect(rules).toEqual([
      { version: 1, active: false },
      { version: 2, active: true },
    ]);
    const app = await ok(
      'query($a: ID!) { promotionApplication(id: $a) { ruleVersion report { ruleVersion total } } }',
      { a: applyForPromotion.id },
      'hr',
    );
    expect(app.promotionApplication).toEqual({
      ruleVersion: 1,
      report: { ruleVersion: 1, total: decided.decidePromotion.report.total },
    });
    const { promotionPath } = await ok(
      PATH,
      { e: gid('Employee', fx.employeeId), p: gid('Position', fx.juniorManagerId) },
      'employee',
    );
    expect(promotionPath).toMatchObject({
      ruleVersion: 2,
      eligible: false,
      missing: ['missing: 1 more approved improvement case(s)'],
    });
  });

  it('rejects an invalid rule naming the field, and rule writes by non-HR', async () => {
    const bad = await api.gql(
      'mutation($d: JSONObject!) { saveRule(kind: PROMOTION, key: "WF-JM", definition: $d) { version } }',
      { d: { ...JUNIOR_MANAGER_RULE, reportWeights: { training: 30, performance: 30, peerFeedback: 30 } } },
      token.hr,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['definition.reportWeights'],
    });
    const denied = await api.gql(
      'mutation($d: JSONObject!) { saveRule(kind: PROMOTION, key: "WF-JM", definition: $d) { version } }',
      { d: { ...JUNIOR_MANAGER_RULE } },
      token.manager,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps other people’s promotion paths out of an employee’s reach', async () => {
    const res = await api.gql(
      PATH,
      { e: gid('Employee', fx.managerId), p: gid('Position', fx.juniorManagerId) },
      token.employee,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
  });

  it('scores an award campaign and serves the ranking with evidence', async () => {
    const em = api.orm.em.fork();
    const campaign = em.create(AwardCampaign, {
      name: '2026年度优秀员工(WF)',
      period: '2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      standardHours: 100,
      criteria: {},
      status: AwardCampaignStatus.OPEN,
      createdAt: new Date(),
    });
    await em.flush();
    for (const id of [fx.managerId, fx.employeeId])
      em.create(AwardNomination, {
        campaign,
        employee: em.getReference(Employee, id),
        createdAt: new Date(),
      });
    await em.flush();
    const cid = gid('AwardCampaign', campaign.id);
    const scored = await ok(
      'mutation($c: ID!) { scoreAwardCampaign(campaignId: $c) { name total rank criteria { type score } } }',
      { c: cid },
      'hr',
    );
    expect(scored.scoreAwardCampaign).toEqual([
      {
        name: '李娜',
        total: 42.5,
        rank: 1,
        criteria: [
          { type: 'TRAINING_OUTCOME', score: 0 },
          { type: 'PERFORMANCE', score: 42.5 },
          { type: 'PEER_FEEDBACK', score: 0 },
        ],
      },
      {
        name: '王经理',
        total: 0,
        rank: 2,
        criteria: [
          { type: 'TRAINING_OUTCOME', score: 0 },
          { type: 'PERFORMANCE', score: 0 },
          { type: 'PEER_FEEDBACK', score: 0 },
        ],
      },
    ]);
    const { awardCampaignRanking } = await ok(
      'query($c: ID!) { awardCampaignRanking(campaignId: $c) { name rank evidence { type id } } }',
      { c: cid },
      'hr',
    );
    expect(awardCampaignRanking[0]).toMatchObject({ name: '李娜', rank: 1 });
    expect(awardCampaignRanking[0].evidence).toContainEqual({ type: 'REVIEW', id: 8701 });
    const { awardCampaigns } = await ok('{ awardCampaigns { id status ruleVersion } }', {}, 'hr');
    expect(awardCampaigns).toEqual([{ id: cid, status: 'SCORED', ruleVersion: 1 }]);
  });
});
