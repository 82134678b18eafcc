/**
 * Re-measures the generator's planted effects through the product's own `analytics` GraphQL
 * fields (API → Cube → the semantic model), for seeds the tests do not use:
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     node --import ./scripts/register.mjs test/support/measure-planted.ts 5 9
 *
 * (without TEST_DATABASE_URL the company is seeded into PGlite: same numbers, slower). Prints one
 * markdown table per seed at N = 300 (the demo size); db/seed/GROUND_TRUTH.md records them.
 */
import { issueToken } from '@talentloop/api/issue-token';
import { startStack } from './stack';

const EMPLOYEES = 300;

const QUERY = `{
  analytics {
    courseContribution { courseName kpiCode nTreated nControl estimate ciLow ciHigh evidence }
    promotionProfile(itemType: COURSE) { itemName promotedShare comparisonShare lift promotionRateRatio }
    awardTraits { trait n nominations winnerShare nomineeShare lift }
    trainingRoi(by: COURSE) { label n roi roiCiLow roiCiHigh evidence }
  }
}`;

interface Answer {
  courseContribution: {
    courseName: string;
    kpiCode: string;
    nTreated: number;
    nControl: number;
    estimate: number | null;
    ciLow: number | null;
    ciHigh: number | null;
    evidence: string;
  }[];
  promotionProfile: {
    itemName: string;
    promotedShare: number;
    comparisonShare: number;
    lift: number;
    promotionRateRatio: number | null;
  }[];
  awardTraits: {
    trait: string;
    n: number;
    nominations: number;
    winnerShare: number;
    nomineeShare: number;
    lift: number | null;
  }[];
  trainingRoi: {
    label: string;
    n: number;
    roi: number | null;
    roiCiLow: number | null;
    roiCiHigh: number | null;
    evidence: string;
  }[];
}

/** The planted courses and KPIs (GROUND_TRUTH.md "Planted effects"): course name → KPI → effect. */
const PLANTED: Record<string, Record<string, number>> = {
  客户谈判技巧: { SALES_GROWTH: 7, CUSTOMER_RETENTION: 4 },
  精益生产: { DEFECT_RATE: -0.8, PRODUCTION_EFFICIENCY: 5 },
  高效办公技巧: { SALES_GROWTH: 0, PRODUCTION_EFFICIENCY: 0 },
};

const f = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '—' : v.toFixed(digits).replace('-', '−');

async function measure(seed: number): Promise<string> {
  const stack = await startStack({ employees: EMPLOYEES, seed, warmAnalytics: false });
  try {
    const token = await issueToken(stack.databaseUrl, stack.jwtSecret, 'exec', '1h');
    const res = await fetch(stack.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY }),
      signal: AbortSignal.timeout(1_500_000),
    });
    const body = (await res.json()) as { data?: { analytics: Answer }; errors?: unknown[] };
    if (body.errors?.length || !body.data)
      throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 2000)}`);
    const a = body.data.analytics;
    const lines = [
      `#### S = ${seed} (N = ${EMPLOYEES})`,
      '',
      '| measure | treated / control (n) | value | 95 % CI | planted |',
      '| --- | --- | --- | --- | --- |',
    ];
    for (const [course, kpis] of Object.entries(PLANTED)) {
      for (const [kpi, planted] of Object.entries(kpis)) {
        const r = a.courseContribution.find((x) => x.courseName === course && x.kpiCode === kpi);
        lines.push(
          `| ${course} → ${kpi} (DiD, ${r?.evidence ?? 'no row'}) | ${r ? `${r.nTreated} / ${r.nControl}` : '—'} | ${f(r?.estimate)} | ${f(r?.ciLow)} … ${f(r?.ciHigh)} | ${planted} |`,
        );
      }
    }
    const lead = a.promotionProfile.find((r) => r.itemName === '领导力');
    lines.push(
      `| 领导力: promoted share vs comparison (lift) | ${f(lead?.promotedShare, 3)} / ${f(lead?.comparisonShare, 3)} | ${f(lead?.lift)} | — | 2.20 |`,
      `| 领导力: promotion rate ratio | — | ${f(lead?.promotionRateRatio)} | — | 3.0 |`,
    );
    for (const t of ['LECTURES', 'ADOPTED_CASE', 'HOURS']) {
      const r = a.awardTraits.find((x) => x.trait === t);
      lines.push(
        `| award trait ${t}: winners vs nominees (lift) | ${f(r?.winnerShare, 3)} / ${f(r?.nomineeShare, 3)} (${r?.n ?? '—'} winners, ${r?.nominations ?? '—'} nominations) | ${f(r?.lift)} | — | ${t === 'HOURS' ? '—' : '> 2'} |`,
      );
    }
    for (const course of Object.keys(PLANTED)) {
      const r = a.trainingRoi.find((x) => x.label === course);
      lines.push(
        `| ${course}: ROI (${r?.evidence ?? 'no row'}) | ${r?.n ?? '—'} participants | ${f(r?.roi)} | ${f(r?.roiCiLow)} … ${f(r?.roiCiHigh)} | — |`,
      );
    }
    return lines.join('\n');
  } finally {
    await stack.stop();
  }
}

const seeds = process.argv.slice(2).map(Number);
if (!seeds.length || seeds.some((s) => !Number.isInteger(s))) {
  console.error('usage: measure-planted.ts <seed> [<seed> …]');
  process.exit(2);
}
for (const seed of seeds) console.log(`${await measure(seed)}\n`);
process.exit(0);
