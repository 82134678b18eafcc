/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked by value */
import { AppRole, AppUser, AwardCampaign, Employee } from '@talentloop/db/entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId as gid } from '../../common/relay';
import { createFixture } from '../../testing/fixtures';
import { startTestApi, type TestApi } from '../../testing/harness';

// Issue 13: an outside system (an HR suite relaying its award committee) runs a campaign over
// the API with an INTEGRATION token holding masterdata:write and no department limit. A token
// without the scope, or limited to a department, is FORBIDDEN (a campaign is company-wide).
// Every step is idempotent: a replay writes no row, audit entry or event.

let api: TestApi;
const tokens: Record<string, string> = {};
const users: Record<string, number> = {};
let campaignId = '';
let blindCampaignId = '';
let raceCampaignId = '';
const E1 = gid('Employee', 9203);
const E2 = gid('Employee', 9204);
const E3 = gid('Employee', 9205);

const NOMINATE = `mutation($c: ID!, $e: ID!) { nominateForAward(campaignId: $c, employeeId: $e) { employeeId result } }`;
const SCORE = `mutation($c: ID!) { scoreAwardCampaign(campaignId: $c) { employeeId rank result } }`;
const DECIDE = `mutation($c: ID!, $e: ID!, $a: Boolean!) { decideAwardNomination(campaignId: $c, employeeId: $e, awarded: $a) { employeeId result } }`;
const PUBLISH = `mutation($c: ID!) { publishAwardCampaign(campaignId: $c) { id status } }`;

async function gql(query: string, variables: Record<string, unknown>, token: string) {
  return api.gql(query, variables, token) as Promise<{ data?: any; errors?: any[] }>;
}
async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await gql(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}
async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  return api.orm.em.fork().getConnection().execute(text, params);
}

/** Rows of everything a campaign step may write. */
async function counts() {
  const [row] = await sql(
    `select (select count(*) from award_nomination)::int as nominations,
            (select count(*) from award)::int as awards,
            (select count(*) from success_story)::int as stories,
            (select count(*) from audit_log)::int as audit,
            (select count(*) from domain_event)::int as events,
            (select count(*) from webhook_event)::int as webhooks`,
  );
  return row;
}

/** Audit actions written by a login, counted. */
async function auditBy(username: string) {
  const rows = await sql(
    `select action, count(*)::int as n from audit_log where actor_label = ? group by action order by action`,
    [`user:${users[username]}`],
  );
  return Object.fromEntries(rows.map((r: any) => [r.action, r.n]));
}

beforeAll(async () => {
  api = await startTestApi();
  const em = api.orm.em.fork();
  const fx = await createFixture(em);
  const campaign = (id: number, name: string) =>
    em.create(AwardCampaign, {
      id,
      name,
      period: '2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      standardHours: 8,
      criteria: {},
    });
  campaignId = gid('AwardCampaign', campaign(9701, '2026 集成之星(FX)').id);
  blindCampaignId = gid('AwardCampaign', campaign(9702, '2026 盲评(FX)').id);
  raceCampaignId = gid('AwardCampaign', campaign(9703, '2026 并发提名(FX)').id);
  const login = (username: string, scopes: string[], employee?: Employee) =>
    em.create(AppUser, { username, role: AppRole.INTEGRATION, scopes, employee: employee ?? null });
  login('aw-suite', ['masterdata:write', 'archive:read']);
  // Limited to Sales East (its employee's department): may write master data in that subtree only.
  login('aw-suite-east', ['masterdata:write', 'archive:read'], fx.employees.e1);
  login('aw-lms', ['archive:read', 'archive:write', 'kpi:write']);
  // Writes master data but reads no archives.
  login('aw-blind', ['masterdata:write']);
  await em.flush();
  for (const u of ['aw-suite', 'aw-suite-east', 'aw-lms', 'aw-blind']) tokens[u] = await api.login(u);
  tokens.hr = await api.login('fx-hr');
  for (const r of await sql(`select id, username from app_user where username like 'aw-%'`))
    users[r.username] = r.id;
});
afterAll(async () => api?.close());

describe('award campaigns run by an integration (masterdata:write, company-wide)', () => {
  it('is FORBIDDEN without masterdata:write and for a department-limited token; nothing is written', async () => {
    const before = await counts();
    for (const token of [tokens['aw-lms']!, tokens['aw-suite-east']!]) {
      const steps = [
        gql(NOMINATE, { c: campaignId, e: E1 }, token),
        gql(SCORE, { c: campaignId }, token),
        gql(DECIDE, { c: campaignId, e: E1, a: true }, token),
        gql(PUBLISH, { c: campaignId }, token),
      ];
      for (const res of await Promise.all(steps)) {
        expect(res.data).toBeNull();
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    // The department-limited token is refused although E1 is in its own subtree.
    const east = await gql(NOMINATE, { c: campaignId, e: E1 }, tokens['aw-suite-east']!);
    expect(east.errors?.[0]?.message).toContain('company-wide');
    expect(await counts()).toEqual(before);
  });

  it('nominates; a second nomination of the same person writes nothing', async () => {
    const first = await ok(NOMINATE, { c: campaignId, e: E1 }, tokens['aw-suite']!);
    expect(first.nominateForAward).toEqual([{ employeeId: E1, result: 'PENDING' }]);
    await ok(NOMINATE, { c: campaignId, e: E2 }, tokens['aw-suite']!);
    const before = await counts();
    const again = await ok(NOMINATE, { c: campaignId, e: E1 }, tokens['aw-suite']!);
    expect(again.nominateForAward).toHaveLength(2);
    expect(await counts()).toEqual(before);
    const rows = await sql(`select employee_id from award_nomination where campaign_id = 9701 order by 1`);
    expect(rows.map((r: any) => r.employee_id)).toEqual([9203, 9204]);
  });

  it('scores, decides; deciding the same again writes nothing, a change is recorded', async () => {
    const scored = await ok(SCORE, { c: campaignId }, tokens['aw-suite']!);
    expect(scored.scoreAwardCampaign.map((r: any) => r.result)).toEqual(['PENDING', 'PENDING']);
    expect(scored.scoreAwardCampaign.map((r: any) => r.rank).sort()).toEqual([1, 2]);

    await ok(DECIDE, { c: campaignId, e: E1, a: true }, tokens['aw-suite']!);
    const decided = await ok(DECIDE, { c: campaignId, e: E2, a: true }, tokens['aw-suite']!);
    expect(new Set(decided.decideAwardNomination.map((r: any) => r.result))).toEqual(new Set(['AWARDED']));
    const before = await counts();
    const replay = await ok(DECIDE, { c: campaignId, e: E1, a: true }, tokens['aw-suite']!);
    expect(replay.decideAwardNomination.find((r: any) => r.employeeId === E1).result).toBe('AWARDED');
    expect(await counts()).toEqual(before);
    // The committee changes its mind about E2: that is a decision, audited once.
    const changed = await ok(DECIDE, { c: campaignId, e: E2, a: false }, tokens['aw-suite']!);
    expect(changed.decideAwardNomination.find((r: any) => r.employeeId === E2).result).toBe('NOT_AWARDED');
    expect((await counts()).audit).toBe(before.audit + 1);
    await ok(DECIDE, { c: campaignId, e: E2, a: false }, tokens['aw-suite']!);
    expect((await counts()).audit).toBe(before.audit + 1);
  });

  it('publishes once; replays of publish, nomination and decision after closing write nothing', async () => {
    const published = await ok(PUBLISH, { c: campaignId }, tokens['aw-suite']!);
    expect(published.publishAwardCampaign).toEqual({ id: campaignId, status: 'CLOSED' });
    const [stories] = await sql(
      `select count(*)::int as n, min(s.employee_id) as employee from success_story s
       join award a on a.id = s.award_id where a.campaign_id = 9701`,
    );
    expect(stories).toEqual({ n: 1, employee: 9203 });
    const [event] = await sql(
      `select type, payload from webhook_event where type = 'AWARD_PUBLISHED' order by id desc limit 1`,
    );
    expect(event.payload).toMatchObject({ campaignId: 9701, winners: [9203] });

    const before = await counts();
    expect((await ok(PUBLISH, { c: campaignId }, tokens['aw-suite']!)).publishAwardCampaign).toEqual({
      id: campaignId,
      status: 'CLOSED',
    });
    await ok(NOMINATE, { c: campaignId, e: E1 }, tokens['aw-suite']!);
    await ok(DECIDE, { c: campaignId, e: E1, a: true }, tokens['aw-suite']!);
    await ok(DECIDE, { c: campaignId, e: E2, a: false }, tokens['aw-suite']!);
    expect(await counts()).toEqual(before);

    // What would change a closed campaign is still refused.
    for (const res of [
      await gql(DECIDE, { c: campaignId, e: E2, a: true }, tokens['aw-suite']!),
      await gql(NOMINATE, { c: campaignId, e: E3 }, tokens['aw-suite']!),
      await gql(SCORE, { c: campaignId }, tokens['aw-suite']!),
    ])
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['campaignId'] });
    expect(await counts()).toEqual(before);
  });

  it('audits every step as the integration login, once', async () => {
    expect(await auditBy('aw-suite')).toEqual({
      'awardCampaign.publish': 1,
      'awardCampaign.score': 1,
      'awardNomination.create': 2,
      'awardNomination.decide': 3,
    });
    expect(await auditBy('aw-suite-east')).toEqual({});
    expect(await auditBy('aw-lms')).toEqual({});
  });

  it('writes company-wide without archive:read; the ranking it gets back is its read scope (none)', async () => {
    const nominated = await ok(NOMINATE, { c: blindCampaignId, e: E3 }, tokens['aw-blind']!);
    expect(nominated.nominateForAward).toEqual([]);
    const scored = await ok(SCORE, { c: blindCampaignId }, tokens['aw-blind']!);
    expect(scored.scoreAwardCampaign).toEqual([]);
    const own = await ok(
      `query($c: ID!) { awardCampaignRanking(campaignId: $c) { employeeId } }`,
      { c: blindCampaignId },
      tokens['aw-blind']!,
    );
    expect(own.awardCampaignRanking).toEqual([]);
    // HR sees what was written: the nominee, scored.
    const ranking = await ok(
      `query($c: ID!) { awardCampaignRanking(campaignId: $c) { employeeId rank result } }`,
      { c: blindCampaignId },
      tokens.hr!,
    );
    expect(ranking.awardCampaignRanking).toEqual([{ employeeId: E3, rank: 1, result: 'PENDING' }]);
    expect(await auditBy('aw-blind')).toEqual({ 'awardCampaign.score': 1, 'awardNomination.create': 1 });
  });

  // Two first nominations of the same person at once: both find no nomination, both insert, and
  // the unique key (campaign, employee) refuses the second. The loser must answer the current
  // state, not an error. PGlite runs one session at a time (the API's sessions serialize), so the
  // two never overlap there: the race exists on the server database only.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'a nomination that loses the race to a simultaneous one answers the ranking and writes nothing',
    async () => {
      // The winner: another session's insert of the same nomination, not yet committed.
      const other = api.orm.em.fork();
      const run = (text: string) =>
        other.getConnection().execute(text, [], 'all', other.getTransactionContext());
      await other.begin();
      try {
        await run(
          `insert into award_nomination (campaign_id, employee_id, created_at) values (9703, 9203, now())`,
        );
        const before = await counts();
        // The API's nomination sees no committed row, inserts, and waits on the unique key ...
        const loser = gql(NOMINATE, { c: raceCampaignId, e: E1 }, tokens['aw-suite']!);
        let waiting = 0;
        while (waiting === 0) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          const [row] = await sql(
            `select count(*)::int as n from pg_stat_activity
              where wait_event_type = 'Lock' and query ilike 'insert into "award_nomination"%'`,
          );
          waiting = row.n;
        }
        // ... until the winner commits: then its insert hits the unique violation.
        await other.commit();
        const res = await loser;
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        expect(res.data.nominateForAward).toEqual([{ employeeId: E1, result: 'PENDING' }]);
        // The winner's row only (its insert wrote no audit entry); the loser wrote nothing.
        expect(await counts()).toEqual({ ...before, nominations: before.nominations + 1 });
        const rows = await sql(`select employee_id from award_nomination where campaign_id = 9703`);
        expect(rows.map((r: any) => r.employee_id)).toEqual([9203]);
      } finally {
        if (other.isInTransaction()) await other.rollback();
      }
    },
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'simultaneous first nominations over the API all answer the same ranking; one row, one audit entry',
    async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, () => gql(NOMINATE, { c: raceCampaignId, e: E2 }, tokens['aw-suite']!)),
      );
      for (const res of results) {
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        expect(res.data.nominateForAward).toContainEqual({ employeeId: E2, result: 'PENDING' });
      }
      const rows = await sql(`select employee_id from award_nomination where campaign_id = 9703 order by 1`);
      expect(rows.map((r: any) => r.employee_id)).toEqual([9203, 9204]);
      const audit = await sql(
        `select count(*)::int as n from audit_log where action = 'awardNomination.create' and after->>'campaignId' = '9703'`,
      );
      expect(audit[0].n).toBe(1);
    },
  );
});
