/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value */
import { PromotionApplication } from '@talentloop/db/entities';
import { FIXTURES } from '@talentloop/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/harness';
import { replayPromotionReport, type FrozenReport } from '@talentloop/rules';
import { ensureDefaultRules } from './rule-store.service';

// The HR promotion review on the seeded company, over real HTTP: TL900009 (db/seed/GROUND_TRUTH.md,
// "Fixtures") meets every gate of the default 晋升初级经理 rule, so HR can file and decide a review
// and the frozen report says eligible with every gate passed — and stays the same when re-run.
// The fixture is identical at every company size; 60 employees keep the seeding short.

let api: TestApi;
let hr = '';
let employeeId = '';
let targetId = '';

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const res = await api.gql(query, variables, hr);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const GATES = 'gates { key kind label passed actual required missing evidence { type id } }';
const REPORT = `ruleKey ruleVersion targetPosition asOf eligible total formula frozen
  sections { key weight score weighted formula parts { key weight score formula } }`;
const APPLY = `mutation($e: ID!, $p: ID!) { applyForPromotion(employeeId: $e, targetPositionId: $p) {
  id status eligible ruleVersion } }`;
const DECIDE = `mutation($a: ID!, $approve: Boolean!) { decidePromotion(applicationId: $a, approve: $approve) {
  id status decision eligible ruleVersion report { ${REPORT} } } }`;

/** Files an application for the fixture and decides it: the frozen review report. */
async function runReview(approve: boolean) {
  const { applyForPromotion } = await ok(APPLY, { e: employeeId, p: targetId });
  expect(applyForPromotion).toMatchObject({ status: 'SUBMITTED', eligible: true, ruleVersion: 1 });
  const { decidePromotion } = await ok(DECIDE, { a: applyForPromotion.id, approve });
  return decidePromotion;
}

beforeAll(async () => {
  api = await startTestApi({ seed: { employees: 60, seed: 7 } });
  await ensureDefaultRules(api.orm.em.fork());
  hr = await api.login('hr');
  const { employees } = await ok(
    `query($s: String) { employees(first: 5, filter: { search: $s }) { nodes { id employeeNo name
      position { name nextPositions { toPosition { id name } } } } } }`,
    { s: FIXTURES.juniorManagerReady },
  );
  expect(employees.nodes).toHaveLength(1);
  const fixture = employees.nodes[0];
  expect(fixture).toMatchObject({ employeeNo: 'TL900009', name: '郑远航', position: { name: '高级工程师' } });
  employeeId = fixture.id;
  targetId = fixture.position.nextPositions.find((n: any) => n.toPosition.name === '初级经理').toPosition.id;
});
afterAll(async () => api?.close());

describe('applications respect the career path', () => {
  async function applyError(e: string, p: string) {
    const res = await api.gql(APPLY, { e, p }, hr);
    expect(res.data?.applyForPromotion ?? null).toBeNull();
    return res.errors![0]!;
  }

  it('refuses a target that is not a next step of the current position, naming the target', async () => {
    const { positions } = await ok(`{ positions { id code name family } }`);
    // 高级客户经理 has a promotion rule but is no next step of 高级工程师 (TECH).
    const offPath = positions.find((p: any) => p.name === '高级客户经理');
    const error = await applyError(employeeId, offPath.id);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['targetPositionId'] });
    expect(error.message).toContain(`高级客户经理 (${offPath.code}) is not a next step from 高级工程师`);
    // Nothing was filed.
    expect(await api.orm.em.fork().count(PromotionApplication, {})).toBe(0);
  });

  it('refuses a next step that has no promotion rule', async () => {
    const { employees } = await ok(`{ employees(first: 60) { nodes { id position { name family
      nextPositions { toPosition { id name code } } } } } }`);
    const engineer = employees.nodes.find(
      (e: any) => e.position.name === '工程师' && e.position.family === 'TECH',
    );
    const next = engineer.position.nextPositions[0].toPosition;
    expect(next.name).toBe('高级工程师');
    const error = await applyError(engineer.id, next.id);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['targetPositionId'] });
    expect(error.message).toContain(`高级工程师 (${next.code}) has no promotion rule`);
  });
});

describe('HR promotion review of the ready candidate (TL900009)', () => {
  it('meets every gate of 晋升初级经理, with the evidence behind each', async () => {
    const { promotionPath } = await ok(
      `query($e: ID!, $p: ID!) { promotionPath(employeeId: $e, targetPositionId: $p, asOf: "2026-11-01") {
        eligible readinessPct missing ruleVersion targetPosition ${GATES} } }`,
      { e: employeeId, p: targetId },
    );
    expect(promotionPath).toMatchObject({
      eligible: true,
      readinessPct: 100,
      missing: [],
      ruleVersion: 1,
      targetPosition: '初级经理',
    });
    expect(promotionPath.gates.map((g: any) => [g.label, g.passed, g.actual, g.required, g.missing])).toEqual(
      [
        ['团队管理基础', true, 'completed, exam 88', 'exam ≥ 80', null],
        ['项目协调技巧', true, 'completed, exam 85', 'exam ≥ 80', null],
        ['approved improvement case', true, '1', '≥ 1', null],
      ],
    );
    expect(promotionPath.gates.map((g: any) => g.evidence.map((e: any) => e.type))).toEqual([
      ['ENROLLMENT'],
      ['ENROLLMENT'],
      ['CASE'],
    ]);
  });

  it('scores the review report as GROUND_TRUTH.md says (asOf 2026-11-01)', async () => {
    const { promotionReport } = await ok(
      `query($e: ID!, $p: ID!) { promotionReport(employeeId: $e, targetPositionId: $p, asOf: "2026-11-01") { ${REPORT} } }`,
      { e: employeeId, p: targetId },
    );
    expect(promotionReport).toMatchObject({
      ruleKey: 'JUNIOR_MANAGER',
      ruleVersion: 1,
      targetPosition: '初级经理',
      eligible: true,
      total: 80.88,
    });
    expect(promotionReport.sections.map((s: any) => [s.key, s.weight, s.score])).toEqual([
      ['training', 30, 64.6],
      ['performance', 50, 87],
      ['peerFeedback', 20, 90],
    ]);
    expect(promotionReport.sections[0].parts.map((p: any) => [p.key, p.score])).toEqual([
      ['coreCourses', 86.5],
      ['competencyMatch', 100],
      ['improvement', 0],
    ]);
  });

  it('HR’s frozen report lists the candidate as eligible with every gate passed, and re-running it is stable', async () => {
    const first = await runReview(false);
    expect(first).toMatchObject({ status: 'DECIDED', decision: 'REJECTED', eligible: true, ruleVersion: 1 });
    const report = first.report;
    expect(report).toMatchObject({ eligible: true, ruleKey: 'JUNIOR_MANAGER', ruleVersion: 1 });
    const frozen = report.frozen as FrozenReport;
    expect(frozen).toMatchObject({ ruleKey: 'JUNIOR_MANAGER', ruleVersion: 1, asOf: report.asOf });
    expect(frozen.inputs.eligibility.eligible).toBe(true);
    expect(frozen.inputs.eligibility.missing).toEqual([]);
    expect(frozen.inputs.eligibility.gates.map((g) => [g.label, g.passed])).toEqual([
      ['团队管理基础', true],
      ['项目协调技巧', true],
      ['approved improvement case', true],
    ]);
    // every gate's evidence is a row of the frozen archive
    const enrollmentIds = new Set(frozen.inputs.archive.enrollments.map((e) => e.id));
    const caseIds = new Set(frozen.inputs.archive.cases.map((c) => c.id));
    for (const gate of frozen.inputs.eligibility.gates)
      for (const ev of gate.evidence)
        expect((ev.type === 'CASE' ? caseIds : enrollmentIds).has(ev.id), `${gate.label} ${ev.type}`).toBe(
          true,
        );

    // Stable: the stored copy, a replay of the frozen inputs, a second review and the live report agree.
    const { promotionApplication } = await ok(
      `query($a: ID!) { promotionApplication(id: $a) { decision eligible ruleVersion report { ${REPORT} } } }`,
      { a: first.id },
    );
    expect(promotionApplication.report).toEqual(report);
    const replayed = replayPromotionReport(frozen);
    // The fields REPORT selects (the formula codes have their own test in rules/).
    const selected = <T extends { formulaCode?: unknown; formulaTerms?: unknown }>(x: T) => {
      const { formulaCode: _code, formulaTerms: _terms, ...rest } = x;
      return rest;
    };
    const sections = replayed.sections.map(({ evidence: _, ...s }) => ({
      ...selected(s),
      parts: s.parts.map(selected),
    }));
    expect({ sections, total: replayed.total }).toEqual({
      sections: report.sections.map((s: any) => ({
        ...s,
        parts: s.parts.map((p: any) => ({ ...p, evidence: expect.any(Array) })),
      })),
      total: report.total,
    });
    const second = await runReview(false);
    expect(second.id).not.toBe(first.id);
    expect(second.report).toEqual(report);
    const { promotionReport: live } = await ok(
      `query($e: ID!, $p: ID!) { promotionReport(employeeId: $e, targetPositionId: $p) { ${REPORT} } }`,
      { e: employeeId, p: targetId },
    );
    expect(live).toEqual(report);
  });

  it('approving the review promotes the candidate to 初级经理', async () => {
    const decided = await runReview(true);
    expect(decided).toMatchObject({ decision: 'APPROVED', report: { eligible: true } });
    const { node } = await ok('query($id: ID!) { node(id: $id) { ... on Employee { position { name } } } }', {
      id: employeeId,
    });
    expect(node.position.name).toBe('初级经理');
  });
});
