/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AuditLog,
  AwardCampaign,
  Course,
  Department,
  Employee,
  EmployeeStatus,
  Enrollment,
  EnrollmentStatus,
  PromotionRule,
} from '@talentloop/db/entities';
import { toGlobalId as gid } from '../../common/relay';
import { createFixture, type Fixture } from '../../testing/fixtures';
import { startTestApi, type TestApi } from '../../testing/harness';
import { saveRule } from './rule-store.service';

// previewRuleChange: the draft and the active version judged over the caller's scope, counts
// and changed people exact, nothing saved; HR only. The award campaign's workflow: nominate,
// score (evidence named), decide, publish (stories with their facts), closed = read-only.

const AS_OF = '2026-06-30';
/** Exam scores of the ten candidates in the preview department: 70, 72 … 88. */
const SCORES = Array.from({ length: 10 }, (_, i) => 70 + 2 * i);

let api: TestApi;
let fx: Fixture;
let hr: string;

async function populate(em: EntityManager) {
  const course = em.create(Course, {
    id: 9390,
    code: 'FX-C-PREV',
    name: '预览课程(FX)',
    category: 'SALES',
    hours: 8,
    cost: '100.00',
    core: true,
    passScore: 60,
  });
  const department = em.create(Department, {
    id: 9040,
    code: 'FX-PV',
    name: 'Preview',
    path: '/9001/9002/9040/',
    depth: 2,
    parent: fx.departments.sales,
  });
  SCORES.forEach((score, i) => {
    const employee = em.create(Employee, {
      id: 40_000 + i,
      employeeNo: `PV${String(i).padStart(4, '0')}`,
      name: `Preview ${i}`,
      department,
      position: fx.positions.rep,
      manager: fx.employees.m1,
      hireDate: '2020-01-01',
    });
    em.create(Enrollment, {
      employee,
      course,
      status: EnrollmentStatus.COMPLETED,
      enrolledOn: '2026-01-01',
      completedOn: '2026-01-10',
      hours: 8,
      examScore: score,
    });
  });
  await em.flush();
  // Nobody outside the preview department has the course: only its people can change.
  await saveRule(em, null, 'PROMOTION', 'FX-SREP', {
    name: '晋升高级客户经理(FX)',
    requiredCourses: [{ code: 'FX-C-PREV', name: '预览课程(FX)', minExamScore: 75 }],
  });
  await em.flush();
}

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
  await populate(api.orm.em.fork() as EntityManager);
  hr = await api.login('fx-hr');
});
afterAll(async () => api?.close());

const PREVIEW = `query($kind: RuleKind!, $key: String!, $definition: JSONObject!, $asOf: Date, $first: Int, $offset: Int) {
  previewRuleChange(kind: $kind, key: $key, definition: $definition, asOf: $asOf, first: $first, offset: $offset) {
    kind key currentVersion draftVersion asOf evaluated changed
    transitions { before after count }
    changes { employeeId employeeNo name subject before after beforeValue afterValue }
  } }`;

const draft = (min: number) => ({
  name: '晋升高级客户经理(FX)',
  requiredCourses: [{ code: 'FX-C-PREV', name: '预览课程(FX)', minExamScore: min }],
});

describe('previewRuleChange', () => {
  it('counts and lists exactly the people whose eligibility the draft changes, and saves nothing', async () => {
    const versions = await api.orm.em.fork().count(PromotionRule, {});
    const audits = await api.orm.em.fork().count(AuditLog, {});
    const res = await api.gql(
      PREVIEW,
      { kind: 'PROMOTION', key: 'FX-SREP', definition: draft(80), asOf: AS_OF },
      hr,
    );
    expect(res.errors).toBeUndefined();
    const p = res.data!.previewRuleChange;
    // Candidates for FX-SREP: every active rep (e1, e2 and the ten), each judged by both versions.
    const reps = await api.orm.em
      .fork()
      .count(Employee, { position: fx.positions.rep.id, status: EmployeeStatus.ACTIVE });
    expect(p).toMatchObject({ kind: 'PROMOTION', key: 'FX-SREP', currentVersion: 1, draftVersion: 2 });
    expect(p.evaluated).toBe(reps);
    // 76 and 78 pass ≥ 75 but not ≥ 80.
    expect(p.changed).toBe(2);
    expect(p.transitions).toEqual([{ before: 'ELIGIBLE', after: 'NOT_ELIGIBLE', count: 2 }]);
    expect(p.changes.map((c: any) => [c.employeeNo, c.before, c.after, c.subject])).toEqual([
      ['PV0003', 'ELIGIBLE', 'NOT_ELIGIBLE', '高级客户经理(FX)'],
      ['PV0004', 'ELIGIBLE', 'NOT_ELIGIBLE', '高级客户经理(FX)'],
    ]);
    expect(p.changes[0].employeeId).toBe(gid('Employee', 40_003));
    expect(p.changes[0].beforeValue).toBe(100);
    expect(p.changes[0].afterValue).toBeLessThan(100);
    // Nothing stored: no version, no audit row.
    expect(await api.orm.em.fork().count(PromotionRule, {})).toBe(versions);
    expect(await api.orm.em.fork().count(AuditLog, {})).toBe(audits);
  });

  it('lowers the bar: people become eligible; pages the changes', async () => {
    const res = await api.gql(
      PREVIEW,
      { kind: 'PROMOTION', key: 'FX-SREP', definition: draft(70), asOf: AS_OF, first: 1, offset: 1 },
      hr,
    );
    expect(res.errors).toBeUndefined();
    const p = res.data!.previewRuleChange;
    // 70, 72 and 74 now pass.
    expect(p.changed).toBe(3);
    expect(p.transitions).toEqual([{ before: 'NOT_ELIGIBLE', after: 'ELIGIBLE', count: 3 }]);
    expect(p.changes.map((c: any) => c.employeeNo)).toEqual(['PV0001']);
  });

  it('an unchanged rule changes nobody', async () => {
    const res = await api.gql(
      PREVIEW,
      { kind: 'PROMOTION', key: 'FX-SREP', definition: draft(75), asOf: AS_OF },
      hr,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.previewRuleChange).toMatchObject({ changed: 0, transitions: [], changes: [] });
  });

  it('refuses an invalid draft naming the field', async () => {
    const res = await api.gql(PREVIEW, { kind: 'PROMOTION', key: 'FX-SREP', definition: draft(150) }, hr);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual(['definition.requiredCourses.0.minExamScore']);
    // Coded, so the dashboard words it: the same code its form computes from the same schema.
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({
        field: 'definition.requiredCourses.0.minExamScore',
        code: 'TOO_HIGH',
        max: 100,
      }),
    ]);
    const page = await api.gql(
      PREVIEW,
      { kind: 'PROMOTION', key: 'FX-SREP', definition: draft(80), first: 0 },
      hr,
    );
    expect(page.errors?.[0]?.extensions?.fields).toEqual(['first']);
  });

  it('is HR only: managers, employees and signed-out callers cannot preview', async () => {
    for (const user of ['fx-manager', 'fx-employee']) {
      const res = await api.gql(
        PREVIEW,
        { kind: 'PROMOTION', key: 'FX-SREP', definition: draft(80) },
        await api.login(user),
      );
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await api.gql(PREVIEW, { kind: 'PROMOTION', key: 'FX-SREP', definition: draft(80) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names who created a saved version', async () => {
    const save = await api.gql(
      `mutation($d: JSONObject!) { saveRule(kind: PROMOTION, key: "FX-SREP", definition: $d) { version createdBy } }`,
      { d: draft(75) },
      hr,
    );
    expect(save.errors).toBeUndefined();
    expect(save.data!.saveRule).toEqual({ version: 2, createdBy: 'fx-hr' });
    const history = await api.gql(
      `{ rules(kind: PROMOTION, key: "FX-SREP", history: true) { version createdBy active } }`,
      {},
      hr,
    );
    expect(history.data!.rules).toEqual([
      { version: 1, createdBy: null, active: false },
      { version: 2, createdBy: 'fx-hr', active: true },
    ]);
  });
});

describe('promotion report formulas', () => {
  it('come as codes with their terms, for the reader to word', async () => {
    const res = await api.gql(
      `query($e: ID!, $p: ID!) { promotionReport(employeeId: $e, targetPositionId: $p, asOf: "2026-06-30") {
        formulaCode formulaTerms { name value weight }
        sections { key formulaCode formulaTerms { name value weight }
          parts { key formulaCode formulaTerms { name value code } } } } }`,
      { e: gid('Employee', 40_009), p: gid('Position', fx.positions.seniorRep.id) },
      hr,
    );
    expect(res.errors).toBeUndefined();
    const report = res.data!.promotionReport;
    expect(report.formulaCode).toBe('WEIGHTED_SUM');
    expect(report.formulaTerms.map((t: any) => t.name)).toEqual(['training', 'performance', 'peerFeedback']);
    const [training, performance, peer] = report.sections;
    expect(training.formulaCode).toBe('WEIGHTED_SUM');
    expect(training.parts[0]).toMatchObject({
      key: 'coreCourses',
      formulaCode: 'CORE_BEST_EXAM_MEAN',
      formulaTerms: [{ name: '预览课程(FX)', value: 88, code: null }],
    });
    expect(training.parts[2]).toMatchObject({
      key: 'improvement',
      formulaCode: 'IMPROVEMENT_NONE',
      formulaTerms: [],
    });
    expect(performance).toMatchObject({ formulaCode: 'REVIEW_NONE', formulaTerms: [] });
    expect(peer).toMatchObject({ formulaCode: 'PEER_NONE', formulaTerms: [] });
  });
});

const RANKING = `{ employeeId result rank total
  evidence { type id name date link }
  criteria { type items { key evidence { type name } } } }`;

describe('award campaign workflow', () => {
  let campaignId: string;
  beforeAll(async () => {
    const em = api.orm.em.fork();
    const campaign = em.create(AwardCampaign, {
      id: 9601,
      name: '2026 优秀员工(FX)',
      period: '2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      standardHours: 8,
      criteria: {},
    });
    // A colleague without the course: fewer hours, so ranked below Preview 9.
    em.create(Employee, {
      id: 40_010,
      employeeNo: 'PV0010',
      name: 'Preview 10',
      department: 9040,
      position: fx.positions.rep,
      manager: fx.employees.m1,
      hireDate: '2020-01-01',
    });
    await em.flush();
    campaignId = gid('AwardCampaign', campaign.id);
  });

  it('nominates, scores with named evidence, decides, publishes stories and then stays read-only', async () => {
    const nominate = await api.gql(
      `mutation($c: ID!, $e: ID!) { nominateForAward(campaignId: $c, employeeId: $e) ${RANKING} }`,
      { c: campaignId, e: gid('Employee', 40_009) },
      hr,
    );
    expect(nominate.errors).toBeUndefined();
    expect(nominate.data!.nominateForAward).toMatchObject([
      { employeeId: gid('Employee', 40_009), result: 'PENDING' },
    ]);
    // A second nominee nobody decides on: publishing makes them NOT_AWARDED.
    const second = await api.gql(
      `mutation($c: ID!, $e: ID!) { nominateForAward(campaignId: $c, employeeId: $e) { employeeId } }`,
      { c: campaignId, e: gid('Employee', 40_010) },
      hr,
    );
    expect(second.errors).toBeUndefined();

    const scored = await api.gql(
      `mutation($c: ID!) { scoreAwardCampaign(campaignId: $c) ${RANKING} }`,
      { c: campaignId },
      hr,
    );
    expect(scored.errors).toBeUndefined();
    const entry = scored.data!.scoreAwardCampaign.find((e: any) => e.employeeId === gid('Employee', 40_009));
    expect(entry.rank).toBe(1);
    const enrollment = entry.evidence.find((e: any) => e.type === 'ENROLLMENT');
    expect(enrollment).toMatchObject({
      name: '预览课程(FX)',
      date: '2026-01-10',
      link: `/archive/${encodeURIComponent(gid('Employee', 40_009))}`,
    });

    const decided = await api.gql(
      `mutation($c: ID!, $e: ID!) { decideAwardNomination(campaignId: $c, employeeId: $e, awarded: true) { result } }`,
      { c: campaignId, e: gid('Employee', 40_009) },
      hr,
    );
    expect(decided.data!.decideAwardNomination).toEqual([{ result: 'AWARDED' }, { result: 'PENDING' }]);

    const published = await api.gql(
      `mutation($c: ID!) { publishAwardCampaign(campaignId: $c) { status } }`,
      { c: campaignId },
      hr,
    );
    expect(published.data!.publishAwardCampaign).toEqual({ status: 'CLOSED' });
    const stories = await api.gql(
      `{ successStories(first: 5) { employeeId campaign hours adoptedCases ratedLectures rank publishedAt } }`,
      {},
      hr,
    );
    expect(stories.data!.successStories[0]).toMatchObject({
      employeeId: gid('Employee', 40_009),
      campaign: '2026 优秀员工(FX)',
      hours: 8,
      rank: 1,
    });

    // Closed: no re-scoring, no new nominations; the ranking keeps its breakdown.
    const again = await api.gql(
      `mutation($c: ID!) { scoreAwardCampaign(campaignId: $c) { rank } }`,
      { c: campaignId },
      hr,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const ranking = await api.gql(
      `query($c: ID!) { awardCampaignRanking(campaignId: $c) ${RANKING} }`,
      { c: campaignId },
      hr,
    );
    expect(ranking.data!.awardCampaignRanking.map((e: any) => [e.employeeId, e.result, e.rank])).toEqual([
      [gid('Employee', 40_009), 'AWARDED', 1],
      [gid('Employee', 40_010), 'NOT_AWARDED', 2],
    ]);
    expect(ranking.data!.awardCampaignRanking[0].criteria.length).toBeGreaterThan(0);
  });

  it('managers cannot nominate; nobody can nominate outside the scope', async () => {
    const res = await api.gql(
      `mutation($c: ID!, $e: ID!) { nominateForAward(campaignId: $c, employeeId: $e) { rank } }`,
      { c: campaignId, e: gid('Employee', 40_001) },
      await api.login('fx-manager'),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
