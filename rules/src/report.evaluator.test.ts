import { describe, expect, it } from 'vitest';
import { evaluatePromotionEligibility } from './eligibility.evaluator';
import { buildPromotionReport, replayPromotionReport, type ImpactSummary } from './report.evaluator';
import { JUNIOR_MANAGER_RULE } from './rules.defaults';
import { archive, CATALOG, enrollment, TARGET_COMPETENCIES } from './rules.fixtures';
import { PromotionRuleSchema } from './rules.schema';

const ASOF = '2026-06-30';
const candidate = archive(1, {
  enrollments: [
    enrollment(1, '团队管理基础', { id: 11, examScore: 85 }),
    enrollment(2, '项目协调技巧', { id: 12, examScore: 90 }),
  ],
  cases: [
    {
      id: 77,
      title: '优化团队沟通流程',
      status: 'APPROVED',
      submittedOn: '2026-04-01',
      approvedOn: '2026-04-10',
    },
  ],
  reviews: [
    { id: 31, period: '2026-Q1', finalScore: 90, rating: 'A' },
    { id: 32, period: '2026-Q2', finalScore: 80, rating: 'B' },
  ],
  peerFeedback: [
    { id: 41, givenOn: '2026-05-01', score: 4 },
    { id: 42, givenOn: '2026-06-01', score: 5 },
    { id: 43, givenOn: '2025-01-01', score: 1 }, // older than 12 months
  ],
});
const impacts: ImpactSummary[] = [
  { enrollmentId: 11, courseId: 1, courseName: '团队管理基础', verdict: 'EXCELLENT', contributionPct: 15 },
  { enrollmentId: 12, courseId: 2, courseName: '项目协调技巧', verdict: 'NO_CHANGE', contributionPct: 1 },
  { enrollmentId: 13, courseId: 5, courseName: '沟通技巧', verdict: 'NO_DATA', contributionPct: null },
];
const eligibility = evaluatePromotionEligibility(JUNIOR_MANAGER_RULE, candidate, ASOF, {
  catalog: CATALOG,
  targetCompetencies: TARGET_COMPETENCIES,
});

describe('buildPromotionReport (article §三.3)', () => {
  it('weighs training 30% (core courses, competency match, measured improvement), performance and peers', () => {
    const r = buildPromotionReport(JUNIOR_MANAGER_RULE, candidate, eligibility, impacts);
    expect(r.eligible).toBe(true);
    const [training, performance, peer] = r.sections;
    expect(training!.parts.map((p) => [p.key, p.weight, p.score])).toEqual([
      ['coreCourses', 40, 87.5],
      ['competencyMatch', 30, 67],
      ['improvement', 30, 60],
    ]);
    expect(training).toMatchObject({ key: 'training', weight: 30, score: 73.1, weighted: 21.93 });
    expect(performance).toMatchObject({ key: 'performance', weight: 50, score: 85, weighted: 42.5 });
    expect(peer).toMatchObject({ key: 'peerFeedback', weight: 20, score: 90, weighted: 18 });
    expect(r.total).toBe(82.43);
    expect(training!.parts[2]!.formula).toBe(
      'mean verdict score = mean(团队管理基础 EXCELLENT=100, 项目协调技巧 NO_CHANGE=20)',
    );
    expect(peer!.evidence).toEqual([
      { type: 'PEER_FEEDBACK', id: 41 },
      { type: 'PEER_FEEDBACK', id: 42 },
    ]);
  });

  it('freezes rule and inputs: a replay reproduces it even after the rule is edited', () => {
    const r = buildPromotionReport(JUNIOR_MANAGER_RULE, candidate, eligibility, impacts);
    expect(r.frozen.ruleVersion).toBe(1);
    const edited = PromotionRuleSchema.parse({
      ...JUNIOR_MANAGER_RULE,
      version: 2,
      reportWeights: { training: 50, performance: 30, peerFeedback: 20 },
    });
    expect(buildPromotionReport(edited, candidate, eligibility, impacts).total).not.toBe(r.total);
    candidate.reviews.push({ id: 33, period: '2026-Q2', finalScore: 10, rating: 'D' }); // later archive change
    const replay = replayPromotionReport(r.frozen);
    candidate.reviews.pop();
    expect(replay.total).toBe(82.43);
    expect(replay.ruleVersion).toBe(1);
    expect(replay.sections).toEqual(r.sections);
  });

  it('scores missing data as 0 and says so', () => {
    const empty = archive(2);
    const e = evaluatePromotionEligibility(JUNIOR_MANAGER_RULE, empty, ASOF);
    const r = buildPromotionReport(JUNIOR_MANAGER_RULE, empty, e, []);
    expect(r.sections.map((s) => s.score)).toEqual([30, 0, 0]); // competency match is vacuous (no requirements)
    expect(r.sections[1]!.formula).toBe('no review → 0');
    expect(r.sections[2]!.formula).toBe('no peer feedback in 12 months → 0');
    expect(r.sections[0]!.parts[2]!.formula).toBe('no measured post-training impact → 0');
    expect(r.total).toBe(9);
  });
});
