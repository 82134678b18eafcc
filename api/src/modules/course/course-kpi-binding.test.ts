/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value */
import { AppRole, AppUser, Course, Employee, Enrollment, EnrollmentStatus } from '@talentloop/db/entities';
import { addMonths, monthOf } from '@talentloop/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/harness';
import { previewEnrollmentImpact } from '../rules/impact.service';
import { ensureDefaultRules } from '../rules/rule-store.service';

// Course KPI bindings are rule data: the catalogue shows the TRAINING_IMPACT rule's bindings,
// HR edits them through GraphQL (validated, versioned, audited), and the engine evaluates exactly
// what the binding says — a 销售额增长率 feed with flat sales amount is judged on SALES_GROWTH.

let api: TestApi;
let hr = '';
let manager = '';
let negotiationId = '';

const BINDINGS = `query($id: ID!) { node(id: $id) { ... on Course { name kpiBindings {
  kpi { code } measure direction ruleKey ruleVersion key windowMonths conditions { verdict op value } } } } }`;
const UPDATE = `mutation($input: UpdateCourseKpiBindingInput!) { updateCourseKpiBinding(input: $input) {
  kpiBindings { kpi { code } measure ruleVersion conditions { verdict op value } } } }`;

async function gql(query: string, variables: Record<string, unknown>, token: string) {
  return api.gql(query, variables, token) as Promise<{ data?: any; errors?: any[] }>;
}

beforeAll(async () => {
  api = await startTestApi({ seed: { employees: 60, seed: 7 } });
  await ensureDefaultRules(api.orm.em.fork());
  hr = await api.login('hr');
  manager = await api.login('manager');
  const res = await gql(
    `{ courses(first: 5, filter: { search: "NEGOTIATION" }) { nodes { id name } } }`,
    {},
    hr,
  );
  negotiationId = res.data.courses.nodes.find((c: any) => c.name === '客户谈判技巧').id;
});
afterAll(async () => api?.close());

/** TL900001's 客户谈判技巧 completion, with its KPI feed rewritten: 销售额增长率 2 → 20, amount flat. */
async function feedSalesGrowth(retentionAfter: number) {
  const em = api.orm.em.fork();
  const employee = await em.findOneOrFail(Employee, { employeeNo: 'TL900001' });
  const course = await em.findOneOrFail(Course, { code: 'NEGOTIATION' });
  const enrollment = await em.findOneOrFail(Enrollment, {
    employee,
    course,
    status: EnrollmentStatus.COMPLETED,
  });
  const m = monthOf(enrollment.completedOn!);
  const [from, to] = [`${addMonths(m, -3)}-01`, `${addMonths(m, 3)}-01`];
  const set = (code: string, before: number, after: number) =>
    em.getConnection().execute(
      `update kpi_observation o set value = case when o.month < ? then ? else ? end
       from kpi_definition k where k.id = o.kpi_id and k.code = ? and o.employee_id = ?
       and o.month between ? and ? and o.month <> ?`,
      [`${m}-01`, before, after, code, employee.id, from, to, `${m}-01`],
    );
  await set('SALES_GROWTH', 2, 20);
  await set('SALES_AMOUNT', 100_000, 100_000);
  await set('CUSTOMER_RETENTION', 80, retentionAfter);
  return enrollment.id;
}

describe('course KPI bindings as rule data', () => {
  it('the catalogue shows the rule’s bindings: 销售额增长率 in points, with the article’s thresholds', async () => {
    const { data } = await gql(BINDINGS, { id: negotiationId }, hr);
    const byKpi = Object.fromEntries(data.node.kpiBindings.map((b: any) => [b.kpi.code, b]));
    expect(byKpi.SALES_GROWTH).toEqual({
      kpi: { code: 'SALES_GROWTH' },
      measure: 'POINT_CHANGE',
      direction: 'HIGHER_IS_BETTER',
      ruleKey: 'impact.sales-negotiation',
      ruleVersion: 1,
      key: 'SALES_GROWTH',
      windowMonths: 3,
      conditions: [
        { verdict: 'EXCELLENT', op: 'GT', value: 15 },
        { verdict: 'RETRAIN', op: 'LT', value: 5 },
      ],
    });
    expect(byKpi.CUSTOMER_RETENTION).toMatchObject({
      measure: 'PERCENT_CHANGE',
      conditions: [{ verdict: 'EXCELLENT', op: 'GE', value: 10 }],
    });
    // Tracked for analytics only: no rule judges the sales amount.
    expect(byKpi.SALES_AMOUNT).toMatchObject({ ruleKey: null, ruleVersion: null, conditions: [] });
  });

  it('the engine evaluates what the binding says: 销售额增长率 2 → 20 with flat sales amount', async () => {
    const enrollmentId = await feedSalesGrowth(88);
    const em = api.orm.em.fork();
    const r = (await previewEnrollmentImpact(em, enrollmentId, '2026-11-01'))!.result;
    expect(r.kpis.map((k) => [k.kpiCode, k.measure, k.baseline, k.post, k.delta])).toEqual([
      ['SALES_GROWTH', 'POINT_CHANGE', 2, 20, 18],
      ['CUSTOMER_RETENTION', 'PERCENT_CHANGE', 80, 88, 10],
    ]);
    expect(r.verdict).toBe('EXCELLENT');
    const flat = (await previewEnrollmentImpact(em, await feedSalesGrowth(80), '2026-11-01'))!.result;
    expect(flat.verdict).toBe('IMPROVED'); // not RETRAIN: growth rose 18 points
  });

  it('only HR (or a company-wide masterdata:write integration) may edit a binding', async () => {
    const res = await gql(
      UPDATE,
      { input: { courseId: negotiationId, key: 'SALES_GROWTH', thresholds: [] } },
      manager,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad input naming the field', async () => {
    const unknownKpi = await gql(
      UPDATE,
      { input: { courseId: negotiationId, key: 'NEW_KPI', kpiCode: 'NO_SUCH_KPI' } },
      hr,
    );
    expect(unknownKpi.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['kpiCode'] });
    const badOp = await gql(
      UPDATE,
      {
        input: {
          courseId: negotiationId,
          key: 'SALES_GROWTH',
          thresholds: [{ verdict: 'EXCELLENT', op: 'MORE', value: 1 }],
        },
      },
      hr,
    );
    expect(badOp.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an HR edit is a new rule version, audited, and later evaluations use it', async () => {
    const res = await gql(
      UPDATE,
      {
        input: {
          courseId: negotiationId,
          key: 'SALES_GROWTH',
          thresholds: [
            { verdict: 'EXCELLENT', op: 'GT', value: 20 },
            { verdict: 'RETRAIN', op: 'LT', value: 5 },
          ],
        },
      },
      hr,
    );
    expect(res.errors).toBeUndefined();
    const growth = res.data.updateCourseKpiBinding.kpiBindings.find(
      (b: any) => b.kpi.code === 'SALES_GROWTH',
    );
    expect(growth).toEqual({
      kpi: { code: 'SALES_GROWTH' },
      measure: 'POINT_CHANGE',
      ruleVersion: 2,
      conditions: [
        { verdict: 'EXCELLENT', op: 'GT', value: 20 },
        { verdict: 'RETRAIN', op: 'LT', value: 5 },
      ],
    });
    const rules = await gql(
      `{ rules(kind: TRAINING_IMPACT, key: "impact.sales-negotiation", history: true) { version active } }`,
      {},
      hr,
    );
    expect(rules.data.rules).toEqual([
      { version: 1, active: false },
      { version: 2, active: true },
    ]);
    const [audit] = await api.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from audit_log where action = 'courseKpiBinding.update'`);
    expect(audit.n).toBe(1);
    // +18 points no longer beats the edited threshold of 20.
    const r = (await previewEnrollmentImpact(api.orm.em.fork(), await feedSalesGrowth(88), '2026-11-01'))!
      .result;
    expect([r.ruleVersion, r.verdict]).toEqual([2, 'IMPROVED']);
  });
  it('a replayed edit saves nothing: same version, no audit row', async () => {
    const count = async () =>
      (
        await api.orm.em
          .fork()
          .getConnection()
          .execute(
            `select (select count(*) from rule_set where kind = 'TRAINING_IMPACT')::int as rules,
                    (select count(*) from audit_log)::int as audits`,
          )
      )[0];
    const before = await count();
    const res = await gql(
      UPDATE,
      {
        input: {
          courseId: negotiationId,
          key: 'SALES_GROWTH',
          thresholds: [
            { verdict: 'EXCELLENT', op: 'GT', value: 20 },
            { verdict: 'RETRAIN', op: 'LT', value: 5 },
          ],
        },
      },
      hr,
    );
    expect(res.errors).toBeUndefined();
    const growth = res.data.updateCourseKpiBinding.kpiBindings.find(
      (b: any) => b.kpi.code === 'SALES_GROWTH',
    );
    expect(growth.ruleVersion).toBe(2);
    expect(await count()).toEqual(before);
  });

  it('an LMS integration with masterdata:write edits bindings; a department-limited one may not', async () => {
    const em = api.orm.em.fork();
    const someone = await em.findOneOrFail(Employee, { employeeNo: 'TL900001' });
    em.create(AppUser, { username: 'kb-lms', role: AppRole.INTEGRATION, scopes: ['masterdata:write'] });
    em.create(AppUser, {
      username: 'kb-lms-dept',
      role: AppRole.INTEGRATION,
      employee: someone,
      scopes: ['masterdata:write'],
    });
    await em.flush();
    const input = { courseId: negotiationId, key: 'SALES_GROWTH', weight: 2 };
    const limited = await gql(UPDATE, { input }, await api.login('kb-lms-dept'));
    expect(limited.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await gql(UPDATE, { input }, await api.login('kb-lms'));
    expect(res.errors).toBeUndefined();
    const growth = res.data.updateCourseKpiBinding.kpiBindings.find(
      (b: any) => b.kpi.code === 'SALES_GROWTH',
    );
    expect(growth.ruleVersion).toBe(3);
    const [audit] = await api.orm.em
      .fork()
      .getConnection()
      .execute(
        `select actor_label from audit_log where action = 'courseKpiBinding.update' order by id desc limit 1`,
      );
    expect(audit.actor_label).toMatch(/^user:\d+$/);
  });
});
