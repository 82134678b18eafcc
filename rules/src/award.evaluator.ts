import type { AwardCriteria, AwardCriterion } from './rules.schema';
import type { EvidenceRef, GrowthArchive } from './rules.types';
import { fmt, mean, monthsBetween, monthOf, ratingRank, round } from './rules.util';
import { quarterOf } from './scoring';
import type { AwardItemCode, ExclusionCode } from './rules.codes';

// Award nominations (article §四.1). Each criterion scores 0..weight; total = Σ scores (0–100).
// - TRAINING_OUTCOME: three equal items worth weight/3 each, all-or-nothing:
//     hours  — hours of enrollments completed in the period ≥ hoursRatio × standardHours,
//     case   — ≥ minAdoptedCases cases adopted into the knowledge base in the period,
//     lectures — ≥ minRatedLectures sessions taught in the period that carry a rating
//                (and, when set, mean rating ≥ minLectureRating).
// - PERFORMANCE: mean final score (0–100) of reviews whose quarter lies in the period × weight/100.
// - PEER_FEEDBACK: mean peer score in the period ÷ scaleMax × weight.
// Excluded candidates keep their breakdown but get no rank. Rank: total desc, ties by employee id.

export interface CriterionItem {
  key: AwardItemCode;
  met: boolean;
  /** HOURS: hours; ADOPTED_CASE: cases; LECTURES: rated lectures. */
  requiredValue: number;
  actualValue: number;
  /** LECTURES: mean participant rating of the counted lectures. */
  meanRating: number | null;
  actual: string;
  required: string;
  points: number;
  evidence: EvidenceRef[];
}

export interface CriterionScore {
  type: AwardCriterion['type'];
  weight: number;
  score: number;
  formula: string;
  items: CriterionItem[];
  evidence: EvidenceRef[];
}

/** Why a nominee is not ranked: e.g. { code: 'TENURE', required: 12, actual: 7 }. */
export interface Exclusion {
  code: ExclusionCode;
  required: number;
  actual: number | null;
  /** LATEST_RATING: the ratings behind required / actual. */
  requiredRating: string | null;
  actualRating: string | null;
}

export interface NominationScore {
  employeeId: number;
  name: string;
  criteria: CriterionScore[];
  total: number;
  rank: number | null;
  exclusions: string[];
  exclusionCodes: Exclusion[];
  evidence: EvidenceRef[];
}

/**
 * What a scored nomination stores (award_nomination.score_breakdown): the rule version, each
 * criterion with its items (HOURS / ADOPTED_CASE / LECTURES met or not) and the exclusions.
 * Analytics about winners read these flags instead of re-deriving them.
 */
export interface AwardBreakdown {
  criteriaKey: string;
  criteriaVersion: number;
  criteria: CriterionScore[];
  exclusions: Exclusion[];
}

export function toAwardBreakdown(scoring: AwardScoring, n: NominationScore): AwardBreakdown {
  return {
    criteriaKey: scoring.criteriaKey,
    criteriaVersion: scoring.criteriaVersion,
    criteria: n.criteria,
    exclusions: n.exclusionCodes,
  };
}

export interface AwardScoring {
  criteriaKey: string;
  criteriaVersion: number;
  nominations: NominationScore[];
}

function trainingOutcome(
  c: Extract<AwardCriterion, { type: 'TRAINING_OUTCOME' }>,
  criteria: AwardCriteria,
  a: GrowthArchive,
): CriterionScore {
  const { from, to } = criteria.period;
  const inPeriod = (d: string | null | undefined) => d != null && d >= from && d <= to;
  const enrollments = a.enrollments.filter((e) => e.status === 'COMPLETED' && inPeriod(e.completedOn));
  const hours = round(enrollments.reduce((s, e) => s + e.hours, 0));
  const needHours = round(c.hoursRatio * criteria.standardHours);
  const adopted = a.cases.filter((x) => inPeriod(x.adoptedOn));
  const rated = a.lectures.filter((l) => inPeriod(l.heldOn) && l.rating != null);
  const avgRating = mean(rated.map((l) => l.rating!));
  const lecturesMet =
    rated.length >= c.minRatedLectures &&
    (c.minLectureRating == null || (avgRating ?? -Infinity) >= c.minLectureRating);
  const each = c.weight / 3;
  const item = (
    key: CriterionItem['key'],
    met: boolean,
    [requiredValue, actualValue]: [number, number],
    actual: string,
    required: string,
    evidence: EvidenceRef[],
  ): CriterionItem => ({
    key,
    met,
    requiredValue,
    actualValue,
    meanRating: key === 'LECTURES' && avgRating != null ? round(avgRating) : null,
    actual,
    required,
    points: met ? round(each) : 0,
    evidence,
  });
  const items = [
    item(
      'HOURS',
      hours >= needHours,
      [needHours, hours],
      `${hours} h (${fmt((hours / criteria.standardHours) * 100, 1)}% of ${criteria.standardHours})`,
      `≥ ${needHours} h (${round(c.hoursRatio * 100)}%)`,
      enrollments.map((e) => ({ type: 'ENROLLMENT', id: e.id })),
    ),
    item(
      'ADOPTED_CASE',
      adopted.length >= c.minAdoptedCases,
      [c.minAdoptedCases, adopted.length],
      `${adopted.length} adopted`,
      `≥ ${c.minAdoptedCases}`,
      adopted.map((x) => ({ type: 'CASE', id: x.id })),
    ),
    item(
      'LECTURES',
      lecturesMet,
      [c.minRatedLectures, rated.length],
      `${rated.length} rated lectures${avgRating != null ? `, mean rating ${fmt(avgRating)}` : ''}`,
      `≥ ${c.minRatedLectures}${c.minLectureRating != null ? `, mean rating ≥ ${c.minLectureRating}` : ''}`,
      rated.map((l) => ({ type: 'LECTURE', id: l.id })),
    ),
  ];
  const score = round(items.filter((i) => i.met).length * each);
  return {
    type: c.type,
    weight: c.weight,
    score,
    formula: `${items.filter((i) => i.met).length} of 3 items met × ${fmt(each)} = ${score}`,
    items,
    evidence: items.flatMap((i) => i.evidence),
  };
}

function scoreCriterion(c: AwardCriterion, criteria: AwardCriteria, a: GrowthArchive): CriterionScore {
  const { from, to } = criteria.period;
  if (c.type === 'TRAINING_OUTCOME') return trainingOutcome(c, criteria, a);
  if (c.type === 'PERFORMANCE') {
    const reviews = a.reviews.filter(
      (r) => r.period >= quarterOf(monthOf(from)) && r.period <= quarterOf(monthOf(to)),
    );
    const m = mean(reviews.map((r) => r.finalScore));
    const score = round(((m ?? 0) * c.weight) / 100);
    return {
      type: c.type,
      weight: c.weight,
      score,
      formula: `mean final score ${fmt(m)} × ${c.weight} / 100 = ${score}`,
      items: [],
      evidence: reviews.map((r) => ({ type: 'REVIEW', id: r.id })),
    };
  }
  const feedback = a.peerFeedback.filter((f) => f.givenOn >= from && f.givenOn <= to);
  const m = mean(feedback.map((f) => f.score));
  const score = round(((m ?? 0) / c.scaleMax) * c.weight);
  return {
    type: c.type,
    weight: c.weight,
    score,
    formula: `mean peer score ${fmt(m)} / ${c.scaleMax} × ${c.weight} = ${score}`,
    items: [],
    evidence: feedback.map((f) => ({ type: 'PEER_FEEDBACK', id: f.id })),
  };
}

function exclusionsOf(criteria: AwardCriteria, a: GrowthArchive): Exclusion[] {
  const out: Exclusion[] = [];
  const ex = criteria.exclusions;
  if (ex.minTenureMonths != null) {
    const hired = a.employee.hireDate;
    const tenure = hired ? monthsBetween(hired, criteria.period.to) : null;
    if (tenure == null || tenure < ex.minTenureMonths)
      out.push({
        code: 'TENURE',
        required: ex.minTenureMonths,
        actual: tenure,
        requiredRating: null,
        actualRating: null,
      });
  }
  if (ex.minLatestRating != null) {
    const latest = [...a.reviews]
      .filter((r) => r.period <= quarterOf(monthOf(criteria.period.to)))
      .sort((x, y) => (x.period < y.period ? 1 : -1))[0];
    if (!latest || ratingRank(ex.ratingScale, latest.rating) < ratingRank(ex.ratingScale, ex.minLatestRating))
      out.push({
        code: 'LATEST_RATING',
        required: ratingRank(ex.ratingScale, ex.minLatestRating),
        actual: latest ? ratingRank(ex.ratingScale, latest.rating) : null,
        requiredRating: ex.minLatestRating,
        actualRating: latest?.rating ?? null,
      });
  }
  return out;
}

function exclusionText(e: Exclusion): string {
  return e.code === 'TENURE'
    ? `tenure ${e.actual ?? 'unknown'} months < ${e.required} required`
    : `latest rating ${e.actualRating ?? 'none'} below ${e.requiredRating}`;
}

export function scoreAwardNominations(criteria: AwardCriteria, candidates: GrowthArchive[]): AwardScoring {
  const scored = candidates.map((a): NominationScore => {
    const cs = criteria.criteria.map((c) => scoreCriterion(c, criteria, a));
    const exclusions = exclusionsOf(criteria, a);
    return {
      employeeId: a.employee.id,
      name: a.employee.name,
      criteria: cs,
      total: round(cs.reduce((s, c) => s + c.score, 0)),
      rank: null,
      exclusions: exclusions.map(exclusionText),
      exclusionCodes: exclusions,
      evidence: cs.flatMap((c) => c.evidence),
    };
  });
  const ranked = scored
    .filter((n) => n.exclusions.length === 0)
    .sort((x, y) => y.total - x.total || x.employeeId - y.employeeId);
  ranked.forEach((n, i) => (n.rank = i + 1));
  const excluded = scored.filter((n) => n.exclusions.length > 0).sort((x, y) => x.employeeId - y.employeeId);
  return {
    criteriaKey: criteria.key,
    criteriaVersion: criteria.version,
    nominations: [...ranked, ...excluded],
  };
}
