import type { TFunction } from 'i18next';

/**
 * The rules engine's results as words (codes from @talentloop/rules, see rules/src/rules.codes.ts):
 * gates and their checks, next-course reasons. The API also sends English sentences (`label`,
 * `required`, `actual`, `missing`, `reason`) for API clients; the dashboard renders these codes
 * instead, so the Chinese UI carries no English. Pure functions of (t, data) for every page.
 */
export interface GateCheckLike {
  code: string;
  required: number;
  actual?: number | null;
  passed: boolean;
  requiredRating?: string | null;
  actualRating?: string | null;
}

export interface GateLike {
  code: string;
  passed: boolean;
  courseName?: string | null;
  checks: readonly GateCheckLike[];
}

const fmt = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : Number(value.toFixed(1)).toLocaleString();

/** What a gate is: 《客户分层策略》, 通过审核的改进案例, 最近绩效评级. */
export function gateName(t: TFunction, gate: Pick<GateLike, 'code' | 'courseName'>): string {
  if (gate.code === 'COURSE' && gate.courseName) return t('rules.gate.COURSE', { course: gate.courseName });
  return t(`rules.gate.${gate.code}`, { course: gate.courseName ?? '' });
}

/** One check's requirement: 实践应用分 ≥ 90, 考试分 ≥ 80, 已完成, 绩效 ≥ B. */
export function checkRequirement(t: TFunction, check: GateCheckLike): string {
  return t(`rules.check.${check.code}.required`, {
    required: check.code === 'RATING' ? (check.requiredRating ?? fmt(check.required)) : fmt(check.required),
  });
}

/** One check's measured value: 考试 88, 未完成, 2 个, 绩效 B. */
export function checkActual(t: TFunction, check: GateCheckLike): string {
  if (check.code === 'COMPLETED')
    return t(check.actual ? 'rules.check.COMPLETED.done' : 'rules.check.COMPLETED.notDone');
  if (check.actual === null || check.actual === undefined) {
    if (check.code !== 'RATING' || !check.actualRating) return t(`rules.check.${check.code}.none`);
  }
  return t(`rules.check.${check.code}.actual`, {
    actual: check.code === 'RATING' ? (check.actualRating ?? fmt(check.actual)) : fmt(check.actual),
  });
}

/** The gate's requirement line, e.g. "实践应用分 ≥ 90" (completion is implied by a score). */
export function gateRequirement(t: TFunction, gate: GateLike): string {
  const scored = gate.checks.some((c) => c.code === 'EXAM_SCORE' || c.code === 'PRACTICE_SCORE');
  const shown = gate.checks.filter((c) => !(scored && c.code === 'COMPLETED'));
  return shown.map((c) => checkRequirement(t, c)).join(t('rules.and'));
}

/** The gate's measured line, e.g. "已完成，考试 88，实践 93". */
export function gateActual(t: TFunction, gate: GateLike): string {
  return gate.checks.map((c) => checkActual(t, c)).join(t('rules.listSeparator'));
}

/** "实践应用分 ≥ 90 · 已完成，考试 88" — requirement and measurement in one line. */
export function gateSummary(t: TFunction, gate: GateLike): string {
  return `${gateRequirement(t, gate)} · ${gateActual(t, gate)}`;
}

/** What is missing for a failed gate: "完成《客户分层策略》且实践应用分 ≥ 90"; null when passed. */
export function gateMissing(t: TFunction, gate: GateLike): string | null {
  if (gate.passed) return null;
  const failed = gate.checks.filter((c) => !c.passed);
  const parts = failed.filter((c) => c.code !== 'COMPLETED').map((c) => checkRequirement(t, c));
  if (gate.code === 'COURSE') {
    const course = gate.courseName ?? '';
    return parts.length
      ? t('rules.missing.courseWith', { course, requirements: parts.join(t('rules.and')) })
      : t('rules.missing.course', { course });
  }
  return parts.join(t('rules.and')) || gateRequirement(t, gate);
}

export interface NextCourseLike {
  name: string;
  reasonCode: string;
  closes: readonly string[];
}

/** Why a course is recommended: closes a gate (named) or competency gaps. */
export function nextCourseReason(
  t: TFunction,
  course: NextCourseLike,
  gates: readonly (GateLike & { key?: string })[] = [],
): string {
  if (course.reasonCode === 'CLOSES_GATE') {
    const gate = gates.find((g) => g.key !== undefined && course.closes.includes(g.key));
    return gate
      ? t('rules.nextCourse.CLOSES_GATE', { gate: gateName(t, gate), requirement: gateRequirement(t, gate) })
      : t('rules.nextCourse.CLOSES_GATE_PLAIN', { course: course.name });
  }
  return t('rules.nextCourse.CLOSES_COMPETENCY_GAP', { count: course.closes.length });
}
