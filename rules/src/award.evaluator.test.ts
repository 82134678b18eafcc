import { describe, expect, it } from 'vitest';
import { scoreAwardNominations } from './award.evaluator';
import { EXCELLENT_EMPLOYEE_AWARD } from './rules.defaults';
import { archive, enrollment } from './rules.fixtures';
import { AwardCriteriaSchema } from './rules.schema';
import type { ArchiveLecture, GrowthArchive } from './rules.types';

const lecture = (id: number, rating: number | null, heldOn = '2026-05-01'): ArchiveLecture => ({
  id,
  courseId: 9,
  courseName: '产品知识',
  heldOn,
  rating,
});
const adopted = {
  id: 501,
  title: '优化客户投诉处理流程',
  status: 'APPROVED',
  submittedOn: '2026-02-01',
  approvedOn: '2026-02-10',
  adoptedOn: '2026-03-01',
};

function candidate(id: number, hours: number[], patch: Partial<GrowthArchive> = {}) {
  return archive(id, {
    enrollments: hours.map((h, i) =>
      enrollment(i + 1, `课程${i + 1}`, { id: id * 100 + i, hours: h, completedOn: '2026-04-01' }),
    ),
    cases: [adopted],
    lectures: [lecture(id * 10 + 1, 95), lecture(id * 10 + 2, 90)],
    reviews: [
      { id: id * 10 + 1, period: '2026-Q1', finalScore: 90, rating: 'A' },
      { id: id * 10 + 2, period: '2026-Q2', finalScore: 80, rating: 'B' },
    ],
    peerFeedback: [{ id: id * 10 + 1, givenOn: '2026-05-01', score: 4.5 }],
    ...patch,
  });
}

describe('scoreAwardNominations — 优秀员工 (article §四.1)', () => {
  it('125 of 100 standard hours, an adopted case and 2 rated lectures → full 30 of 30', () => {
    const r = scoreAwardNominations(EXCELLENT_EMPLOYEE_AWARD, [candidate(1, [60, 40, 25])]);
    const n = r.nominations[0]!;
    const training = n.criteria.find((c) => c.type === 'TRAINING_OUTCOME')!;
    expect(training.score).toBe(30);
    expect(training.weight).toBe(30);
    expect(training.items.map((i) => [i.key, i.met, i.points, i.actual])).toEqual([
      ['HOURS', true, 10, '125 h (125% of 100)'],
      ['ADOPTED_CASE', true, 10, '1 adopted'],
      ['LECTURES', true, 10, '2 rated lectures, mean rating 92.5'],
    ]);
    expect(training.items[0]!.required).toBe('≥ 120 h (120%)');
    expect(training.items.map((i) => [i.key, i.requiredValue, i.actualValue])).toEqual([
      ['HOURS', 120, training.items[0]!.actualValue],
      ['ADOPTED_CASE', 1, training.items[1]!.actualValue],
      ['LECTURES', 2, training.items[2]!.actualValue],
    ]);
    expect(n.criteria.map((c) => [c.type, c.score])).toEqual([
      ['TRAINING_OUTCOME', 30],
      ['PERFORMANCE', 42.5],
      ['PEER_FEEDBACK', 18],
    ]);
    expect(n.total).toBe(90.5);
    expect(n.rank).toBe(1);
    expect(n.evidence).toEqual([
      { type: 'ENROLLMENT', id: 100 },
      { type: 'ENROLLMENT', id: 101 },
      { type: 'ENROLLMENT', id: 102 },
      { type: 'CASE', id: 501 },
      { type: 'LECTURE', id: 11 },
      { type: 'LECTURE', id: 12 },
      { type: 'REVIEW', id: 11 },
      { type: 'REVIEW', id: 12 },
      { type: 'PEER_FEEDBACK', id: 11 },
    ]);
  });

  it('exactly 120 h meets the hours item; 119 h and an unrated lecture do not', () => {
    const r = scoreAwardNominations(EXCELLENT_EMPLOYEE_AWARD, [
      candidate(2, [120]),
      candidate(3, [119], { lectures: [lecture(31, 95), lecture(32, null)] }),
    ]);
    const t = (id: number) => r.nominations.find((n) => n.employeeId === id)!.criteria[0]!;
    expect(t(2).score).toBe(30);
    expect(t(3).items.map((i) => i.met)).toEqual([false, true, false]);
    expect(t(3).score).toBe(10);
  });

  it('ranks by total with ties broken by employee id; excluded candidates get reasons and no rank', () => {
    const criteria = AwardCriteriaSchema.parse({
      ...EXCELLENT_EMPLOYEE_AWARD,
      exclusions: { minTenureMonths: 12, minLatestRating: 'B' },
    });
    const r = scoreAwardNominations(criteria, [
      candidate(9, [125]),
      candidate(4, [125]),
      candidate(5, [10]),
      candidate(6, [125], { employee: { id: 6, name: '新人', hireDate: '2026-06-01' } }),
      candidate(7, [125], { reviews: [{ id: 71, period: '2026-Q4', finalScore: 60, rating: 'C' }] }),
    ]);
    expect(r.nominations.map((n) => [n.employeeId, n.rank, n.total])).toEqual([
      [4, 1, 90.5],
      [9, 2, 90.5],
      [5, 3, 80.5],
      [6, null, 90.5],
      [7, null, 78],
    ]);
    expect(r.nominations[3]!.exclusions).toEqual(['tenure 6 months < 12 required']);
    expect(r.nominations[4]!.exclusions).toEqual(['latest rating C below B']);
    expect(r.nominations[3]!.exclusionCodes).toEqual([
      { code: 'TENURE', required: 12, actual: 6, requiredRating: null, actualRating: null },
    ]);
    expect(r.nominations[4]!.exclusionCodes).toEqual([
      { code: 'LATEST_RATING', required: 2, actual: 1, requiredRating: 'B', actualRating: 'C' },
    ]);
  });

  it('ignores evidence outside the campaign period', () => {
    const r = scoreAwardNominations(EXCELLENT_EMPLOYEE_AWARD, [
      candidate(8, [125], {
        lectures: [lecture(81, 95), lecture(82, 95, '2025-12-31')],
        cases: [{ ...adopted, adoptedOn: '2025-11-01' }],
      }),
    ]);
    expect(r.nominations[0]!.criteria[0]!.items.map((i) => i.met)).toEqual([true, false, false]);
  });

  it('rejects criteria whose weights do not sum to 100', () => {
    const bad = {
      ...EXCELLENT_EMPLOYEE_AWARD,
      criteria: [
        { type: 'TRAINING_OUTCOME', weight: 30 },
        { type: 'PERFORMANCE', weight: 50 },
      ],
    };
    const r = AwardCriteriaSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('criterion weights must sum to 100');
  });
});
