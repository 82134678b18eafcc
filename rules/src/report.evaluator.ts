import type { EligibilityResult } from './eligibility.evaluator';
import type { ImpactVerdict } from './impact.evaluator';
import type { PromotionRule } from './rules.schema';
import type { EvidenceRef, GrowthArchive, IsoDate } from './rules.types';
import { addMonthsToDate, courseMatches, fmt, mean, monthOf, round } from './rules.util';
import { quarterOf } from './scoring';

// Promotion review report (article §三.3): a weighted packet, every section 0–100.
// - training (default 30%) = Σ part × partWeight / 100 over:
//     coreCourses     = mean best exam score over the rule's required courses (0 if not completed;
//                       without required courses: mean exam score of all completed courses),
//     competencyMatch = share of the target position's competencies developed by completed courses,
//     improvement     = mean verdict score of the employee's measured training impacts.
// - performance = mean final score of the latest `reviewCount` reviews up to asOf's quarter.
// - peerFeedback = mean peer score over the 12 months up to asOf ÷ scale max × 100.
// - total = Σ section × weight / 100. Missing data scores 0 and says so.
// The `frozen` packet holds the rule and every input, so replayPromotionReport() reproduces it.

export interface ImpactSummary {
  enrollmentId: number;
  courseId: number;
  courseName: string;
  verdict: ImpactVerdict;
  contributionPct: number | null;
}

/** One term of a formula: a named value (course, period, part key) and its number. */
export interface FormulaTerm {
  name: string;
  value: number | null;
  /** IMPROVEMENT_MEAN: the verdict code the score stands for; WEIGHTED_SUM: the weight %. */
  code?: string;
  weight?: number;
}

/**
 * How a score was computed, as a code plus values, so a reader words it in their own language
 * (the `formula` text stays for logs and older clients).
 */
export const REPORT_FORMULA_CODES = [
  'CORE_BEST_EXAM_MEAN',
  'CORE_EXAM_MEAN_ALL',
  'COMPETENCY_MATCH',
  'COMPETENCY_NONE',
  'IMPROVEMENT_MEAN',
  'IMPROVEMENT_NONE',
  'WEIGHTED_SUM',
  'REVIEW_MEAN',
  'REVIEW_NONE',
  'PEER_MEAN',
  'PEER_NONE',
] as const;
export type ReportFormulaCode = (typeof REPORT_FORMULA_CODES)[number];

export interface ReportPart {
  key: string;
  weight: number;
  score: number;
  formula: string;
  formulaCode?: ReportFormulaCode;
  /** The formula's inputs; for COMPETENCY_MATCH [trained, required], PEER_MEAN [mean, scale max]. */
  formulaTerms?: FormulaTerm[];
  evidence: EvidenceRef[];
}

export interface ReportSection extends ReportPart {
  weighted: number;
  parts: ReportPart[];
}

export interface FrozenReport {
  ruleKey: string;
  ruleVersion: number;
  asOf: IsoDate;
  rule: PromotionRule;
  inputs: { archive: GrowthArchive; eligibility: EligibilityResult; impacts: ImpactSummary[] };
}

export interface PromotionReport {
  ruleKey: string;
  ruleVersion: number;
  employeeId: number;
  targetPosition: string;
  asOf: IsoDate;
  eligible: boolean;
  sections: ReportSection[];
  total: number;
  formula: string;
  formulaCode?: ReportFormulaCode;
  formulaTerms?: FormulaTerm[];
  frozen: FrozenReport;
}

function trainingParts(
  rule: PromotionRule,
  archive: GrowthArchive,
  eligibility: EligibilityResult,
  impacts: ImpactSummary[],
): ReportPart[] {
  const done = archive.enrollments.filter(
    (e) => e.status === 'COMPLETED' && e.completedOn != null && e.completedOn <= eligibility.asOf,
  );
  let core: ReportPart;
  if (rule.requiredCourses.length > 0) {
    const best = rule.requiredCourses.map((req) => {
      const tries = done.filter((e) => courseMatches(req, { code: e.courseCode, name: e.courseName }));
      const top = tries.sort((a, b) => (b.examScore ?? 0) - (a.examScore ?? 0))[0];
      return { name: req.name, score: top?.examScore ?? 0, id: top?.id };
    });
    core = {
      key: 'coreCourses',
      weight: rule.trainingParts.coreCourses,
      score: round(mean(best.map((b) => b.score))!),
      formula: `mean best exam score of required courses = mean(${best.map((b) => `${b.name} ${b.score}`).join(', ')})`,
      formulaCode: 'CORE_BEST_EXAM_MEAN',
      formulaTerms: best.map((b) => ({ name: b.name, value: b.score })),
      evidence: best.flatMap((b) => (b.id != null ? [{ type: 'ENROLLMENT' as const, id: b.id }] : [])),
    };
  } else {
    const scored = done.filter((e) => e.examScore != null);
    core = {
      key: 'coreCourses',
      weight: rule.trainingParts.coreCourses,
      score: round(mean(scored.map((e) => e.examScore!)) ?? 0),
      formula: `mean exam score of ${scored.length} completed courses (rule has no required courses)`,
      formulaCode: 'CORE_EXAM_MEAN_ALL',
      formulaTerms: scored.map((e) => ({ name: e.courseName, value: e.examScore })),
      evidence: scored.map((e) => ({ type: 'ENROLLMENT', id: e.id })),
    };
  }
  const req = eligibility.competencies.required;
  const match: ReportPart = {
    key: 'competencyMatch',
    weight: rule.trainingParts.competencyMatch,
    score: eligibility.competencies.matchPct,
    formula: req.length
      ? `competencies developed by completed courses / required = ${req.filter((c) => c.trainedBy.length).length}/${req.length}`
      : 'target position lists no competencies → 100',
    formulaCode: req.length ? 'COMPETENCY_MATCH' : 'COMPETENCY_NONE',
    formulaTerms: req.length
      ? [
          { name: 'trained', value: req.filter((c) => c.trainedBy.length).length },
          { name: 'required', value: req.length },
        ]
      : [],
    evidence: [],
  };
  const measured = impacts.filter((i) => rule.improvementVerdictScores[i.verdict] != null);
  const improvementScore = mean(measured.map((i) => rule.improvementVerdictScores[i.verdict]!));
  const improvement: ReportPart = {
    key: 'improvement',
    weight: rule.trainingParts.improvement,
    score: round(improvementScore ?? 0),
    formula: measured.length
      ? `mean verdict score = mean(${measured.map((i) => `${i.courseName} ${i.verdict}=${rule.improvementVerdictScores[i.verdict]}`).join(', ')})`
      : 'no measured post-training impact → 0',
    formulaCode: measured.length ? 'IMPROVEMENT_MEAN' : 'IMPROVEMENT_NONE',
    formulaTerms: measured.map((i) => ({
      name: i.courseName,
      value: rule.improvementVerdictScores[i.verdict]!,
      code: i.verdict,
    })),
    evidence: measured.map((i) => ({ type: 'IMPACT', id: i.enrollmentId })),
  };
  return [core, match, improvement];
}

function section(
  key: string,
  weight: number,
  score: number,
  formula: string,
  evidence: EvidenceRef[],
  parts: ReportPart[] = [],
  code?: { formulaCode: ReportFormulaCode; formulaTerms: FormulaTerm[] },
): ReportSection {
  return {
    key,
    weight,
    score: round(score),
    weighted: round((score * weight) / 100),
    formula,
    ...code,
    evidence,
    parts,
  };
}

const weightedSum = (parts: { key: string; score: number; weight: number }[]) => ({
  formulaCode: 'WEIGHTED_SUM' as const,
  formulaTerms: parts.map((p) => ({ name: p.key, value: p.score, weight: p.weight })),
});

export function buildPromotionReport(
  rule: PromotionRule,
  archive: GrowthArchive,
  eligibility: EligibilityResult,
  impacts: ImpactSummary[],
): PromotionReport {
  const asOf = eligibility.asOf;
  const parts = trainingParts(rule, archive, eligibility, impacts);
  const trainingScore = parts.reduce((a, p) => a + (p.score * p.weight) / 100, 0);
  const training = section(
    'training',
    rule.reportWeights.training,
    trainingScore,
    `Σ part × weight / 100 = ${parts.map((p) => `${p.score}×${p.weight}%`).join(' + ')} = ${fmt(trainingScore)}`,
    parts.flatMap((p) => p.evidence),
    parts,
    weightedSum(parts),
  );

  const reviews = archive.reviews
    .filter((r) => r.period <= quarterOf(monthOf(asOf)))
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0))
    .slice(0, rule.reviewCount);
  const perf = mean(reviews.map((r) => r.finalScore));
  const performance = section(
    'performance',
    rule.reportWeights.performance,
    perf ?? 0,
    reviews.length
      ? `mean final score of ${reviews.map((r) => `${r.period} ${r.finalScore}`).join(', ')}`
      : 'no review → 0',
    reviews.map((r) => ({ type: 'REVIEW', id: r.id })),
    [],
    reviews.length
      ? {
          formulaCode: 'REVIEW_MEAN',
          formulaTerms: reviews.map((r) => ({ name: r.period, value: r.finalScore })),
        }
      : { formulaCode: 'REVIEW_NONE', formulaTerms: [] },
  );

  const since = addMonthsToDate(asOf, -12);
  const feedback = archive.peerFeedback.filter((f) => f.givenOn > since && f.givenOn <= asOf);
  const peerMean = mean(feedback.map((f) => f.score));
  const peer = section(
    'peerFeedback',
    rule.reportWeights.peerFeedback,
    peerMean == null ? 0 : (peerMean / rule.peerFeedbackScaleMax) * 100,
    peerMean == null
      ? 'no peer feedback in 12 months → 0'
      : `mean ${fmt(peerMean)} / ${rule.peerFeedbackScaleMax} × 100`,
    feedback.map((f) => ({ type: 'PEER_FEEDBACK', id: f.id })),
    [],
    peerMean == null
      ? { formulaCode: 'PEER_NONE', formulaTerms: [] }
      : {
          formulaCode: 'PEER_MEAN',
          formulaTerms: [
            { name: 'mean', value: round(peerMean) },
            { name: 'scaleMax', value: rule.peerFeedbackScaleMax },
          ],
        },
  );

  const sections = [training, performance, peer];
  const total = round(sections.reduce((a, s) => a + (s.score * s.weight) / 100, 0));
  return {
    ruleKey: rule.key,
    ruleVersion: rule.version,
    employeeId: archive.employee.id,
    targetPosition: rule.targetPosition.name,
    asOf,
    eligible: eligibility.eligible,
    sections,
    total,
    formula: `total = ${sections.map((s) => `${s.key} ${s.score}×${s.weight}%`).join(' + ')} = ${total}`,
    ...weightedSum(sections),
    frozen: structuredClone({
      ruleKey: rule.key,
      ruleVersion: rule.version,
      asOf,
      rule,
      inputs: { archive, eligibility, impacts },
    }),
  };
}

/** Rebuilds a report from its frozen packet — same rule version, same inputs, same numbers. */
export function replayPromotionReport(frozen: FrozenReport): PromotionReport {
  const { rule, inputs } = structuredClone(frozen);
  return buildPromotionReport(rule, inputs.archive, inputs.eligibility, inputs.impacts);
}
