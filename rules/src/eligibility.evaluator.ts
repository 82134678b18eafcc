import type { PromotionRule } from './rules.schema';
import type {
  ArchiveCompetency,
  ArchiveEnrollment,
  CatalogCourse,
  EvidenceRef,
  GrowthArchive,
  IsoDate,
} from './rules.types';
import { addMonthsToDate, courseMatches, fmt, monthOf, ratingRank, round } from './rules.util';
import { quarterOf } from './scoring';
import type { CheckCode, GateCode, NextCourseReason } from './rules.codes';

// Promotion hard gates (article §三.1) and the promotion path (§三.2). Definitions:
// - A required course passes when a COMPLETED enrollment on or before asOf meets its minimum
//   exam and practice-application scores. Approved cases count APPROVED (or adopted) cases
//   approved on or before asOf. The rating gate reads the latest review up to asOf's quarter.
// - readiness % = passed gates / all gates × 100 (each required course is one gate).
// - pace = hours completed in the `paceWindowMonths` months up to asOf ÷ paceWindowMonths;
//   estimated months = remaining required-course hours ÷ pace (null without a pace; 0 when no
//   course remains — the estimate covers courses only).
// - next course: a course closing a failing course gate first, then one closing a competency
//   gap; within each, measured impact (higher first, unmeasured last), then fewer hours, then id.

export type GateKind = GateCode;

/** One measured requirement: e.g. { code: 'EXAM_SCORE', required: 80, actual: 88, passed: true }. */
export interface GateCheck {
  code: CheckCode;
  required: number;
  actual: number | null;
  passed: boolean;
  /** RATING only: the ratings behind required / actual (positions on the rule's scale). */
  requiredRating?: string | null;
  actualRating?: string | null;
}

export interface GateResult {
  key: string;
  kind: GateKind;
  /** Same as kind: the code the dashboard translates. */
  code: GateCode;
  /** COURSE gates: the required course. */
  courseCode: string | null;
  courseName: string | null;
  checks: GateCheck[];
  label: string;
  passed: boolean;
  actual: string;
  required: string;
  evidence: EvidenceRef[];
  /** "missing: …" when the gate fails, else null. */
  missing: string | null;
}

export interface CompetencyCoverage extends ArchiveCompetency {
  held: boolean;
  /** Completed courses that develop this competency. */
  trainedBy: number[];
}

export interface NextCourse {
  courseId: number;
  name: string;
  hours: number;
  reasonCode: NextCourseReason;
  /** CLOSES_GATE: the gate key; CLOSES_COMPETENCY_GAP: the competency codes it develops. */
  closes: string[];
  reason: string;
  measuredImpactPct: number | null;
}

export interface EligibilityResult {
  ruleKey: string;
  ruleVersion: number;
  employeeId: number;
  targetPosition: string;
  asOf: IsoDate;
  eligible: boolean;
  gates: GateResult[];
  missing: string[];
  readinessPct: number;
  remainingCourses: { name: string; hours: number }[];
  remainingHours: number;
  pace: { hours: number; months: number; hoursPerMonth: number | null };
  estimatedMonths: number | null;
  competencies: { required: CompetencyCoverage[]; matchPct: number; gaps: string[] };
  nextCourse: NextCourse | null;
  formula: string;
}

export interface PromotionContext {
  catalog?: CatalogCourse[];
  /** Competencies the target position requires. */
  targetCompetencies?: ArchiveCompetency[];
  /** Measured contribution % per course id (e.g. mean over evaluated enrollments). */
  impacts?: Record<number, number>;
}

const completedBy = (asOf: IsoDate) => (e: ArchiveEnrollment) =>
  e.status === 'COMPLETED' && e.completedOn != null && e.completedOn <= asOf;

function courseGate(
  rule: PromotionRule,
  req: PromotionRule['requiredCourses'][number],
  done: ArchiveEnrollment[],
): GateResult {
  const minPractice = req.minPracticeScore ?? rule.minPracticeScore ?? undefined;
  const needs = [
    req.minExamScore != null ? `exam ≥ ${req.minExamScore}` : null,
    minPractice != null ? `practice ≥ ${minPractice}` : null,
  ].filter(Boolean);
  const required = needs.length ? needs.join(', ') : 'completed';
  const passes = (e: ArchiveEnrollment) =>
    (req.minExamScore == null || (e.examScore ?? -1) >= req.minExamScore) &&
    (minPractice == null || (e.practiceScore ?? -1) >= minPractice);
  const attempts = done.filter((e) => courseMatches(req, { code: e.courseCode, name: e.courseName }));
  const byScore = (a: ArchiveEnrollment, b: ArchiveEnrollment) =>
    (b.examScore ?? -1) - (a.examScore ?? -1) ||
    (b.practiceScore ?? -1) - (a.practiceScore ?? -1) ||
    a.id - b.id;
  const best = attempts.filter(passes).sort(byScore)[0] ?? [...attempts].sort(byScore)[0];
  const passed = best != null && passes(best);
  const scores = (e: ArchiveEnrollment) =>
    [`exam ${e.examScore ?? 'n/a'}`, minPractice != null ? `practice ${e.practiceScore ?? 'n/a'}` : null]
      .filter(Boolean)
      .join(', ');
  const checks: GateCheck[] = [
    { code: 'COMPLETED', required: 1, actual: best ? 1 : 0, passed: best != null },
  ];
  if (req.minExamScore != null) {
    const actual = best?.examScore ?? null;
    checks.push({
      code: 'EXAM_SCORE',
      required: req.minExamScore,
      actual,
      passed: (actual ?? -1) >= req.minExamScore,
    });
  }
  if (minPractice != null) {
    const actual = best?.practiceScore ?? null;
    checks.push({
      code: 'PRACTICE_SCORE',
      required: minPractice,
      actual,
      passed: (actual ?? -1) >= minPractice,
    });
  }
  return {
    key: `course:${req.code ?? req.name}`,
    kind: 'COURSE',
    code: 'COURSE',
    courseCode: req.code ?? null,
    courseName: req.name,
    checks,
    label: req.name,
    passed,
    actual: best ? `completed, ${scores(best)}` : 'not completed',
    required,
    evidence: best ? [{ type: 'ENROLLMENT', id: best.id }] : [],
    missing: passed
      ? null
      : best
        ? `missing: ${req.name} with ${required} (best so far: ${scores(best)})`
        : `missing: complete ${req.name}${needs.length ? ` with ${required}` : ''}`,
  };
}

function caseGate(rule: PromotionRule, archive: GrowthArchive, asOf: IsoDate): GateResult {
  const approved = archive.cases.filter(
    (c) => (c.status === 'APPROVED' || c.adoptedOn != null) && (c.approvedOn ?? c.adoptedOn ?? '') <= asOf,
  );
  const lack = rule.minApprovedCases - approved.length;
  return {
    key: 'approved-cases',
    kind: 'APPROVED_CASES',
    code: 'APPROVED_CASES',
    courseCode: null,
    courseName: null,
    checks: [
      {
        code: 'APPROVED_CASES',
        required: rule.minApprovedCases,
        actual: approved.length,
        passed: lack <= 0,
      },
    ],
    label: rule.caseLabel,
    passed: lack <= 0,
    actual: String(approved.length),
    required: `≥ ${rule.minApprovedCases}`,
    evidence: approved.map((c) => ({ type: 'CASE', id: c.id })),
    missing:
      lack <= 0
        ? null
        : lack === 1 && rule.minApprovedCases === 1
          ? `missing: ${rule.caseLabel}`
          : `missing: ${lack} more ${rule.caseLabel}(s)`,
  };
}

function ratingGate(rule: PromotionRule, archive: GrowthArchive, asOf: IsoDate, min: string): GateResult {
  const latest = archive.reviews
    .filter((r) => r.period <= quarterOf(monthOf(asOf)))
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : b.id - a.id))[0];
  const passed =
    latest != null && ratingRank(rule.ratingScale, latest.rating) >= ratingRank(rule.ratingScale, min);
  return {
    key: 'recent-rating',
    kind: 'RECENT_RATING',
    code: 'RECENT_RATING',
    courseCode: null,
    courseName: null,
    checks: [
      {
        code: 'RATING',
        required: ratingRank(rule.ratingScale, min),
        actual: latest ? ratingRank(rule.ratingScale, latest.rating) : null,
        passed,
        requiredRating: min,
        actualRating: latest?.rating ?? null,
      },
    ],
    label: 'recent performance rating',
    passed,
    actual: latest ? `${latest.rating} (${latest.period})` : 'no review',
    required: `≥ ${min}`,
    evidence: latest ? [{ type: 'REVIEW', id: latest.id }] : [],
    missing: passed ? null : `missing: recent rating ≥ ${min} (latest: ${latest ? latest.rating : 'none'})`,
  };
}

export function evaluatePromotionEligibility(
  rule: PromotionRule,
  archive: GrowthArchive,
  asOf: IsoDate,
  ctx: PromotionContext = {},
): EligibilityResult {
  const catalog = ctx.catalog ?? [];
  const impacts = ctx.impacts ?? {};
  const done = archive.enrollments.filter(completedBy(asOf));
  const courseGates = rule.requiredCourses.map((req) => courseGate(rule, req, done));
  const gates = [...courseGates];
  if (rule.minApprovedCases > 0) gates.push(caseGate(rule, archive, asOf));
  if (rule.minRecentRating) gates.push(ratingGate(rule, archive, asOf, rule.minRecentRating));
  const passedCount = gates.filter((g) => g.passed).length;
  const readinessPct = gates.length === 0 ? 100 : Math.round((passedCount / gates.length) * 100);

  // Remaining courses and the employee's own pace.
  const findInCatalog = (req: { code?: string; name: string }) => catalog.find((c) => courseMatches(req, c));
  const failing = rule.requiredCourses.filter((_, i) => !courseGates[i]!.passed);
  const remainingCourses = failing.map((req) => ({
    name: req.name,
    hours:
      findInCatalog(req)?.hours ??
      archive.enrollments.find((e) => courseMatches(req, { code: e.courseCode, name: e.courseName }))
        ?.hours ??
      0,
  }));
  const remainingHours = round(remainingCourses.reduce((a, c) => a + c.hours, 0));
  const paceFrom = addMonthsToDate(asOf, -rule.paceWindowMonths);
  const paceHours = round(done.filter((e) => e.completedOn! > paceFrom).reduce((a, e) => a + e.hours, 0));
  const hoursPerMonth = paceHours > 0 ? round(paceHours / rule.paceWindowMonths) : null;
  const estimatedMonths =
    remainingHours === 0
      ? 0
      : hoursPerMonth
        ? Math.ceil((remainingHours / (paceHours / rule.paceWindowMonths)) * 10) / 10
        : null;

  // Competency coverage of the target position.
  const doneCourseIds = new Set(done.map((e) => e.courseId));
  const held = new Set(archive.competencies.map((c) => c.code));
  const required: CompetencyCoverage[] = (ctx.targetCompetencies ?? []).map((c) => ({
    ...c,
    held: held.has(c.code),
    trainedBy: catalog
      .filter((k) => doneCourseIds.has(k.id) && k.competencies.includes(c.code))
      .map((k) => k.id),
  }));
  const matchPct =
    required.length === 0
      ? 100
      : Math.round((required.filter((c) => c.trainedBy.length > 0).length / required.length) * 100);
  const gaps = required.filter((c) => !c.held && c.trainedBy.length === 0).map((c) => c.code);

  // Next recommended course.
  const candidates: (NextCourse & { priority: number; order: number })[] = [];
  failing.forEach((req, order) => {
    const c = findInCatalog(req);
    const gate = courseGates[rule.requiredCourses.indexOf(req)]!;
    if (c)
      candidates.push({
        courseId: c.id,
        name: c.name,
        hours: c.hours,
        reasonCode: 'CLOSES_GATE',
        closes: [gate.key],
        reason: `closes gate: ${req.name} (${gate.required})`,
        measuredImpactPct: impacts[c.id] ?? null,
        priority: 0,
        order,
      });
  });
  for (const c of catalog) {
    if (doneCourseIds.has(c.id) || candidates.some((x) => x.courseId === c.id)) continue;
    const closes = gaps.filter((g) => c.competencies.includes(g));
    if (closes.length === 0) continue;
    const names = closes.map((g) => required.find((r) => r.code === g)!.name).join(', ');
    candidates.push({
      courseId: c.id,
      name: c.name,
      hours: c.hours,
      reasonCode: 'CLOSES_COMPETENCY_GAP',
      closes,
      reason: `closes competency gap: ${names}`,
      measuredImpactPct: impacts[c.id] ?? null,
      priority: 1,
      order: -closes.length,
    });
  }
  candidates.sort(
    (a, b) =>
      a.priority - b.priority ||
      (b.measuredImpactPct ?? -Infinity) - (a.measuredImpactPct ?? -Infinity) ||
      a.order - b.order ||
      a.hours - b.hours ||
      a.courseId - b.courseId,
  );
  const next = candidates[0];

  const missing = gates.flatMap((g) => (g.missing ? [g.missing] : []));
  return {
    ruleKey: rule.key,
    ruleVersion: rule.version,
    employeeId: archive.employee.id,
    targetPosition: rule.targetPosition.name,
    asOf,
    eligible: gates.every((g) => g.passed),
    gates,
    missing,
    readinessPct,
    remainingCourses,
    remainingHours,
    pace: { hours: paceHours, months: rule.paceWindowMonths, hoursPerMonth },
    estimatedMonths,
    competencies: { required, matchPct, gaps },
    nextCourse: next
      ? {
          courseId: next.courseId,
          name: next.name,
          hours: next.hours,
          reasonCode: next.reasonCode,
          closes: next.closes,
          reason: next.reason,
          measuredImpactPct: next.measuredImpactPct,
        }
      : null,
    formula:
      `readiness = passed gates / gates = ${passedCount}/${gates.length} = ${readinessPct}%; ` +
      `pace = ${paceHours} h / ${rule.paceWindowMonths} months = ${fmt(hoursPerMonth)} h/month; ` +
      `estimated months = remaining hours / pace = ${remainingHours} / ${fmt(hoursPerMonth)} = ${fmt(estimatedMonths, 1)}`,
  };
}
