/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Course,
  Department,
  Employee,
  EmployeeStatus,
  Enrollment,
  EnrollmentStatus,
  PerformanceRating,
  PerformanceReview,
  PracticeCase,
  PracticeCaseStatus,
} from '@talentloop/db/entities';
import { toGlobalId as gid } from '../../common/relay';
import { createFixture, type Fixture } from '../../testing/fixtures';
import { startTestApi, type TestApi } from '../../testing/harness';
import { evaluatePromotionCandidates } from './promotion-candidates.service';
import { promotionPath } from './promotion.service';
import { saveRule } from './rule-store.service';

// promotionCandidates: exact against the per-employee promotionPath, a fixed number of SQL
// statements whatever the scope's size, and nothing outside the caller's scope.

const AS_OF = '2026-06-30';
/** Departments under Fixture Sales holding 1, 10 and 100 candidates. */
const SIZES = { 9020: 1, 9021: 10, 9022: 100 } as const;

let api: TestApi;
let fx: Fixture;
let hr: string;

async function populate(em: EntityManager, fx: Fixture) {
  // A course no rule requires: its hours only count toward the pace (summed in SQL).
  const other = em.create(Course, {
    id: 9399,
    code: 'FX-C-OTHER',
    name: '沟通(FX)',
    category: 'GENERAL',
    hours: 6.5,
    cost: '100.00',
    core: false,
    passScore: 60,
  });
  // A required course no longer offered (not in the catalog): its hours come from an attempt.
  const retired = em.create(Course, {
    id: 9398,
    code: 'FX-C-OLD',
    name: '旧课程(FX)',
    category: 'GENERAL',
    hours: 10,
    cost: '100.00',
    core: false,
    passScore: 60,
    active: false,
  });
  let n = 0;
  for (const [id, size] of Object.entries(SIZES)) {
    const department = em.create(Department, {
      id: Number(id),
      code: `FX-PC-${id}`,
      name: `Candidates ${size}`,
      path: `/9001/9002/${id}/`,
      depth: 2,
      parent: fx.departments.sales,
    });
    for (let i = 0; i < size; i++, n++) {
      const employee = em.create(Employee, {
        id: 20_000 + n,
        employeeNo: `PC${String(n).padStart(4, '0')}`,
        name: `Candidate ${n}`,
        department,
        position: fx.positions.rep,
        manager: fx.employees.m1,
        hireDate: '2020-01-01',
      });
      // Scores spread around the gates' minimums; every fifth has not completed the course.
      if (n % 5 !== 4)
        em.create(Enrollment, {
          employee,
          course: fx.courses.negotiation,
          status: EnrollmentStatus.COMPLETED,
          enrolledOn: '2026-01-01',
          completedOn: n % 7 === 0 ? '2026-07-15' : '2026-01-10', // some complete after asOf
          hours: 16,
          examScore: 70 + (n % 20),
          practiceScore: n % 3 === 0 ? null : 75 + (n % 15),
        });
      if (n % 4 === 0)
        em.create(Enrollment, {
          employee,
          course: fx.courses.lean,
          status: EnrollmentStatus.COMPLETED,
          enrolledOn: '2025-09-01',
          completedOn: n % 8 === 0 ? '2024-01-01' : '2025-10-01',
          hours: 24,
          examScore: 90,
        });
      for (const [k, completedOn] of ['2026-03-01', '2026-05-20', '2024-02-01', '2026-08-01'].entries())
        if ((n + k) % 3 === 0)
          em.create(Enrollment, {
            employee,
            course: other,
            status: EnrollmentStatus.COMPLETED,
            enrolledOn: completedOn,
            completedOn,
            hours: 6.5 + k,
          });
      if (n % 5 < 2)
        em.create(Enrollment, {
          employee,
          course: retired,
          status: n % 5 ? EnrollmentStatus.COMPLETED : EnrollmentStatus.ENROLLED,
          enrolledOn: '2025-11-01',
          completedOn: n % 5 ? '2025-11-20' : null,
          hours: 9,
          examScore: n % 5 ? 88 : null,
        });
      if (n % 3 !== 1)
        em.create(PracticeCase, {
          employee,
          course: fx.courses.negotiation,
          title: `Case ${n}`,
          summary: 's',
          status: n % 6 === 0 ? PracticeCaseStatus.SUBMITTED : PracticeCaseStatus.APPROVED,
          submittedAt: new Date('2026-02-01T08:00:00Z'),
          reviewedAt: new Date('2026-02-03T08:00:00Z'),
        });
      for (const [period, start] of [
        ['2026-Q1', '2026-01-01'],
        ['2026-Q3', '2026-07-01'],
      ] as const)
        em.create(PerformanceReview, {
          employee,
          period,
          periodStart: start,
          baseScore: 80,
          finalScore: 80,
          rating: (['A', 'B', 'C'] as const)[(n + period.length) % 3]! as PerformanceRating,
        });
    }
  }
  // A terminated employee in a feeder position is no candidate.
  em.create(Employee, {
    id: 29_999,
    employeeNo: 'PC9999',
    name: 'Candidate gone',
    department: em.getReference(Department, 9022),
    position: fx.positions.rep,
    hireDate: '2020-01-01',
    status: EmployeeStatus.TERMINATED,
  });
  await em.flush();
  await saveRule(em, null, 'PROMOTION', 'FX-SREP', {
    name: '晋升高级客户经理(FX)',
    requiredCourses: [{ code: 'FX-C-NEGO', name: '客户谈判技巧(FX)', minExamScore: 80 }],
    minPracticeScore: 80,
  });
  await saveRule(em, null, 'PROMOTION', 'FX-JM', {
    name: '晋升初级经理(FX)',
    requiredCourses: [
      { code: 'FX-C-NEGO', name: '客户谈判技巧(FX)', minExamScore: 75 },
      { code: 'FX-C-LEAN', name: '精益生产(FX)' },
      { code: 'FX-C-OLD', name: '旧课程(FX)' },
    ],
    minApprovedCases: 1,
    minRecentRating: 'B',
  });
  await em.flush();
}

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
  await populate(api.orm.em.fork() as EntityManager, fx);
  hr = await api.login('fx-hr');
});
afterAll(async () => api?.close());

const CANDIDATES = `query($target: ID, $filter: PromotionCandidateFilter, $first: Int, $after: String, $asOf: Date) {
  promotionCandidates(targetPositionId: $target, filter: $filter, first: $first, after: $after, asOf: $asOf) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      employeeId employeeNo name departmentId passedGates totalGates
      employee { name department { id name } }
      path { targetPositionId eligible readinessPct estimatedMonths gates { key kind passed } }
    }
    summary { candidates eligible blocked { targetPositionId gateKey gateKind courseName count } targets { targetPosition candidates eligible } }
  } }`;

async function query(variables: Record<string, unknown>, token = hr) {
  const res = await api.gql(CANDIDATES, { asOf: AS_OF, ...variables }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.promotionCandidates;
}

describe('promotionCandidates', () => {
  it('equals promotionPath for every candidate × target (gates judged in SQL, page evaluated in full)', async () => {
    const em = api.orm.em.fork() as EntityManager;
    const { entries, summary, results } = await evaluatePromotionCandidates(em, {
      targetPositionId: null,
      asOf: AS_OF,
    });
    // 111 active candidates + the two fixture employees in the rep position, × 2 targets.
    expect(entries).toHaveLength((111 + 2) * 2);
    expect(entries.some((c) => c.employeeId === 29_999)).toBe(false);
    // Every pattern of the generated archives repeats within the first 40 (n mod 3…20).
    const some = entries.filter((x) => x.employeeId < 20_040);
    const full = await results(some);
    for (const [i, c] of some.entries()) {
      const path = await promotionPath(api.orm.em.fork(), c.employeeId, c.targetPositionId, AS_OF);
      const result = full[i]!;
      expect(result).toEqual(path.eligibility);
      expect(c.eligible).toBe(result.eligible);
      expect(c.readinessPct).toBe(result.readinessPct);
      expect(c.blocking?.key ?? null).toBe(result.gates.find((g) => !g.passed)?.key ?? null);
    }
    const eligible = entries.filter((c) => c.eligible).length;
    expect(eligible).toBeGreaterThan(0);
    expect(eligible).toBeLessThan(entries.length);
    expect(summary.eligible).toBe(eligible);
    expect(summary.blocked.reduce((a, b) => a + b.count, 0)).toBe(entries.length - eligible);
  });

  it('pages through the whole scope in order, with one summary for all pages', async () => {
    const all = await query({ first: 100 });
    expect(all.totalCount).toBe(226);
    const seen: string[] = [];
    let after: string | null = null;
    let summary: unknown = null;
    do {
      const page: any = await query({ first: 60, after });
      seen.push(...page.nodes.map((n: any) => `${n.employeeId}|${n.path.targetPositionId}`));
      summary ??= page.summary;
      expect(page.summary).toEqual(summary);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(226);
    // Eligible first, then by readiness.
    const first = all.nodes as any[];
    const rank = (n: any) => (n.path.eligible ? 1000 : 0) + n.path.readinessPct;
    for (let i = 1; i < first.length; i++) expect(rank(first[i - 1])).toBeGreaterThanOrEqual(rank(first[i]));
    expect(first[0].employee.department.name).toBeTruthy();
    for (const n of first) expect(n.departmentId).toBe(n.employee.department.id);

    const eligible = await query({ first: 100, filter: { eligible: true } });
    expect(eligible.totalCount).toBe(all.summary.eligible);
    expect(eligible.nodes.every((n: any) => n.path.eligible)).toBe(true);
    const oneTarget = await query({ first: 10, target: gid('Position', fx.positions.seniorRep.id) });
    expect(oneTarget.totalCount).toBe(113);
    expect(oneTarget.summary.targets).toHaveLength(1);
  });

  it('runs a fixed number of SQL statements for 1, 10 and 100 candidates', async () => {
    const counts: number[] = [];
    for (const [id, size] of Object.entries(SIZES)) {
      const { result, statements } = await api.countStatements(() =>
        api.gql(CANDIDATES, { asOf: AS_OF, first: 100, filter: { departmentId: gid('Department', id) } }, hr),
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as any).promotionCandidates.totalCount).toBe(size * 2);
      if (process.env.SHOW_SQL) console.log(statements.join('\n'));
      counts.push(statements.length);
    }
    console.log(`promotionCandidates(1/10/100 candidates): ${counts.join(' / ')} statements`);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(14);
  });

  it('never shows anyone outside the caller’s scope', async () => {
    const everyone = await query({ first: 100 });
    const salesManager = await query({ first: 100 }, await api.login('fx-manager'));
    // Fixture Sales' subtree holds every candidate: the manager sees the same totals as HR.
    expect(salesManager.totalCount).toBe(everyone.totalCount);
    expect(salesManager.summary).toEqual(everyone.summary);

    const plant = await query({ first: 100 }, await api.login('fx-plant-manager'));
    expect(plant.totalCount).toBe(0);
    expect(plant.summary.candidates).toBe(0);
    expect(plant.summary.blocked).toEqual([]);
    // A department filter outside the scope narrows, it never widens.
    const widened = await query(
      { first: 100, filter: { departmentId: gid('Department', 9022) } },
      await api.login('fx-plant-manager'),
    );
    expect(widened.totalCount).toBe(0);

    const self = await query({ first: 100 }, await api.login('fx-employee'));
    expect(new Set(self.nodes.map((n: any) => n.employeeId))).toEqual(
      new Set([gid('Employee', fx.employees.e1.id)]),
    );
    expect(self.totalCount).toBe(2);
  });

  it('names the bad argument', async () => {
    const res = await api.gql(CANDIDATES, { target: gid('Employee', 1), first: 10 }, hr);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('targetPositionId');
    const page = await api.gql(CANDIDATES, { first: 1000 }, hr);
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.gql(
      CANDIDATES,
      { first: 10, filter: { departmentId: gid('Department', 987_654) } },
      hr,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(missing.errors?.[0]?.extensions)).toContain('filter.departmentId');
    const anonymous = await api.gql(CANDIDATES, { first: 10 }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
