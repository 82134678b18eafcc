import type { MyPathQuery } from '../../graphql/generated/graphql';
import type { MyPathViewModel } from './myPath.view';

type Path = MyPathQuery['promotionPaths'][number];

function firstNumber(text: string): number | null {
  const match = /-?\d+(?:\.\d+)?/.exec(text);
  return match ? Number(match[0]) : null;
}

/**
 * Progress towards a gate in [0, 1]: 1 when passed; otherwise actual ÷ required when both are
 * numbers (a score of 72 against "≥ 80" is 90% of the way), else 0 — never more than 99%
 * for a failed gate, so a bar never looks complete while the gate is not.
 */
export function gateProgress(actual: string, required: string, passed: boolean): number {
  if (passed) return 1;
  const a = firstNumber(actual);
  const r = firstNumber(required);
  if (a === null || r === null || r <= 0) return 0;
  return Math.max(0, Math.min(0.99, a / r));
}

export function toMyPathViewModel(path: Path): MyPathViewModel {
  return {
    targetPosition: path.targetPosition,
    eligible: path.eligible,
    readiness: path.readinessPct / 100,
    estimatedMonths: path.estimatedMonths ?? null,
    ruleVersion: path.ruleVersion,
    gates: path.gates.map((g) => ({
      key: g.key,
      label: g.label,
      passed: g.passed,
      progress: gateProgress(g.actual, g.required, g.passed),
      required: g.required,
      actual: g.actual,
      missing: g.missing ?? null,
    })),
    remainingCourses: path.remainingCourses.map((c, i) => ({
      id: `${i}:${c.name}`,
      name: c.name,
      hours: c.hours,
    })),
    nextCourse: path.nextCourse
      ? {
          id: String(path.nextCourse.courseId),
          name: path.nextCourse.name,
          hours: path.nextCourse.hours,
          reason: path.nextCourse.reason,
        }
      : null,
  };
}
