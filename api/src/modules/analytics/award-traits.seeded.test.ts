import type { MikroORM } from '@mikro-orm/core';
import { AwardCampaign, AwardNomination } from '@talentloop/db/entities';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import {
  scoreAwardNominations,
  toAwardBreakdown,
  type AwardScoring,
  type GrowthArchive,
} from '@talentloop/rules';
import { cubeSql } from '@talentloop/semantic/model-sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../rules/archive.service';
import { criteriaFor } from '../rules/award.service';

// One truth for award traits (issue 11): on the seeded company, for every nominee of every
// campaign, the award evaluator of @talentloop/rules — run as the API's award scoring runs it
// (criteriaFor + loadArchive) — agrees with
//   - what the generator stored per nomination (breakdown, total, rank, result): planted winners
//     satisfy the stored award rule;
//   - the trait flags of the award_traits view (the award_nominee_traits cube's own SQL, read
//     from the model): HOURS, LECTURES and ADOPTED_CASE are the rule's items, met or not.

let db: TestDatabase;
let orm: MikroORM;

/** Per campaign: the evaluator's scoring of its nominees and the stored nominations. */
const scored = new Map<number, { scoring: AwardScoring; nominations: AwardNomination[]; status: string }>();

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: 300, seed: 42 } });
  orm = await initOrm(db.url);
  const em = orm.em.fork();
  for (const campaign of await em.find(AwardCampaign, {}, { orderBy: { id: 'asc' } })) {
    const nominations = await em.find(
      AwardNomination,
      { campaign: campaign.id },
      { orderBy: { id: 'asc' }, populate: ['employee'] },
    );
    const archives: GrowthArchive[] = [];
    for (const n of nominations) archives.push((await loadArchive(em, n.employee.id))!);
    const scoring = scoreAwardNominations(await criteriaFor(em, campaign), archives);
    scored.set(campaign.id, { scoring, nominations, status: campaign.status });
  }
}, 600_000);

afterAll(async () => {
  await orm?.close(true);
  await db?.close();
});

describe('award traits = the award evaluator, for every nominee of every campaign', () => {
  it('the generator stored what the evaluator computes under the campaign rule', () => {
    let decided = 0;
    for (const { scoring, nominations, status } of scored.values()) {
      expect(nominations.length).toBeGreaterThan(0);
      if (status !== 'CLOSED') {
        // Not scored yet: nothing stored to compare.
        for (const n of nominations) expect([n.result, n.scoreBreakdown]).toEqual(['PENDING', {}]);
        continue;
      }
      const byEmployee = new Map(scoring.nominations.map((s) => [s.employeeId, s]));
      const ranked = scoring.nominations.filter((s) => s.rank !== null).length;
      const winners = nominations.filter((n) => n.result === 'AWARDED').length;
      expect(winners).toBeGreaterThan(0);
      for (const n of nominations) {
        const s = byEmployee.get(n.employee.id)!;
        expect(JSON.parse(JSON.stringify(n.scoreBreakdown))).toEqual(
          JSON.parse(JSON.stringify(toAwardBreakdown(scoring, s))),
        );
        expect([Number(n.total), n.rank]).toEqual([s.total, s.rank]);
        // The winners are the top of the evaluator's ranking.
        expect(n.result).toBe(s.rank !== null && s.rank <= winners ? 'AWARDED' : 'NOT_AWARDED');
        decided++;
      }
      expect(winners).toBeLessThan(ranked);
    }
    expect(decided).toBeGreaterThan(50);
  });

  it("the award_traits view's trait flags equal the evaluator's criteria items", async () => {
    // CORE_COURSE is a descriptive trait, not an item of the rule.
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute(
        `select nomination_id, trait, has_trait from (${cubeSql('award_nominee_traits')}) t
          where trait <> 'CORE_COURSE'`,
      );
    type Row = { nomination_id: number; trait: string; has_trait: number };
    const view = new Map(
      (rows as Row[]).map((r) => [`${r.nomination_id}/${r.trait}`, Number(r.has_trait) === 1]),
    );
    let compared = 0;
    let met = 0;
    for (const { scoring, nominations, status } of scored.values()) {
      const byEmployee = new Map(scoring.nominations.map((s) => [s.employeeId, s]));
      for (const n of nominations) {
        const items = byEmployee
          .get(n.employee.id)!
          .criteria.flatMap((c) => c.items)
          .map((item) => [item.key, item.met] as const);
        expect(items.map(([key]) => key).sort()).toEqual(['ADOPTED_CASE', 'HOURS', 'LECTURES']);
        for (const [key, flag] of items) {
          // The view holds decided nominations only (an open campaign's are not traits yet).
          const seen = view.get(`${n.id}/${key}`);
          if (status !== 'CLOSED') {
            expect(seen).toBeUndefined();
            continue;
          }
          expect([n.id, key, seen]).toEqual([n.id, key, flag]);
          compared++;
          met += Number(flag);
        }
      }
    }
    // Every decided nomination × the rule's three items, some of them met.
    expect(compared).toBe(rows.length);
    expect(met).toBeGreaterThan(0);
  });
});
