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
  /** Database id of the verdict: what actOnTeamAlert acts on. */
  impactId: number;
  /** Cause code the manager recorded, if any. */
  foundCause: string | null;
  note: string | null;
  /** Actions taken, oldest first (codes + ISO times). */
  actionsTaken: { action: string; at: string }[];
  /** The employee's improvement plan for the course: OPEN, CLOSED or null (none). */
  plan: { status: 'OPEN' | 'CLOSED'; target: string | null } | null;
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
    impactId: a.impactId,
    foundCause: a.foundCause ?? null,
    note: a.followUpNote ?? null,
    actionsTaken: a.actionsTaken.map((x) => ({ action: x.action, at: x.at })),
    plan: a.improvementPlanStatus
      ? { status: a.improvementPlanStatus, target: a.improvementPlanTarget ?? null }
      : null,
  }));
}

export type AlertAction =
  | 'SCHEDULE_CONVERSATION'
  | 'RECORD_CAUSE'
  | 'ASSIGN_RETRAINING'
  | 'ASSIGN_COURSE'
  | 'OPEN_IMPROVEMENT_PLAN'
  | 'CLOSE_IMPROVEMENT_PLAN'
  | 'MARK_HANDLED';

/**
 * The actions an open alert offers, in the order a manager works: talk, find the cause, adjust
 * the training, then the improvement plan — opened when none is open, closed when one is.
 */
export function alertActionsFor(plan: TeamAlert['plan']): AlertAction[] {
  return [
    'SCHEDULE_CONVERSATION',
    'RECORD_CAUSE',
    'ASSIGN_RETRAINING',
    'ASSIGN_COURSE',
    plan?.status === 'OPEN' ? 'CLOSE_IMPROVEMENT_PLAN' : 'OPEN_IMPROVEMENT_PLAN',
    'MARK_HANDLED',
  ];
}

export interface AlertActionDraft {
  action: AlertAction;
  dueOn: string;
  causeCode: string;
  /** ASSIGN_COURSE: the course's global id. */
  courseId?: string;
  /** OPEN_IMPROVEMENT_PLAN: the target to reach. */
  target?: string;
  note: string;
}

/**
 * The API's rules for an action, checked before the round trip (the server checks again): a
 * conversation needs a day that is not in the past, a cause needs a code. Returns the i18n key
 * of the problem, or null.
 */
export function alertActionProblem(draft: AlertActionDraft, today: string): string | null {
  if (draft.action === 'SCHEDULE_CONVERSATION') {
    if (!draft.dueOn) return 'alertActions.dateRequired';
    if (draft.dueOn < today) return 'alertActions.datePast';
  }
  if (draft.action === 'RECORD_CAUSE' && !draft.causeCode) return 'alertActions.causeRequired';
  if (draft.action === 'ASSIGN_COURSE' && !draft.courseId) return 'alertActions.courseRequired';
  if (draft.action === 'OPEN_IMPROVEMENT_PLAN') {
    const target = draft.target?.trim() ?? '';
    if (!target) return 'alertActions.targetRequired';
    if (target.length > 500) return 'alertActions.targetTooLong';
  }
  return null;
}

/** The mutation's input for a draft: only the fields its action uses. */
export function alertActionInput(draft: AlertActionDraft) {
  const note = draft.note.trim() || null;
  switch (draft.action) {
    case 'SCHEDULE_CONVERSATION':
      return { action: draft.action, dueOn: draft.dueOn, note };
    case 'RECORD_CAUSE':
      return { action: draft.action, causeCode: draft.causeCode as 'SKILL_NOT_MASTERED', note };
    case 'ASSIGN_COURSE':
      return { action: draft.action, courseId: draft.courseId ?? '', note };
    case 'OPEN_IMPROVEMENT_PLAN':
      return { action: draft.action, target: draft.target?.trim() ?? '', note };
    default:
      return { action: draft.action, note };
  }
}

/** Whether the alert is closed: handled alerts offer no more actions. */
export const isHandled = (a: Pick<TeamAlert, 'taskStatus'>) => a.taskStatus === 'DONE';

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
