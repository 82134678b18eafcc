/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value */
import { Notification } from '@talentloop/db/entities';
import { FIXTURES } from '@talentloop/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/harness';
import { ensureDefaultRules } from './rule-store.service';

// HR's promotion-application queue over real HTTP: an application filed for the ready fixture
// (TL900009) waits under PENDING, is decided once with a comment (a second decision is a
// CONFLICT), moves to APPROVED or REJECTED, and its applicant is notified with codes and values.

let api: TestApi;
let hr = '';
let employeeId = '';
let targetId = '';

async function gql(query: string, variables: Record<string, unknown> = {}, token = hr) {
  return api.gql(query, variables, token);
}
async function ok(query: string, variables: Record<string, unknown> = {}, token = hr) {
  const res = await gql(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as Record<string, any>;
}

const QUEUE = `query($s: PromotionQueueStatus, $f: PromotionApplicationFilter) {
  promotionApplications(status: $s, filter: $f, first: 50) { totalCount nodes { id status decision
    employeeId employeeName employeeNo departmentName targetPositionId targetPosition submittedAt
    decidedAt decisionNote ruleVersion } } }`;
const APPLY = `mutation($e: ID!, $p: ID!) { applyForPromotion(employeeId: $e, targetPositionId: $p) {
  id status employeeName targetPosition } }`;
const DECIDE = `mutation($a: ID!, $approve: Boolean!, $note: String) {
  decidePromotion(applicationId: $a, approve: $approve, note: $note) {
  id status decision decisionNote decidedAt report { eligible ruleVersion } } }`;

beforeAll(async () => {
  api = await startTestApi({ seed: { employees: 60, seed: 7 } });
  await ensureDefaultRules(api.orm.em.fork());
  hr = await api.login('hr');
  const { employees } = await ok(
    `query($s: String) { employees(first: 5, filter: { search: $s }) { nodes { id employeeNo name
      position { nextPositions { toPosition { id name } } } } } }`,
    { s: FIXTURES.juniorManagerReady },
  );
  employeeId = employees.nodes[0].id;
  targetId = employees.nodes[0].position.nextPositions.find((n: any) => n.toPosition.name === '初级经理')
    .toPosition.id;
});
afterAll(async () => api?.close());

describe('promotionApplications', () => {
  let rejectedId = '';
  let approvedId = '';

  it('lists a filed application under PENDING with the applicant and target named', async () => {
    expect((await ok(QUEUE)).promotionApplications.totalCount).toBe(0);
    const { applyForPromotion } = await ok(APPLY, { e: employeeId, p: targetId });
    expect(applyForPromotion).toMatchObject({
      status: 'SUBMITTED',
      employeeName: '郑远航',
      targetPosition: '初级经理',
    });
    rejectedId = applyForPromotion.id;
    const { promotionApplications: q } = await ok(QUEUE);
    expect(q.totalCount).toBe(1);
    expect(q.nodes[0]).toMatchObject({
      id: rejectedId,
      status: 'SUBMITTED',
      decision: null,
      employeeId,
      employeeName: '郑远航',
      employeeNo: 'TL900009',
      targetPositionId: targetId,
      targetPosition: '初级经理',
      decidedAt: null,
      ruleVersion: 1,
    });
    expect(typeof q.nodes[0].departmentName).toBe('string');
    expect((await ok(QUEUE, { s: 'APPROVED' })).promotionApplications.totalCount).toBe(0);
  });

  it('filters by applicant search and target position', async () => {
    const hit = await ok(QUEUE, { f: { search: 'tl900009' } });
    expect(hit.promotionApplications.totalCount).toBe(1);
    const miss = await ok(QUEUE, { f: { search: 'no such person' } });
    expect(miss.promotionApplications.totalCount).toBe(0);
    const { positions } = await ok(`{ positions { id name } }`);
    const other = positions.find((p: any) => p.name === '高级客户经理');
    expect((await ok(QUEUE, { f: { targetPositionId: other.id } })).promotionApplications.totalCount).toBe(0);
    expect((await ok(QUEUE, { f: { targetPositionId: targetId } })).promotionApplications.totalCount).toBe(1);
    const bad = await gql(QUEUE, { f: { targetPositionId: 'nonsense' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('decides once with a comment, notifies the applicant, and refuses a second decision', async () => {
    const { decidePromotion } = await ok(DECIDE, {
      a: rejectedId,
      approve: false,
      note: '  再积累一个季度  ',
    });
    expect(decidePromotion).toMatchObject({
      status: 'DECIDED',
      decision: 'REJECTED',
      decisionNote: '再积累一个季度',
      report: { eligible: true, ruleVersion: 1 },
    });
    const again = await gql(DECIDE, { a: rejectedId, approve: true });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const { promotionApplications: rejected } = await ok(QUEUE, { s: 'REJECTED' });
    expect(rejected.nodes.map((n: any) => [n.id, n.decision, n.decisionNote])).toEqual([
      [rejectedId, 'REJECTED', '再积累一个季度'],
    ]);
    expect((await ok(QUEUE)).promotionApplications.totalCount).toBe(0);

    const notes = await api.orm.em
      .fork()
      .find(Notification, { type: 'PROMOTION_DECIDED' }, { populate: ['recipient'], filters: false });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.recipient.getEntity().employeeNo).toBe('TL900009');
    expect(notes[0]!.data).toMatchObject({ decision: 'REJECTED', targetPosition: '初级经理' });
    expect(notes[0]!.body).toBe('再积累一个季度');
  });

  it('an approved application moves to APPROVED, newest decision first', async () => {
    const { applyForPromotion } = await ok(APPLY, { e: employeeId, p: targetId });
    approvedId = applyForPromotion.id;
    await ok(DECIDE, { a: approvedId, approve: true, note: null });
    const { promotionApplications: approved } = await ok(QUEUE, { s: 'APPROVED' });
    expect(approved.nodes.map((n: any) => [n.id, n.decision])).toEqual([[approvedId, 'APPROVED']]);
    expect((await ok(QUEUE, { s: 'REJECTED' })).promotionApplications.totalCount).toBe(1);
  });

  it('an employee cannot read the queue; a manager sees only applicants in their scope', async () => {
    const employee = await api.login('employee');
    const refused = await gql(QUEUE, { s: 'APPROVED' }, employee);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const manager = await api.login('manager');
    const { employees } = await ok(
      `query($s: String) { employees(first: 5, filter: { search: $s }) { totalCount } }`,
      { s: 'TL900009' },
      manager,
    );
    const visible = employees.totalCount;
    const all = await ok(QUEUE, { s: 'REJECTED' }, manager);
    expect(all.promotionApplications.totalCount).toBe(visible);
  });
});
