import type { MikroORM } from '@mikro-orm/core';
import { AuditLog, TrainingImpact } from '@talentloop/db/entities';
import { initOrm } from '@talentloop/db/orm';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultRules } from '../rules/rule-store.service';
import { startImpactSweep, sweepDueImpacts } from './impact-sweep';

// The outbox worker's sweep for verdicts due by the calendar, on the seeded demo company (which
// stores no verdicts of its own): the first sweep judges every due enrollment, a second one
// finds nothing, and concurrent sweeps never judge one enrollment twice.

let db: TestDatabase;
let orm: MikroORM;
const AS_OF = '2026-12-07';

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: 60, seed: 7 } });
  orm = await initOrm(db.url);
  await orm.em.fork().transactional((em) => ensureDefaultRules(em));
}, 180_000);

afterAll(async () => {
  await orm?.close(true);
  await db?.close();
});

describe('impact sweep', () => {
  it('stores every due verdict once, audited as the sweep, and is a no-op on a settled database', async () => {
    const em = orm.em.fork();
    expect(await em.count(TrainingImpact)).toBe(0);
    // Two sweeps at once where sessions are concurrent (a server); the embedded database serves
    // one session at a time, so there they run one after the other.
    const [first, second] = process.env.TEST_DATABASE_URL
      ? await Promise.all([sweepDueImpacts(orm, AS_OF), sweepDueImpacts(orm, AS_OF)])
      : [await sweepDueImpacts(orm, AS_OF), await sweepDueImpacts(orm, AS_OF)];
    const stored = first.stored + second.stored;
    expect(stored).toBeGreaterThan(0);
    // Every enrollment judged once, whichever sweep judged it.
    expect(await em.count(TrainingImpact)).toBe(stored);
    const verdicts = Object.values({ ...first.byVerdict, ...second.byVerdict }).reduce((a, b) => a + b, 0);
    expect(verdicts).toBe(stored);
    const rows = await em
      .getConnection()
      .execute<{ n: number }[]>(`select count(distinct enrollment_id)::int as n from training_impact`);
    expect(rows[0]!.n).toBe(stored);
    expect(
      await em.count(AuditLog, { actorLabel: 'system:impact-sweep', entityType: 'TrainingImpact' }),
    ).toBeGreaterThanOrEqual(stored);

    const again = await sweepDueImpacts(orm, AS_OF);
    expect(again).toMatchObject({ ran: true, stored: 0 });
    expect(await em.count(TrainingImpact)).toBe(stored);
  });

  it('runs on a timer and stops cleanly', async () => {
    const stop = startImpactSweep(orm, { intervalMs: 60_000, firstDelayMs: 10, asOf: () => AS_OF });
    await new Promise((r) => setTimeout(r, 300));
    await stop();
    // Nothing new was due; the sweep ran and stopped without leaving work behind.
    expect(await orm.em.fork().count(TrainingImpact)).toBeGreaterThan(0);
  });
});
