/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '@talentloop/api/issue-token';
import { verifySignature } from '@talentloop/api/modules/webhooks/webhooks.signature';
import { startStack, type Stack } from '../support/stack';

/*
 * Issue 13, "Done when": the whole loop run as an outside system would, over HTTP only.
 *
 * An integration platform (one INTEGRATION login holding the scopes an HRIS + LMS + CRM connector
 * needs: masterdata:write, archive:read, archive:write, kpi:write, webhooks:manage) subscribes a
 * signed webhook receiver on loopback, syncs an org unit, two positions, a career path and 20
 * employees, binds its course to a KPI, feeds completions and KPIs, and receives the verdicts and
 * gate-met events. People do what only people do: HR writes the promotion rule, files and decides
 * the promotion — the API grants none of these to integrations, by design. The award campaign is
 * run by the integration (masterdata:write, no department limit): it nominates, scores, relays
 * the award committee's decisions from its own system and publishes. The outside system reads
 * everything back, and finally replays its whole sync — master data, binding, KPI feed,
 * completions and the campaign's steps: every row reports UNCHANGED, every replayed step is a
 * no-op, and not one row, audit entry or event is written.
 *
 * The data is steered so every outcome is certain: the course is completed in the month six months
 * before today (the rule's 3-month baseline and post windows are then both in the past), even-
 * numbered employees' 销售额增长率 rises 5 → 20 (+15 points > the binding's EXCELLENT threshold
 * of 10), odd-numbered ones stay at 5 (+0, below the 2-point no-change threshold: NO_CHANGE), and
 * employees 0–14 score 90 in the exam, 15–19 score 70 (passed, but under the promotion rule's 80).
 */

const SOURCE = 'HRIS';
const N = 20;
const SCOPES = ['masterdata:write', 'archive:read', 'archive:write', 'kpi:write', 'webhooks:manage'];
const ALL_EVENTS = [
  'COURSE_COMPLETED',
  'VERDICT',
  'GATE_MET',
  'PROMOTION_DECIDED',
  'AWARD_PUBLISHED',
  'KPI_BATCH_PROCESSED',
];
/** How long any event may take to arrive (the worker polls every second; nothing here retries). */
const EVENT_DEADLINE_MS = 90_000;

let stack: Stack;
let integration = '';
let hr = '';

// ------------------------------------------------------------------ the outside system's side

/** The receiver: verifies every signature over the raw body, dedups on Idempotency-Key. */
class Receiver {
  server: Server | null = null;
  port = 0;
  secret = '';
  /** Every delivery with a valid signature (duplicates included): its idempotency key. */
  receipts: string[] = [];
  /** After dedup: key → body. */
  events = new Map<string, any>();
  badSignatures = 0;
  /** Deliveries whose headers disagreed (key vs event id vs body id). */
  headerMismatches = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (verifySignature(this.secret, raw, req.headers['talentloop-signature'] as string) !== 'OK') {
      this.badSignatures++;
      res.writeHead(400).end();
      return;
    }
    const body = JSON.parse(raw);
    const key = req.headers['idempotency-key'] as string;
    if (req.headers['talentloop-event-id'] !== key || body.id !== key) this.headerMismatches++;
    this.receipts.push(key);
    if (!this.events.has(key)) this.events.set(key, body);
    res.writeHead(204).end();
  }

  ofType(type: string): any[] {
    return [...this.events.values()].filter((e) => e.type === type);
  }
}

const receiver = new Receiver();

async function gql(query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(stack.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

/** A request that must succeed: its data. */
async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await gql(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

/** Read-only SQL for the test's own checks (the outside system itself uses only the API). */
async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Polls until `done()` holds, at most `ms`; fails naming what was awaited. No fixed sleeps. */
async function until(what: string, done: () => boolean, ms = EVENT_DEADLINE_MS): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Waits (bounded) until the workflow and the webhook worker have nothing left to do: every
 * outbox event handled, every delivery to our receiver settled.
 */
async function settled(): Promise<void> {
  const deadline = Date.now() + EVENT_DEADLINE_MS;
  for (;;) {
    const [row] = await sql(
      `select (select count(*) from domain_event where processed_at is null)::int as outbox,
              (select count(*) from webhook_delivery where status <> 'DELIVERED')::int as deliveries`,
    );
    if (row.outbox === 0 && row.deliveries === 0) return;
    if (Date.now() > deadline) throw new Error(`workers not settled: ${JSON.stringify(row)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const addMonths = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};

/** The month of completion: six months ago, so both 3-month windows are over today. */
const M = addMonths(new Date().toISOString().slice(0, 7), -6);
const BASELINE = [-3, -2, -1].map((n) => addMonths(M, n));
const POST = [1, 2, 3].map((n) => addMonths(M, n));
const excellent = (i: number) => i % 2 === 0;
const examScore = (i: number) => (i < 15 ? 90 : 70);
/** Who applies for promotion and is awarded. */
const STAR = 2;

// What the HRIS / LMS / CRM hold: the rows they sync every night.
const departments = [
  { sourceSystem: SOURCE, externalId: 'LOOP-ORG', code: 'LOOP-SALES', name: '环路销售部' },
];
const positions = [
  {
    sourceSystem: SOURCE,
    externalId: 'LOOP-JOB-REP',
    code: 'LOOP-REP',
    name: '环路销售代表',
    family: 'SALES',
    level: 1,
  },
  {
    sourceSystem: SOURCE,
    externalId: 'LOOP-JOB-LEAD',
    code: 'LOOP-LEAD',
    name: '环路销售主管',
    family: 'SALES',
    level: 2,
    managerial: true,
  },
];
const careerPath = {
  sourceSystem: SOURCE,
  fromPositionExternalId: 'LOOP-JOB-REP',
  toPositionExternalId: 'LOOP-JOB-LEAD',
  typicalMonths: 18,
};
const employees = Array.from({ length: N }, (_, i) => ({
  sourceSystem: SOURCE,
  externalId: `LOOP-P-${i}`,
  employeeNo: `LP${1000 + i}`,
  name: `环路员工${i}`,
  departmentExternalId: 'LOOP-ORG',
  positionExternalId: 'LOOP-JOB-REP',
  // Employee 0 leads the team; the others report to them.
  ...(i > 0 ? { managerExternalId: 'LOOP-P-0' } : {}),
  hireDate: '2023-03-01',
  email: `lp${1000 + i}@loop.example.com`,
}));
const courses = [
  {
    sourceSystem: SOURCE,
    externalId: 'LOOP-C-NEG',
    code: 'LOOP-NEG',
    name: '环路谈判实战',
    category: 'SALES',
    hours: 8,
    cost: '1200.00',
    core: true,
    passScore: 60,
  },
];
const campaign = {
  sourceSystem: SOURCE,
  externalId: 'LOOP-AWARD',
  name: '环路年度之星',
  period: M.slice(0, 4),
  periodStart: `${M.slice(0, 4)}-01-01`,
  periodEnd: `${M.slice(0, 4)}-12-31`,
  standardHours: 40,
};
const binding = {
  key: 'LOOP_SALES',
  kpiCode: 'SALES_GROWTH',
  label: '销售额增长率',
  measure: 'POINT_CHANGE',
  thresholds: [{ verdict: 'EXCELLENT', op: 'GT', value: 10 }],
};

const RESULT = 'index status id databaseId externalId problems { code field message }';
const SYNC = `mutation($d: [DepartmentSyncInput!]!, $p: [PositionSyncInput!]!, $e: [EmployeeSyncInput!]!, $c: [CourseSyncInput!]!) {
  departments: upsertDepartments(input: $d) { ${RESULT} }
  positions: upsertPositions(input: $p) { ${RESULT} }
  employees: upsertEmployees(input: $e) { ${RESULT} }
  courses: upsertCourses(input: $c) { ${RESULT} } }`;
const PATH = `mutation($input: CareerPathInput!) { upsertCareerPath(input: $input) {
  status fromPositionId toPositionId typicalMonths } }`;
const CAMPAIGN = `mutation($input: AwardCampaignSyncInput!) { upsertAwardCampaign(input: $input) { ${RESULT} } }`;
const BIND = `mutation($input: UpdateCourseKpiBindingInput!) { updateCourseKpiBinding(input: $input) {
  kpiBindings { kpi { code } measure ruleKey ruleVersion key windowMonths conditions { verdict op value } } } }`;
const FEED = `mutation($rows: [KpiObservationInput!]!) { recordKpiObservations(input: $rows) {
  index accepted outcome problems { field message } } }`;
const COMPLETE = `mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) {
  id databaseId status examScore completedOn } }`;
const NOMINATE = `mutation($c: ID!, $e: ID!) { nominateForAward(campaignId: $c, employeeId: $e) { employeeId } }`;
const DECIDE = `mutation($c: ID!, $e: ID!, $a: Boolean!) { decideAwardNomination(campaignId: $c, employeeId: $e, awarded: $a) {
  employeeId result } }`;
const PUBLISH = `mutation($c: ID!) { publishAwardCampaign(campaignId: $c) { id status } }`;

// What the sync answered: global and database ids by external key.
const ids = {
  department: '',
  rep: { id: '', db: 0 },
  lead: { id: '', db: 0 },
  course: { id: '', db: 0 },
  employees: [] as { id: string; db: number }[],
  enrollments: [] as { id: string; db: number }[],
  campaign: { id: '', db: 0 },
  application: { id: '', db: 0 },
};

function kpiRows() {
  return employees.flatMap((_, i) =>
    [
      ...BASELINE.map((month) => ({ month, value: 5 })),
      ...POST.map((month) => ({ month, value: excellent(i) ? 20 : 5 })),
    ].map((r) => ({
      employeeId: ids.employees[i]!.id,
      kpi: 'SALES_GROWTH',
      month: r.month,
      value: r.value,
      sourceSystem: 'CRM',
    })),
  );
}

const employeeDb = (i: number) => ids.employees[i]!.db;

beforeAll(async () => {
  stack = await startStack({ cube: false, employees: 60, seed: 13 });
  // The operator issues the integration's token for its login (docs/api.md "Getting a token").
  await sql(`insert into app_user (username, role, scopes) values ($1, 'INTEGRATION', $2)`, [
    'loop-integrator',
    SCOPES,
  ]);
  integration = await issueToken(stack.databaseUrl, stack.jwtSecret, 'loop-integrator', '1h');
  hr = await issueToken(stack.databaseUrl, stack.jwtSecret, 'hr', '1h');
  await receiver.start();
});

afterAll(async () => {
  await receiver.stop();
  await stack?.stop();
});

describe(
  'an outside system runs the whole loop over the API (issue 13)',
  { timeout: EVENT_DEADLINE_MS + 30_000 },
  () => {
    it('0. subscribes its receiver to every event type with its integration token', async () => {
      const me = await ok('{ me { role scopes } }', {}, integration);
      expect(me.me).toEqual({ role: 'INTEGRATION', scopes: SCOPES });
      const created = await ok(
        `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
         secret subscription { databaseId url eventTypes active } } }`,
        {
          input: {
            url: `http://127.0.0.1:${receiver.port}/talentloop`,
            eventTypes: ALL_EVENTS,
            description: 'integration loop',
          },
        },
        integration,
      );
      expect(created.createWebhookSubscription.secret).toMatch(/^whsec_/);
      receiver.secret = created.createWebhookSubscription.secret;
      const { subscription } = created.createWebhookSubscription;
      expect(subscription.active).toBe(true);
      expect([...subscription.eventTypes].sort()).toEqual([...ALL_EVENTS].sort());
    });

    it('1. syncs a department, two positions, a career path and 20 employees (and the LMS course)', async () => {
      const data = await ok(SYNC, { d: departments, p: positions, e: employees, c: courses }, integration);
      for (const part of ['departments', 'positions', 'employees', 'courses'])
        for (const row of data[part])
          expect(row, `${part}[${row.index}]`).toMatchObject({ status: 'CREATED', problems: [] });
      expect(data.employees).toHaveLength(N);
      expect(data.employees.map((r: any) => r.externalId)).toEqual(employees.map((e) => e.externalId));
      ids.department = data.departments[0].id;
      ids.rep = { id: data.positions[0].id, db: data.positions[0].databaseId };
      ids.lead = { id: data.positions[1].id, db: data.positions[1].databaseId };
      ids.course = { id: data.courses[0].id, db: data.courses[0].databaseId };
      ids.employees = data.employees.map((r: any) => ({ id: r.id, db: r.databaseId }));

      const path = await ok(PATH, { input: careerPath }, integration);
      expect(path.upsertCareerPath).toEqual({
        status: 'CREATED',
        fromPositionId: ids.rep.id,
        toPositionId: ids.lead.id,
        typicalMonths: 18,
      });
    });

    it('2. binds the course to 销售额增长率 (LMS, masterdata:write); HR writes the promotion rule', async () => {
      const data = await ok(BIND, { input: { courseId: ids.course.id, ...binding } }, integration);
      expect(data.updateCourseKpiBinding.kpiBindings).toEqual([
        {
          kpi: { code: 'SALES_GROWTH' },
          measure: 'POINT_CHANGE',
          ruleKey: 'impact.loop-neg',
          ruleVersion: 1,
          key: 'LOOP_SALES',
          windowMonths: 3,
          conditions: [{ verdict: 'EXCELLENT', op: 'GT', value: 10 }],
        },
      ]);
      // A promotion rule is HR's policy, not master data: the API lets only HR save rules.
      const rule = await ok(
        `mutation($def: JSONObject!) { saveRule(kind: PROMOTION, key: "LOOP-LEAD", definition: $def) { key version active } }`,
        {
          def: {
            name: '晋升环路销售主管',
            requiredCourses: [{ code: 'LOOP-NEG', name: '环路谈判实战', minExamScore: 80 }],
          },
        },
        hr,
      );
      expect(rule.saveRule).toEqual({ key: 'LOOP-LEAD', version: 1, active: true });
    });

    it('3. feeds completions (LMS) and the KPI series before and after (CRM)', async () => {
      for (let i = 0; i < N; i++) {
        const enrolled = await ok(
          `mutation($input: EnrollInput!) { enroll(input: $input) { id databaseId status } }`,
          {
            input: {
              employeeId: ids.employees[i]!.id,
              courseId: ids.course.id,
              enrolledOn: `${M}-01`,
              voluntary: false,
            },
          },
          integration,
        );
        expect(enrolled.enroll.status).toBe('ENROLLED');
        ids.enrollments.push({ id: enrolled.enroll.id, db: enrolled.enroll.databaseId });
        const done = await ok(
          COMPLETE,
          {
            input: {
              enrollmentId: enrolled.enroll.id,
              completedOn: `${M}-15`,
              hours: 8,
              examScore: examScore(i),
            },
          },
          integration,
        );
        expect(done.recordCompletion).toMatchObject({
          status: 'COMPLETED',
          examScore: examScore(i),
          completedOn: `${M}-15`,
        });
      }
      const rows = kpiRows();
      expect(rows).toHaveLength(N * 6);
      const fed = await ok(FEED, { rows }, integration);
      expect(fed.recordKpiObservations).toHaveLength(N * 6);
      expect(fed.recordKpiObservations.every((r: any) => r.accepted && r.outcome === 'CREATED')).toBe(true);
    });

    it('4. receives COURSE_COMPLETED, KPI_BATCH_PROCESSED, a VERDICT per completion and GATE_MET for those who met the gate', async () => {
      const ours = new Set(ids.employees.map((e) => e.db));
      const enrollmentOf = new Map(ids.enrollments.map((e, i) => [e.db, i]));
      const verdicts = () => receiver.ofType('VERDICT').filter((e) => enrollmentOf.has(e.data.enrollmentId));
      const gates = () => receiver.ofType('GATE_MET').filter((e) => ours.has(e.data.employeeId));
      const completions = () =>
        receiver.ofType('COURSE_COMPLETED').filter((e) => enrollmentOf.has(e.data.enrollmentId));
      const batches = () =>
        receiver
          .ofType('KPI_BATCH_PROCESSED')
          .filter((e) => e.data.kpiCodes.includes('SALES_GROWTH') && e.data.rows === N * 6);
      await until(
        `${N} completions, ${N} verdicts, 15 gates and the KPI batch`,
        () =>
          completions().length >= N &&
          verdicts().length >= N &&
          gates().length >= 15 &&
          batches().length >= 1,
      );

      expect(
        completions()
          .map((e) => e.data.enrollmentId)
          .sort((a, b) => a - b),
      ).toEqual(ids.enrollments.map((e) => e.db).sort((a, b) => a - b));
      for (const e of completions()) {
        const i = enrollmentOf.get(e.data.enrollmentId)!;
        expect(e.data).toEqual({
          enrollmentId: ids.enrollments[i]!.db,
          employeeId: employeeDb(i),
          courseId: ids.course.db,
          completedOn: `${M}-15`,
          hours: 8,
          examScore: examScore(i),
        });
      }

      expect(batches()).toHaveLength(1);
      expect(batches()[0].data).toEqual({
        rows: N * 6,
        kpiCodes: ['SALES_GROWTH'],
        months: [...BASELINE, ...POST].map((m) => `${m}-01`),
        employees: N,
        productionLines: [],
      });

      // One verdict per enrollment, steered: even → EXCELLENT (+15 points), odd → NO_CHANGE (+0).
      expect(verdicts()).toHaveLength(N);
      for (const e of verdicts()) {
        const i = enrollmentOf.get(e.data.enrollmentId)!;
        expect(e.data).toMatchObject({
          verdict: excellent(i) ? 'EXCELLENT' : 'NO_CHANGE',
          ruleKey: 'impact.loop-neg',
          ruleVersion: 1,
        });
        expect(e.data.contributionPct).toBe(excellent(i) ? 15 : 0);
        expect(typeof e.data.trainingImpactId).toBe('number');
      }

      // The gate: exam ≥ 80 in the required course — employees 0–14, for LOOP-LEAD, rule v1.
      expect(
        gates()
          .map((e) => e.data.employeeId)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: 15 }, (_, i) => employeeDb(i)).sort((a, b) => a - b));
      for (const e of gates())
        expect(e.data).toMatchObject({ targetPositionId: ids.lead.db, ruleVersion: 1 });

      // Signed, keyed once per event, every key distinct.
      expect(receiver.badSignatures).toBe(0);
      expect(receiver.headerMismatches).toBe(0);
      for (const key of receiver.events.keys()) expect(key).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Set(receiver.events.keys()).size).toBe(receiver.events.size);
    });

    it('5. HR files and decides the promotion; the HRIS hears PROMOTION_DECIDED and mirrors it', async () => {
      // Filing and deciding are people's acts (employee, manager or HR; deciding HR only): no
      // integration scope grants them. HR does both here.
      const filed = await ok(
        `mutation($t: ID!, $e: ID!) { applyForPromotion(targetPositionId: $t, employeeId: $e) {
         id databaseId status eligible employeeId targetPositionId } }`,
        { t: ids.lead.id, e: ids.employees[STAR]!.id },
        hr,
      );
      expect(filed.applyForPromotion).toMatchObject({
        status: 'SUBMITTED',
        eligible: true,
        employeeId: ids.employees[STAR]!.id,
        targetPositionId: ids.lead.id,
      });
      ids.application = { id: filed.applyForPromotion.id, db: filed.applyForPromotion.databaseId };
      // Someone who missed the gate (exam 70) cannot file: CONFLICT naming the field.
      const refused = await gql(
        `mutation($t: ID!, $e: ID!) { applyForPromotion(targetPositionId: $t, employeeId: $e) { id } }`,
        { t: ids.lead.id, e: ids.employees[17]!.id },
        hr,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        fields: ['targetPositionId'],
      });

      const decided = await ok(
        `mutation($a: ID!) { decidePromotion(applicationId: $a, approve: true, note: "环路晋升") {
         status decision decisionNote ruleVersion } }`,
        { a: ids.application.id },
        hr,
      );
      expect(decided.decidePromotion).toEqual({
        status: 'DECIDED',
        decision: 'APPROVED',
        decisionNote: '环路晋升',
        ruleVersion: 1,
      });
      const decidedEvents = () =>
        receiver.ofType('PROMOTION_DECIDED').filter((e) => e.data.applicationId === ids.application.db);
      await until('PROMOTION_DECIDED', () => decidedEvents().length >= 1);
      expect(decidedEvents()).toHaveLength(1);
      expect(decidedEvents()[0].data).toMatchObject({
        applicationId: ids.application.db,
        employeeId: employeeDb(STAR),
        targetPositionId: ids.lead.db,
        decision: 'APPROVED',
      });
      // The HRIS applies the event to its own record, so its next sync carries the new position.
      employees[STAR]!.positionExternalId = 'LOOP-JOB-LEAD';
    });

    it('6. runs an award campaign to a published success story (the integration relays the committee)', async () => {
      const synced = await ok(CAMPAIGN, { input: campaign }, integration);
      expect(synced.upsertAwardCampaign).toMatchObject({ status: 'CREATED', problems: [] });
      ids.campaign = { id: synced.upsertAwardCampaign.id, db: synced.upsertAwardCampaign.databaseId };
      // A campaign is company-wide master data: the integration (masterdata:write, no department
      // limit) runs every step. The people's part — the committee choosing the winner — happens in
      // the outside system; decideAwardNomination below is the integration relaying that decision
      // (audited as the integration's login). No HR token is used here.
      for (const i of [0, STAR, 4])
        await ok(NOMINATE, { c: ids.campaign.id, e: ids.employees[i]!.id }, integration);
      const scored = await ok(
        `mutation($c: ID!) { scoreAwardCampaign(campaignId: $c) { employeeId rank result total exclusions } }`,
        { c: ids.campaign.id },
        integration,
      );
      expect(scored.scoreAwardCampaign).toHaveLength(3);
      expect(scored.scoreAwardCampaign.map((r: any) => r.rank).sort()).toEqual([1, 2, 3]);
      expect(
        scored.scoreAwardCampaign.every((r: any) => r.result === 'PENDING' && r.exclusions.length === 0),
      ).toBe(true);
      // The committee's decisions, relayed from the outside system.
      await ok(DECIDE, { c: ids.campaign.id, e: ids.employees[STAR]!.id, a: true }, integration);
      const ranking = await ok(
        DECIDE,
        { c: ids.campaign.id, e: ids.employees[0]!.id, a: false },
        integration,
      );
      expect(
        Object.fromEntries(ranking.decideAwardNomination.map((r: any) => [r.employeeId, r.result])),
      ).toEqual({
        [ids.employees[0]!.id]: 'NOT_AWARDED',
        [ids.employees[STAR]!.id]: 'AWARDED',
        [ids.employees[4]!.id]: 'PENDING',
      });
      const published = await ok(PUBLISH, { c: ids.campaign.id }, integration);
      expect(published.publishAwardCampaign).toEqual({ id: ids.campaign.id, status: 'CLOSED' });
      const awardEvents = () =>
        receiver.ofType('AWARD_PUBLISHED').filter((e) => e.data.campaignId === ids.campaign.db);
      await until('AWARD_PUBLISHED', () => awardEvents().length >= 1);
      expect(awardEvents()).toHaveLength(1);
      expect(awardEvents()[0].data).toEqual({ campaignId: ids.campaign.db, winners: [employeeDb(STAR)] });
    });

    it('7. reads it all back', async () => {
      await settled();
      const team = await ok(
        `query($d: ID!) { employees(first: 50, filter: { departmentId: $d }) { totalCount nodes {
         id employeeNo name email manager { id } position { code } department { code } } } }`,
        { d: ids.department },
        integration,
      );
      expect(team.employees.totalCount).toBe(N);
      const byNo = new Map(team.employees.nodes.map((n: any) => [n.employeeNo, n]));
      employees.forEach((e, i) => {
        expect(byNo.get(e.employeeNo)).toMatchObject({
          id: ids.employees[i]!.id,
          name: e.name,
          // No pii:read: the integration sees masked email.
          email: expect.not.stringContaining(`lp${1000 + i}@`),
          manager: i === 0 ? null : { id: ids.employees[0]!.id },
          position: { code: i === STAR ? 'LOOP-LEAD' : 'LOOP-REP' },
          department: { code: 'LOOP-SALES' },
        });
      });

      const catalogue = await ok(
        `query($c: ID!, $p: ID!) {
         course: node(id: $c) { ... on Course { code cost kpiBindings { kpi { code } ruleVersion conditions { verdict op value } } } }
         position: node(id: $p) { ... on Position { code nextPositions { typicalMonths toPosition { code } } } } }`,
        { c: ids.course.id, p: ids.rep.id },
        integration,
      );
      expect(catalogue.course).toEqual({
        code: 'LOOP-NEG',
        cost: '1200.00',
        kpiBindings: [
          {
            kpi: { code: 'SALES_GROWTH' },
            ruleVersion: 1,
            conditions: [{ verdict: 'EXCELLENT', op: 'GT', value: 10 }],
          },
        ],
      });
      expect(catalogue.position).toEqual({
        code: 'LOOP-REP',
        nextPositions: [{ typicalMonths: 18, toPosition: { code: 'LOOP-LEAD' } }],
      });

      // The stored verdict of every completion.
      const verdicts: Record<string, number> = {};
      for (const [i, e] of ids.enrollments.entries()) {
        const { node } = await ok(
          `query($id: ID!) { node(id: $id) { ... on Enrollment { status impact { verdict stored ruleVersion } } } }`,
          { id: e.id },
          integration,
        );
        expect(node).toEqual({
          status: 'COMPLETED',
          impact: { verdict: excellent(i) ? 'EXCELLENT' : 'NO_CHANGE', stored: true, ruleVersion: 1 },
        });
        verdicts[node.impact.verdict] = (verdicts[node.impact.verdict] ?? 0) + 1;
      }
      expect(verdicts).toEqual({ EXCELLENT: 10, NO_CHANGE: 10 });

      // The star's growth archive: the course, the KPI feed, the promotion and the award.
      const archive = await ok(
        `query($id: ID!) { growthArchive(employeeId: $id) { summary { currentPosition { code } } events {
         __typename ... on EnrollmentCompletedEvent { course { code } examScore }
         ... on PromotedEvent { fromPosition { code } toPosition { code } }
         ... on AwardedEvent { campaignName } } } }`,
        { id: ids.employees[STAR]!.id },
        integration,
      );
      const events = archive.growthArchive.events;
      expect(archive.growthArchive.summary.currentPosition.code).toBe('LOOP-LEAD');
      expect(events.filter((e: any) => e.__typename === 'EnrollmentCompletedEvent')).toEqual([
        { __typename: 'EnrollmentCompletedEvent', course: { code: 'LOOP-NEG' }, examScore: 90 },
      ]);
      expect(events.filter((e: any) => e.__typename === 'KpiChangeEvent')).toHaveLength(6);
      expect(events.filter((e: any) => e.__typename === 'PromotedEvent')).toEqual([
        {
          __typename: 'PromotedEvent',
          fromPosition: { code: 'LOOP-REP' },
          toPosition: { code: 'LOOP-LEAD' },
        },
      ]);
      expect(events.filter((e: any) => e.__typename === 'AwardedEvent')).toEqual([
        { __typename: 'AwardedEvent', campaignName: campaign.name },
      ]);

      const stories = await ok(
        '{ successStories(first: 100) { employeeId campaign rank publishedAt } }',
        {},
        integration,
      );
      const story = stories.successStories.filter((s: any) => s.campaign === campaign.name);
      expect(story).toHaveLength(1);
      expect(story[0]).toMatchObject({ employeeId: ids.employees[STAR]!.id });
      expect(story[0].publishedAt).not.toBeNull();

      // HR reads the team lead's tasks: an INVESTIGATE task for each of the 10 NO_CHANGE verdicts.
      const tasks = await ok(
        `query($e: ID!) { tasks(employeeId: $e, all: true) { type subjectType } }`,
        { e: ids.employees[0]!.id },
        hr,
      );
      expect(tasks.tasks.filter((t: any) => t.type === 'INVESTIGATE')).toHaveLength(10);
      const approved = await ok(
        `{ promotionApplications(first: 100, status: APPROVED) { nodes { id employeeId } } }`,
        {},
        hr,
      );
      expect(approved.promotionApplications.nodes).toContainEqual({
        id: ids.application.id,
        employeeId: ids.employees[STAR]!.id,
      });

      // Every write is attributed to the login that made it.
      const [{ id: integrationUser }] = await sql(
        `select id from app_user where username = 'loop-integrator'`,
      );
      const audit = await sql(
        `select action, count(*)::int as n from audit_log where actor_label = $1 group by action order by action`,
        [`user:${integrationUser}`],
      );
      expect(Object.fromEntries(audit.map((r) => [r.action, r.n]))).toEqual({
        'awardCampaign.create': 1,
        'awardCampaign.publish': 1,
        'awardCampaign.score': 1,
        'awardNomination.create': 3,
        'awardNomination.decide': 2,
        'careerPath.create': 1,
        'course.create': 1,
        'courseKpiBinding.update': 1,
        'department.create': 1,
        'employee.create': N,
        'enrollment.complete': N,
        'enrollment.create': N,
        'kpiObservation.record': 1,
        'position.create': 2,
        'ruleSet.save': 1,
        'webhookSubscription.create': 1,
      });
      const [{ id: hrUser }] = await sql(`select id from app_user where username = 'hr'`);
      const byHr = await sql(
        `select action, count(*)::int as n from audit_log where actor_label = $1 group by action`,
        [`user:${hrUser}`],
      );
      expect(Object.fromEntries(byHr.map((r) => [r.action, r.n]))).toMatchObject({
        'promotionRule.save': 1,
        'promotionApplication.submit': 1,
        'promotionApplication.decide': 1,
        'employee.promote': 1,
      });
      // HR took no part in the campaign.
      expect(byHr.filter((r) => r.action.startsWith('award'))).toEqual([]);

      // The receiver got exactly the loop's events, each once: nothing else happened meanwhile.
      const byType: Record<string, number> = {};
      for (const e of receiver.events.values()) byType[e.type] = (byType[e.type] ?? 0) + 1;
      expect(byType).toEqual({
        COURSE_COMPLETED: N,
        KPI_BATCH_PROCESSED: 1,
        VERDICT: N,
        GATE_MET: 15,
        PROMOTION_DECIDED: 1,
        AWARD_PUBLISHED: 1,
      });
      // Every delivery to the receiver succeeded, once per event.
      const [{ subscription }] = await sql<{ subscription: number }>(
        `select id as subscription from webhook_subscription where url like $1`,
        [`%:${receiver.port}/talentloop`],
      );
      const deliveries = await sql<{ status: string; n: number }>(
        `select status, count(*)::int as n from webhook_delivery where subscription_id = $1 group by status`,
        [subscription],
      );
      expect(deliveries).toEqual([{ status: 'DELIVERED', n: receiver.events.size }]);
      expect(receiver.receipts.length).toBe(receiver.events.size);
    });

    it('8. replays the whole sync: every row UNCHANGED, and nothing is written', async () => {
      const KEY_TABLES = [
        'department',
        'position',
        'career_path',
        'employee',
        'course',
        'course_kpi_binding',
        'rule_set',
        'promotion_rule',
        'enrollment',
        'kpi_observation',
        'training_impact',
        'award_campaign',
        'award_nomination',
        'award',
        'success_story',
        'promotion',
        'promotion_application',
        'notification',
        'task',
        'improvement_plan',
      ];
      const LOGS = ['audit_log', 'domain_event', 'webhook_event'];
      const snapshot = async () => {
        const out: Record<string, string | number> = {};
        for (const t of KEY_TABLES) {
          const [row] = await sql(
            `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${t} t`,
          );
          out[t] = row.h;
        }
        for (const t of LOGS) out[t] = (await sql(`select count(*)::int as n from ${t}`))[0].n;
        return out;
      };
      await settled();
      const before = await snapshot();
      const eventsBefore = receiver.events.size;

      const data = await ok(SYNC, { d: departments, p: positions, e: employees, c: courses }, integration);
      const statuses = ['departments', 'positions', 'employees', 'courses'].flatMap((part) =>
        data[part].map((r: any) => `${part}[${r.index}]:${r.status}`),
      );
      expect(statuses).toHaveLength(1 + 2 + N + 1);
      expect(statuses.filter((s) => !s.endsWith(':UNCHANGED'))).toEqual([]);
      expect((await ok(PATH, { input: careerPath }, integration)).upsertCareerPath.status).toBe('UNCHANGED');
      expect((await ok(CAMPAIGN, { input: campaign }, integration)).upsertAwardCampaign).toMatchObject({
        status: 'UNCHANGED',
        id: ids.campaign.id,
      });
      const bound = await ok(BIND, { input: { courseId: ids.course.id, ...binding } }, integration);
      expect(bound.updateCourseKpiBinding.kpiBindings.map((b: any) => b.ruleVersion)).toEqual([1]);
      const fed = await ok(FEED, { rows: kpiRows() }, integration);
      expect(fed.recordKpiObservations.map((r: any) => r.outcome)).toEqual(Array(N * 6).fill('UNCHANGED'));
      // The LMS resends every completion: the recorded result comes back, nothing is written.
      for (const [i, e] of ids.enrollments.entries()) {
        const again = await ok(
          COMPLETE,
          { input: { enrollmentId: e.id, completedOn: `${M}-15`, hours: 8, examScore: examScore(i) } },
          integration,
        );
        expect(again.recordCompletion).toEqual({
          id: e.id,
          databaseId: e.db,
          status: 'COMPLETED',
          examScore: examScore(i),
          completedOn: `${M}-15`,
        });
      }
      // A different result for a recorded completion is refused, naming the field.
      const changed = await gql(
        COMPLETE,
        { input: { enrollmentId: ids.enrollments[0]!.id, completedOn: `${M}-15`, hours: 8, examScore: 95 } },
        integration,
      );
      expect(changed.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', fields: ['examScore'] });

      // The campaign's steps replayed after publishing: the same nominations, the same relayed
      // decisions and publishing again are no-ops answering the stored state.
      for (const i of [0, STAR, 4])
        await ok(NOMINATE, { c: ids.campaign.id, e: ids.employees[i]!.id }, integration);
      const decidedAgain = await ok(
        DECIDE,
        { c: ids.campaign.id, e: ids.employees[STAR]!.id, a: true },
        integration,
      );
      await ok(DECIDE, { c: ids.campaign.id, e: ids.employees[0]!.id, a: false }, integration);
      expect(
        Object.fromEntries(decidedAgain.decideAwardNomination.map((r: any) => [r.employeeId, r.result])),
      ).toEqual({
        [ids.employees[0]!.id]: 'NOT_AWARDED',
        [ids.employees[STAR]!.id]: 'AWARDED',
        [ids.employees[4]!.id]: 'NOT_AWARDED',
      });
      expect((await ok(PUBLISH, { c: ids.campaign.id }, integration)).publishAwardCampaign).toEqual({
        id: ids.campaign.id,
        status: 'CLOSED',
      });

      // The replay trap (docs/api.md "After a promotion"): the HRIS applied PROMOTION_DECIDED to
      // its own record in step 5, so the star's row carries the new position. A system that cannot
      // do that leaves the position out of its replay: omitted fields keep the stored value.
      const { positionExternalId: _stale, ...withoutPosition } = employees[STAR]!;
      const star = await ok(
        `mutation($e: [EmployeeSyncInput!]!) { upsertEmployees(input: $e) { ${RESULT} } }`,
        { e: [withoutPosition] },
        integration,
      );
      expect(star.upsertEmployees[0]).toMatchObject({ status: 'UNCHANGED', id: ids.employees[STAR]!.id });

      // Not one row changed in the key tables; no audit row, outbox event or webhook event was
      // written (all are written in the transaction of a change, so this is final, not a race).
      expect(await snapshot()).toEqual(before);
      expect(receiver.events.size).toBe(eventsBefore);
    });

    it('9. the replay trap: a stale HRIS row after PROMOTION_DECIDED reverts the position', async () => {
      // What docs/api.md "After a promotion" warns about, shown on the real promotion: an HRIS
      // that replays its row from before the promotion names the old position, and the upsert
      // applies it like any other change (the API cannot tell a stale row from a demotion).
      const UPSERT = `mutation($e: [EmployeeSyncInput!]!) { upsertEmployees(input: $e) { ${RESULT} } }`;
      const POSITION = `query($id: ID!) { node(id: $id) { ... on Employee { position { code } } } }`;
      const stale = { ...employees[STAR]!, positionExternalId: 'LOOP-JOB-REP' };
      const reverted = await ok(UPSERT, { e: [stale] }, integration);
      expect(reverted.upsertEmployees[0]).toMatchObject({ status: 'UPDATED', problems: [] });
      expect((await ok(POSITION, { id: ids.employees[STAR]!.id }, integration)).node).toEqual({
        position: { code: 'LOOP-REP' },
      });
      const [update] = await sql(
        `select before, after from audit_log where action = 'employee.update' and entity_id = $1
         order by id desc limit 1`,
        [String(employeeDb(STAR))],
      );
      expect(update.before.position ?? update.before.positionId).toBe(ids.lead.db);
      expect(update.after.position ?? update.after.positionId).toBe(ids.rep.db);
      // The fix is the integrator's: send the row as it is after the event.
      const fixed = await ok(UPSERT, { e: [employees[STAR]] }, integration);
      expect(fixed.upsertEmployees[0]).toMatchObject({ status: 'UPDATED', problems: [] });
      expect((await ok(POSITION, { id: ids.employees[STAR]!.id }, integration)).node).toEqual({
        position: { code: 'LOOP-LEAD' },
      });
    });
  },
);
