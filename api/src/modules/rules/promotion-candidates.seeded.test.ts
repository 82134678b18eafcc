import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import {
  evaluatePromotionEligibility,
  type ArchiveCompetency,
  type EligibilityResult,
  type GrowthArchive,
} from '@talentloop/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, loadCatalog, loadCourseImpacts, loadTargetCompetencies } from './archive.service';
import { evaluatePromotionCandidates } from './promotion-candidates.service';
import { ensureDefaultRules, promotionRuleFor, saveRule } from './rule-store.service';

// The gates judged in SQL (promotion-candidates.sql.ts) equal the pure evaluator for EVERY
// candidate of a seeded company, under the default rules and under randomly drawn rules (courses
// by code, by name only or unknown; exam and practice minimums; approved cases; a minimum
// rating) — and so does the page's full evaluation. The reference is the evaluator on each
// candidate's full archive (loadArchive, as promotionPath reads it).

const AS_OF = '2026-11-01';
let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: 300, seed: 42 } });
  orm = await initOrm(db.url);
  await ensureDefaultRules(orm.em.fork());
}, 300_000);
afterAll(async () => {
  await orm?.close(true);
  await db?.close();
});

const em = () => orm.em.fork() as EntityManager;

async function rows<T>(sql: string): Promise<T[]> {
  return em().getConnection().execute<T[]>(sql, [], 'all');
}

/** A small deterministic PRNG (mulberry32), so a failure names its round and repeats. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every career-path target gets a new active rule version drawn from `seed`. */
async function drawRules(seed: number): Promise<number> {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  // The most completed courses, so that drawn rules are met by some and missed by others.
  const courses = await rows<{ code: string | null; name: string }>(
    `select c.code, c.name from course c join enrollment en on en.course_id = c.id and en.status = 'COMPLETED'
      group by c.id order by count(*) desc, c.id limit 8`,
  );
  const targets = await rows<{ code: string; name: string }>(
    'select distinct p.code, p.name from position p join career_path cp on cp.to_position_id = p.id order by p.code',
  );
  for (const target of targets) {
    const requiredCourses = Array.from({ length: 1 + Math.floor(next() * 2) }, () => {
      const c = pick(courses);
      const ref =
        next() < 0.1
          ? { name: `不存在的课程 ${seed}` }
          : next() < 0.3
            ? { name: c.name }
            : { code: c.code!, name: c.name };
      return {
        ...ref,
        ...(next() < 0.6 ? { minExamScore: pick([60, 70, 75, 80, 85, 90]) } : {}),
        ...(next() < 0.3 ? { minPracticeScore: pick([60, 75, 85]) } : {}),
      };
    });
    await saveRule(em(), null, 'PROMOTION', target.code, {
      name: `晋升${target.name} (round ${seed})`,
      requiredCourses,
      minPracticeScore: next() < 0.3 ? pick([60, 70, 80]) : null,
      minApprovedCases: pick([0, 0, 0, 1, 1, 2]),
      minRecentRating: pick([null, null, 'C', 'B', 'A', 'S']),
    });
  }
  return targets.length;
}

/** The reference: the pure evaluator on each candidate's full archive. */
async function reference() {
  const catalog = await loadCatalog(em());
  const impacts = await loadCourseImpacts(em());
  const archives = new Map<number, GrowthArchive>();
  const targets = new Map<
    number,
    { rule: Parameters<typeof evaluatePromotionEligibility>[0]; competencies: ArchiveCompetency[] }
  >();
  return async (employeeId: number, positionId: number): Promise<EligibilityResult> => {
    if (!archives.has(employeeId)) archives.set(employeeId, (await loadArchive(em(), employeeId))!);
    if (!targets.has(positionId))
      targets.set(positionId, {
        rule: (await promotionRuleFor(em(), positionId))!.rule,
        competencies: await loadTargetCompetencies(em(), positionId),
      });
    const t = targets.get(positionId)!;
    return evaluatePromotionEligibility(t.rule, archives.get(employeeId)!, AS_OF, {
      catalog,
      targetCompetencies: t.competencies,
      impacts,
    });
  };
}

async function expectExact(label: string) {
  const { entries, summary, results } = await evaluatePromotionCandidates(em(), {
    targetPositionId: null,
    asOf: AS_OF,
  });
  const expected = await reference();
  const full = await results(entries);
  let eligible = 0;
  for (const [i, c] of entries.entries()) {
    const r = await expected(c.employeeId, c.targetPositionId);
    const first = r.gates.findIndex((g) => !g.passed);
    const at = `${label}: employee ${c.employeeId} → position ${c.targetPositionId}`;
    expect({ ...c, at }).toMatchObject({
      at,
      eligible: r.eligible,
      readinessPct: r.readinessPct,
      passedGates: r.gates.filter((g) => g.passed).length,
      totalGates: r.gates.length,
      blocking: first < 0 ? null : { index: first, key: r.gates[first]!.key, kind: r.gates[first]!.kind },
      // Gate by gate, not only the count.
      gateMask: r.gates.reduce((mask, g, bit) => mask | (g.passed ? 1 << bit : 0), 0),
    });
    expect(full[i], at).toEqual(r);
    if (r.eligible) eligible += 1;
  }
  expect(summary.candidates).toBe(entries.length);
  expect(summary.eligible).toBe(eligible);
  console.log(`${label}: ${entries.length} candidates × targets checked, ${eligible} eligible`);
  return { candidates: entries.length, eligible };
}

describe('promotionCandidates on a seeded company', () => {
  it('judges every candidate as the pure evaluator does, under the default rules', async () => {
    const { candidates } = await expectExact('default rules');
    expect(candidates).toBeGreaterThan(0);
  }, 300_000);

  it('judges every candidate as the pure evaluator does, under randomly drawn rules', async () => {
    const seen = { candidates: 0, eligible: 0 };
    for (const seed of [1, 2, 3]) {
      expect(await drawRules(seed)).toBeGreaterThan(0);
      const r = await expectExact(`round ${seed}`);
      seen.candidates += r.candidates;
      seen.eligible += r.eligible;
    }
    // The rounds exercise both verdicts, not only failures.
    expect(seen.candidates).toBeGreaterThan(300);
    expect(seen.eligible).toBeGreaterThan(0);
    expect(seen.eligible).toBeLessThan(seen.candidates);
  }, 600_000);
});
