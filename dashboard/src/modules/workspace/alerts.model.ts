import type { TeamAlertsQuery } from '../../graphql/generated/graphql';

export interface TeamAlert {
  key: string;
  employeeId: string;
  employee: string;
  department: string;
  course: string;
  completedOn: string | null;
  /** NO_CHANGE or RETRAIN (a code: the page words it). */
  verdict: string;
  /** Codes of the causes to check. */
  causes: string[];
  kpis: { label: string; delta: number | null; insufficientCode: string | null }[];
  formula: string;
  ruleVersion: number;
  taskStatus: string | null;
  dueOn: string | null;
}

/** The API's alerts (already the latest alerting verdict per employee × course, newest first). */
export function teamAlerts(data: TeamAlertsQuery): TeamAlert[] {
  return data.teamAlerts.nodes.map((a) => ({
    key: String(a.impactId),
    employeeId: a.employeeId,
    employee: a.employeeName,
    department: a.departmentName,
    course: a.courseName,
    completedOn: a.completedOn ?? null,
    verdict: a.verdict,
    causes: a.causes,
    kpis: a.impact.kpis.map((k) => ({
      label: k.label,
      delta: k.delta ?? null,
      insufficientCode: k.insufficientCode ?? null,
    })),
    formula: a.impact.formula,
    ruleVersion: a.impact.ruleVersion,
    taskStatus: a.taskStatus ?? null,
    dueOn: a.dueOn ?? null,
  }));
}

/** "销售额增长率 +0.4 · 客户留存率 数据不足": the delta, or why there is none. */
export function kpiText(kpis: TeamAlert['kpis'], insufficient: (code: string | null) => string): string {
  return kpis
    .map((k) =>
      k.delta === null
        ? `${k.label} ${insufficient(k.insufficientCode)}`
        : `${k.label} ${k.delta >= 0 ? '+' : ''}${Math.round(k.delta * 100) / 100}`,
    )
    .join(' · ');
}
