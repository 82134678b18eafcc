import { describe, expect, it } from 'vitest';
import {
  canDecide,
  decisionNote,
  eligibleCandidates,
  reviewGates,
  type ScannedCandidate,
} from './promotionReview.model';

// The shape of PromotionReport.frozen (api/src/modules/rules/report.evaluator.ts), trimmed.
const frozen = {
  ruleKey: 'JUNIOR_MANAGER',
  ruleVersion: 1,
  inputs: {
    archive: {
      enrollments: [
        { id: 11, courseName: '团队管理基础', completedOn: '2026-02-15', examScore: 88, practiceScore: 86 },
        { id: 12, courseName: '项目协调技巧', completedOn: '2026-03-05', examScore: 85, practiceScore: null },
      ],
      cases: [{ id: 7, title: '团队管理基础实践', status: 'APPROVED', approvedOn: '2026-03-02' }],
      reviews: [{ id: 3, period: '2026-Q3', rating: 'A' }],
    },
    eligibility: {
      eligible: false,
      gates: [
        {
          key: 'course:团队管理基础',
          label: '团队管理基础',
          passed: true,
          actual: 'completed, exam 88',
          required: 'exam ≥ 80',
          missing: null,
          evidence: [{ type: 'ENROLLMENT', id: 11 }],
        },
        {
          key: 'approved-cases',
          label: 'approved improvement case',
          passed: true,
          actual: '1',
          required: '≥ 1',
          missing: null,
          evidence: [{ type: 'CASE', id: 7 }],
        },
        {
          key: 'recent-rating',
          label: 'recent performance rating',
          passed: false,
          actual: 'A (2026-Q3)',
          required: '≥ S',
          missing: 'missing: recent rating ≥ S (latest: A)',
          evidence: [
            { type: 'REVIEW', id: 3 },
            { type: 'LECTURE', id: 99 },
          ],
        },
      ],
    },
  },
};

describe('promotion review gates', () => {
  it('lists every gate with the frozen archive rows behind it', () => {
    const vm = reviewGates(frozen)!;
    expect(vm.eligible).toBe(false);
    expect(vm.passed).toBe(2);
    expect(vm.gates.map((g) => [g.label, g.passed, g.missing])).toEqual([
      ['团队管理基础', true, null],
      ['approved improvement case', true, null],
      ['recent performance rating', false, 'recent rating ≥ S (latest: A)'],
    ]);
    expect(vm.gates[0]!.evidence).toEqual([
      {
        kind: 'ENROLLMENT',
        key: 'ENROLLMENT:11',
        course: '团队管理基础',
        completedOn: '2026-02-15',
        exam: 88,
        practice: 86,
      },
    ]);
    expect(vm.gates[1]!.evidence).toEqual([
      {
        kind: 'CASE',
        key: 'CASE:7',
        title: '团队管理基础实践',
        status: 'APPROVED',
        approvedOn: '2026-03-02',
      },
    ]);
    // a row the archive does not hold is still shown, by type and id
    expect(vm.gates[2]!.evidence).toEqual([
      { kind: 'REVIEW', key: 'REVIEW:3', period: '2026-Q3', rating: 'A' },
      { kind: 'OTHER', key: 'LECTURE:99', type: 'LECTURE', id: 99 },
    ]);
  });

  it('keeps the gate codes for the dashboard to word, and none for an old packet', () => {
    expect(reviewGates(frozen)!.gates.map((g) => g.codes)).toEqual([null, null, null]);
    const gate = {
      ...frozen.inputs.eligibility.gates[0],
      code: 'COURSE',
      courseName: '团队管理基础',
      checks: [
        { code: 'COMPLETED', required: 1, actual: 1, passed: true },
        { code: 'EXAM_SCORE', required: 80, actual: 88, passed: true },
      ],
    };
    const vm = reviewGates({ inputs: { eligibility: { eligible: true, gates: [gate] } } })!;
    expect(vm.gates[0]!.codes).toEqual({
      code: 'COURSE',
      passed: true,
      courseName: '团队管理基础',
      checks: [
        { code: 'COMPLETED', required: 1, actual: 1, passed: true, requiredRating: null, actualRating: null },
        {
          code: 'EXAM_SCORE',
          required: 80,
          actual: 88,
          passed: true,
          requiredRating: null,
          actualRating: null,
        },
      ],
    });
  });

  it('returns null for a packet without an eligibility snapshot', () => {
    expect(reviewGates(null)).toBeNull();
    expect(reviewGates({})).toBeNull();
    expect(reviewGates({ inputs: { archive: {} } })).toBeNull();
  });

  it('shortlists the candidates who meet every gate', () => {
    const c = (no: string, target: string, eligible: boolean): ScannedCandidate => ({
      employeeId: no,
      name: no,
      employeeNo: no,
      targetPositionId: target,
      targetPosition: target,
      eligible,
      passed: eligible ? 3 : 2,
      gates: 3,
    });
    expect(
      eligibleCandidates([
        c('TL900009', '初级经理', true),
        c('TL900006', '初级经理', false),
        c('TL100020', '高级客户经理', true),
        c('TL100010', '初级经理', true),
      ]).map((x) => x.employeeNo),
    ).toEqual(['TL100010', 'TL900009', 'TL100020']);
  });
});

describe('promotion queue', () => {
  it('lets HR decide only an undecided application', () => {
    expect(canDecide({ status: 'SUBMITTED', decision: null })).toBe(true);
    expect(canDecide({ status: 'IN_REVIEW' })).toBe(true);
    expect(canDecide({ status: 'DECIDED', decision: 'APPROVED' })).toBe(false);
    expect(canDecide({ status: 'SUBMITTED', decision: 'REJECTED' })).toBe(false);
    expect(canDecide(null)).toBe(false);
  });
  it('sends a trimmed comment, a blank one as none', () => {
    expect(decisionNote('  再积累一个季度 ')).toBe('再积累一个季度');
    expect(decisionNote('   ')).toBeNull();
    expect(decisionNote('x'.repeat(2500))).toHaveLength(2000);
  });
});
