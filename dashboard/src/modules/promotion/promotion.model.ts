import type { TFunction } from 'i18next';
import type { MyPathQuery } from '../../graphql/generated/graphql';
import {
  gateActual,
  gateMissing,
  gateName,
  gateRequirement,
  nextCourseReason,
  type GateCheckLike,
} from '../../i18n/rules';
import type { MyPathViewModel } from './myPath.view';

type Path = MyPathQuery['promotionPaths'][number];

/**
 * Progress towards a gate in [0, 1], from the gate's checks (codes and numbers, not the API's
 * English sentences): 1 when passed; otherwise the weakest failed check's actual ÷ required
 * (a practice score of 72 against ≥ 80 is 90% of the way; not completed is 0) — never more than
 * 99% for a failed gate, so a bar never looks complete while the gate is not. A rating has no
 * ratio and counts as not started.
 */
export function gateProgress(checks: readonly GateCheckLike[], passed: boolean): number {
  if (passed) return 1;
  const failed = checks.filter((c) => !c.passed);
  if (!failed.length) return 0;
  const ratios = failed.map((c) =>
    c.code === 'RATING' || c.actual === null || c.actual === undefined || c.required <= 0
      ? 0
      : c.actual / c.required,
  );
  return Math.max(0, Math.min(0.99, ...ratios));
}

export function toMyPathViewModel(path: Path, t: TFunction): MyPathViewModel {
  return {
    targetPosition: path.targetPosition,
    eligible: path.eligible,
    readiness: path.readinessPct / 100,
    estimatedMonths: path.estimatedMonths ?? null,
    remainingHours: path.remainingHours,
    paceHoursPerMonth: path.paceHoursPerMonth ?? null,
    ruleVersion: path.ruleVersion,
    gates: path.gates.map((g) => ({
      key: g.key,
      label: gateName(t, g),
      passed: g.passed,
      progress: gateProgress(g.checks, g.passed),
      required: gateRequirement(t, g),
      actual: gateActual(t, g),
      missing: gateMissing(t, g),
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
          reason: nextCourseReason(t, path.nextCourse, path.gates),
        }
      : null,
  };
}
