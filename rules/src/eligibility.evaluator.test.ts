import { describe, expect, it } from 'vitest';
import { evaluatePromotionEligibility } from './eligibility.evaluator';
import { JUNIOR_MANAGER_RULE, SENIOR_ACCOUNT_MANAGER_RULE } from './rules.defaults';
import { archive, CATALOG, enrollment, TARGET_COMPETENCIES } from './rules.fixtures';
import { PromotionRuleSchema } from './rules.schema';
import type { ArchiveCase } from './rules.types';

const ASOF = '2026-06-30';
const ctx = { catalog: CATALOG, targetCompetencies: TARGET_COMPETENCIES };
const approvedCase: ArchiveCase = {
  id: 77,
  title: '优化团队沟通流程',
  status: 'APPROVED',
  submittedOn: '2026-04-01',
  approvedOn: '2026-04-10',
};
const bothCourses = () => [
  enrollment(1, '团队管理基础', { id: 11, examScore: 85 }),
  enrollment(2, '项目协调技巧', { id: 12, examScore: 90 }),
];

describe('evaluatePromotionEligibility — 初级经理 (article §三.1)', () => {
  it('both courses ≥ 80 but no approved case → not eligible, missing the case', () => {
    const r = evaluatePromotionEligibility(
      JUNIOR_MANAGER_RULE,
      archive(1, { enrollments: bothCourses() }),
      ASOF,
      ctx,
    );
    expect(r.eligible).toBe(false);
    expect(r.missing).toEqual(['missing: approved improvement case']);
    expect(r.gates.map((g) => [g.key, g.passed, g.actual, g.required])).toEqual([
      ['course:团队管理基础', true, 'completed, exam 85', 'exam ≥ 80'],
      ['course:项目协调技巧', true, 'completed, exam 90', 'exam ≥ 80'],
      ['approved-cases', false, '0', '≥ 1'],
    ]);
    expect(r.gates[0]!.evidence).toEqual([{ type: 'ENROLLMENT', id: 11 }]);
    expect(r.readinessPct).toBe(67);
    expect(r.remainingHours).toBe(0);
    expect(r.estimatedMonths).toBe(0);
  });

  it('a submitted (unapproved) case or one approved after asOf does not count; an approved one does', () => {
    const submitted: ArchiveCase = { ...approvedCase, id: 78, status: 'SUBMITTED', approvedOn: null };
    const late: ArchiveCase = { ...approvedCase, id: 79, approvedOn: '2026-07-02' };
    const base = { enrollments: bothCourses(), cases: [submitted, late] };
    expect(evaluatePromotionEligibility(JUNIOR_MANAGER_RULE, archive(1, base), ASOF, ctx).eligible).toBe(
      false,
    );
    const r = evaluatePromotionEligibility(
      JUNIOR_MANAGER_RULE,
      archive(1, { ...base, cases: [...base.cases, approvedCase] }),
      ASOF,
      ctx,
    );
    expect(r.eligible).toBe(true);
    expect(r.readinessPct).toBe(100);
    expect(r.missing).toEqual([]);
    expect(r.gates[2]!.evidence).toEqual([{ type: 'CASE', id: 77 }]);
  });

  it('exam exactly 80 passes; 79 fails and names the best attempt; the best retake counts', () => {
    const at80 = [
      enrollment(1, '团队管理基础', { examScore: 80 }),
      enrollment(2, '项目协调技巧', { examScore: 79 }),
    ];
    const r = evaluatePromotionEligibility(
      JUNIOR_MANAGER_RULE,
      archive(1, { enrollments: at80, cases: [approvedCase] }),
      ASOF,
      ctx,
    );
    expect(r.gates.map((g) => g.passed)).toEqual([true, false, true]);
    expect(r.missing).toEqual(['missing: 项目协调技巧 with exam ≥ 80 (best so far: exam 79)']);
    // Codes plus values, for the dashboard to translate.
    expect(r.gates.map((g) => [g.code, g.courseName, g.checks])).toEqual([
      [
        'COURSE',
        '团队管理基础',
        [
          { code: 'COMPLETED', required: 1, actual: 1, passed: true },
          { code: 'EXAM_SCORE', required: 80, actual: 80, passed: true },
        ],
      ],
      [
        'COURSE',
        '项目协调技巧',
        [
          { code: 'COMPLETED', required: 1, actual: 1, passed: true },
          { code: 'EXAM_SCORE', required: 80, actual: 79, passed: false },
        ],
      ],
      ['APPROVED_CASES', null, [{ code: 'APPROVED_CASES', required: 1, actual: 1, passed: true }]],
    ]);
    const retake = [
      ...at80,
      enrollment(2, '项目协调技巧', { id: 99, examScore: 88, completedOn: '2026-05-01' }),
    ];
    const r2 = evaluatePromotionEligibility(
      JUNIOR_MANAGER_RULE,
      archive(1, { enrollments: retake, cases: [approvedCase] }),
      ASOF,
      ctx,
    );
    expect(r2.eligible).toBe(true);
    expect(r2.gates[1]!.evidence).toEqual([{ type: 'ENROLLMENT', id: 99 }]);
  });

  it('estimates months from remaining course hours and the employee’s own 12-month pace', () => {
    const enrollments = [
      enrollment(1, '团队管理基础', { examScore: 90, hours: 16, completedOn: '2026-02-01' }),
      enrollment(5, '沟通技巧', { hours: 8, completedOn: '2025-07-01' }),
      enrollment(5, '沟通技巧', { hours: 40, completedOn: '2025-06-30' }), // outside the 12 months
    ];
    const r = evaluatePromotionEligibility(JUNIOR_MANAGER_RULE, archive(1, { enrollments }), ASOF, ctx);
    expect(r.remainingCourses).toEqual([{ name: '项目协调技巧', hours: 12 }]);
    expect(r.pace).toEqual({ hours: 24, months: 12, hoursPerMonth: 2 });
    expect(r.estimatedMonths).toBe(6);
    expect(r.formula).toContain('estimated months = remaining hours / pace = 12 / 2 = 6');
    expect(r.nextCourse).toEqual({
      courseId: 2,
      name: '项目协调技巧',
      hours: 12,
      reasonCode: 'CLOSES_GATE',
      closes: ['course:项目协调技巧'],
      reason: 'closes gate: 项目协调技巧 (exam ≥ 80)',
      measuredImpactPct: null,
    });
  });

  it('has no estimate without a pace', () => {
    const r = evaluatePromotionEligibility(JUNIOR_MANAGER_RULE, archive(1), ASOF, ctx);
    expect(r.pace.hoursPerMonth).toBeNull();
    expect(r.remainingHours).toBe(28);
    expect(r.estimatedMonths).toBeNull();
    expect(r.readinessPct).toBe(0);
  });

  it('recommends the competency-gap course with measured impact, else the shorter one', () => {
    const a = archive(1, { enrollments: bothCourses(), cases: [approvedCase] });
    const r = evaluatePromotionEligibility(JUNIOR_MANAGER_RULE, a, ASOF, ctx);
    expect(r.competencies.gaps).toEqual(['STRATEGY']);
    expect(r.competencies.matchPct).toBe(67);
    expect(r.nextCourse?.name).toBe('战略规划实务');
    expect(r.nextCourse?.reason).toBe('closes competency gap: 战略规划能力');
    expect(r.nextCourse).toMatchObject({ reasonCode: 'CLOSES_COMPETENCY_GAP', closes: ['STRATEGY'] });
    const withImpact = evaluatePromotionEligibility(JUNIOR_MANAGER_RULE, a, ASOF, {
      ...ctx,
      impacts: { 3: 12 },
    });
    expect(withImpact.nextCourse).toMatchObject({ name: '战略管理', measuredImpactPct: 12 });
    const held = evaluatePromotionEligibility(
      JUNIOR_MANAGER_RULE,
      { ...a, competencies: [{ code: 'STRATEGY', name: '战略规划能力' }] },
      ASOF,
      ctx,
    );
    expect(held.nextCourse).toBeNull();
  });
});

describe('evaluatePromotionEligibility — other gates', () => {
  it('高级客户经理 needs practice-application ≥ 90 on every course', () => {
    const names = ['财富管理进阶', '团队协作', '客户分层策略', '客户关系管理'];
    const enrollments = names.map((n, i) => enrollment(20 + i, n, { practiceScore: i === 3 ? 89 : 90 }));
    const r = evaluatePromotionEligibility(SENIOR_ACCOUNT_MANAGER_RULE, archive(2, { enrollments }), ASOF);
    expect(r.gates.map((g) => g.passed)).toEqual([true, true, true, false]);
    expect(r.missing).toEqual([
      'missing: 客户关系管理 with practice ≥ 90 (best so far: exam 85, practice 89)',
    ]);
    expect(r.readinessPct).toBe(75);
  });

  it('the latest rating must meet the minimum', () => {
    const rule = PromotionRuleSchema.parse({
      ...JUNIOR_MANAGER_RULE,
      minApprovedCases: 0,
      minRecentRating: 'B',
    });
    const reviews = [
      { id: 1, period: '2025-Q4', finalScore: 92, rating: 'A' },
      { id: 2, period: '2026-Q1', finalScore: 70, rating: 'C' },
      { id: 3, period: '2026-Q3', finalScore: 95, rating: 'S' }, // after asOf's quarter
    ];
    const r = evaluatePromotionEligibility(rule, archive(1, { enrollments: bothCourses(), reviews }), ASOF);
    expect(r.gates[2]).toMatchObject({
      kind: 'RECENT_RATING',
      passed: false,
      actual: 'C (2026-Q1)',
      evidence: [{ type: 'REVIEW', id: 2 }],
    });
    expect(r.missing).toEqual(['missing: recent rating ≥ B (latest: C)']);
  });
});
