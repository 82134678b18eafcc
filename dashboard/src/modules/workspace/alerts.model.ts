import type { TeamAlertsQuery } from '../../graphql/generated/graphql';

/** Verdicts a manager must act on (linkage rule 1): no significant change, or retrain. */
export const ALERT_VERDICTS = ['NO_CHANGE', 'RETRAIN'] as const;

export interface TeamAlert {
  key: string;
  employeeId: string;
  employee: string;
  course: string;
  completedOn: string | null;
  verdict: string;
  causes: string[];
  kpis: string;
  formula: string;
  ruleVersion: number;
}

/** Latest alerting verdict per employee × course, newest completion first. */
export function teamAlerts(data: TeamAlertsQuery): TeamAlert[] {
  const alerts: TeamAlert[] = [];
  for (const e of data.employees.nodes) {
    const seen = new Set<string>();
    const enrollments = [...e.enrollments].sort((a, b) =>
      (b.completedOn ?? '').localeCompare(a.completedOn ?? ''),
    );
    for (const en of enrollments) {
      if (seen.has(en.course.id)) continue;
      seen.add(en.course.id);
      const impact = en.impact;
      if (!impact || !(ALERT_VERDICTS as readonly string[]).includes(impact.verdict)) continue;
      alerts.push({
        key: en.id,
        employeeId: e.id,
        employee: e.name,
        course: en.course.name,
        completedOn: en.completedOn ?? null,
        verdict: impact.verdict,
        causes: impact.actions.flatMap((a) => a.causes ?? []),
        kpis: impact.kpis
          .map(
            (k) =>
              `${k.label}: ${k.delta === null || k.delta === undefined ? (k.insufficient ?? '—') : `${k.delta >= 0 ? '+' : ''}${Math.round(k.delta * 100) / 100}`}`,
          )
          .join(' · '),
        formula: impact.formula,
        ruleVersion: impact.ruleVersion,
      });
    }
  }
  return alerts.sort((a, b) => (b.completedOn ?? '').localeCompare(a.completedOn ?? ''));
}
