import type { EntityManager } from '@mikro-orm/postgresql';
import { Employee, TrainingImpactOutcome } from '@talentloop/db/entities';
import { badInput } from '../../common/errors';
import { pageWindow, toConnection, type PageRequest } from '../../common/relay';
import { employeeWhere } from '../employee/employee.service';
import type { ImpactResult } from '@talentloop/rules';

// Team alerts (article §二.2, issue 12 "Manager"): the stored training-impact verdicts a manager
// must act on, for the caller's whole scope — HR the company, a manager their subtree — in one
// statement, exact and paged. An alert is the verdict of the latest completed attempt of a
// course: a completed retake that earned another verdict replaces it.

/** Verdicts that call for the manager: no significant change (investigate) or retrain. */
export const ALERT_VERDICTS = [TrainingImpactOutcome.NO_CHANGE, TrainingImpactOutcome.RETRAIN] as const;

export interface TeamAlertQuery {
  departmentId?: string | null;
  search?: string | null;
  /** A subset of ALERT_VERDICTS; default all of them. */
  verdicts?: string[] | null;
}

export interface TeamAlertRow {
  impactId: number;
  employeeId: number;
  employeeNo: string;
  employeeName: string;
  departmentId: number;
  departmentName: string;
  courseId: number;
  courseName: string;
  enrollmentId: number;
  completedOn: string | null;
  verdict: string;
  ruleVersion: number;
  evaluatedAt: Date;
  /** The stored evaluation (KPIs, actions with the causes to check, formula). */
  result: ImpactResult;
  /** The manager's follow-up task, when the workflow created one. */
  taskId: number | null;
  taskStatus: string | null;
  dueOn: string | null;
  /** What the manager recorded on the follow-up task (actionsTaken, cause, note, retraining). */
  followUp: Record<string, unknown> | null;
  /** The employee's improvement plan for the course: an open one, else the newest. */
  planId: number | null;
  planStatus: string | null;
  planTarget: string | null;
}

export interface TeamAlertSummary {
  total: number;
  byVerdict: { verdict: string; count: number }[];
}

type Row = Record<string, unknown>;

const day = (d: unknown): string | null =>
  d == null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);

/**
 * The ids of the employees in the caller's row scope (and the filter) as a sub-select: the scope
 * comes from the request's ORM filter, exactly as `employees` applies it.
 */
async function scopedEmployees(em: EntityManager, query: TeamAlertQuery) {
  const where = await employeeWhere(em, {
    departmentId: query.departmentId ?? undefined,
    search: query.search ?? undefined,
  });
  const qb = em
    .createQueryBuilder(Employee, 'e')
    .select('e.id')
    .where({ $and: [where] });
  await qb.applyFilters();
  return qb.getKnexQuery().toSQL();
}

function verdictsOf(query: TeamAlertQuery): string[] {
  const all: readonly string[] = ALERT_VERDICTS;
  if (!query.verdicts?.length) return [...all];
  const bad = query.verdicts.find((v) => !all.includes(v));
  if (bad) throw badInput({ field: 'filter.verdicts', message: `must be among ${all.join(', ')}` });
  return [...new Set(query.verdicts)];
}

/** One page of alerts, newest completion first, with the totals of the whole scope. One statement. */
export async function teamAlertsPage(em: EntityManager, query: TeamAlertQuery, page: PageRequest) {
  const { limit, offset } = pageWindow(page);
  const verdicts = verdictsOf(query);
  const scope = await scopedEmployees(em, query);
  const sql = `
    with alerts as (
      select ti.id as impact_id, ti.employee_id, ti.course_id, ti.enrollment_id, ti.outcome, ti.rule_version,
             ti.evaluated_at, ti.metrics, en.completed_on
        from training_impact ti
        join enrollment en on en.id = ti.enrollment_id
       where ti.outcome = any(?::text[])
         and ti.employee_id in (${scope.sql})
         -- the newest verdict of the enrollment, and no later completed attempt of the course
         and not exists (select 1 from training_impact newer
                          where newer.enrollment_id = ti.enrollment_id and newer.id > ti.id)
         and not exists (select 1 from enrollment later
                          where later.employee_id = ti.employee_id and later.course_id = ti.course_id
                            and later.status = 'COMPLETED'
                            and (later.completed_on, later.id) > (en.completed_on, en.id))
    ),
    totals as (
      select count(*)::int as total,
             coalesce((select json_agg(json_build_object('verdict', outcome, 'count', n) order by outcome)
                         from (select outcome, count(*)::int as n from alerts group by outcome) v), '[]') as by_verdict
        from alerts
    )
    select t.total, t.by_verdict, p.*
      from totals t
      left join lateral (
        select a.*, e.employee_no, e.name as employee_name, e.department_id, d.name as department_name,
               c.name as course_name, task.id as task_id, task.status as task_status, task.due_on,
               task.evaluation as task_evaluation,
               plan.id as plan_id, plan.status as plan_status, plan.target as plan_target
          from alerts a
          join employee e on e.id = a.employee_id
          join department d on d.id = e.department_id
          join course c on c.id = a.course_id
          left join lateral (
            select k.id, k.status, k.due_on, k.evaluation from task k
             where k.subject_type = 'TrainingImpact' and k.subject_id = a.impact_id
             order by k.id desc limit 1) task on true
          left join lateral (
            select ip.id, ip.status, ip.target from improvement_plan ip
             where ip.employee_id = a.employee_id and ip.course_id = a.course_id
             order by ip.status = 'OPEN' desc, ip.opened_at desc, ip.id desc limit 1) plan on true
         order by a.completed_on desc nulls last, a.impact_id desc
         limit ? offset ?) p on true`;
  const rows = await em
    .getConnection()
    .execute<Row[]>(
      sql,
      [`{${verdicts.join(',')}}`, ...scope.bindings, limit, offset],
      'all',
      em.getTransactionContext(),
    );
  const head = rows[0]!;
  const summary: TeamAlertSummary = {
    total: Number(head.total),
    byVerdict: (typeof head.by_verdict === 'string'
      ? JSON.parse(head.by_verdict)
      : head.by_verdict) as TeamAlertSummary['byVerdict'],
  };
  const alerts: TeamAlertRow[] = rows
    .filter((r) => r.impact_id != null)
    .map((r) => ({
      impactId: Number(r.impact_id),
      employeeId: Number(r.employee_id),
      employeeNo: String(r.employee_no),
      employeeName: String(r.employee_name),
      departmentId: Number(r.department_id),
      departmentName: String(r.department_name),
      courseId: Number(r.course_id),
      courseName: String(r.course_name),
      enrollmentId: Number(r.enrollment_id),
      completedOn: day(r.completed_on),
      verdict: String(r.outcome),
      ruleVersion: Number(r.rule_version),
      evaluatedAt: new Date(r.evaluated_at as string),
      result: (typeof r.metrics === 'string' ? JSON.parse(r.metrics) : r.metrics) as ImpactResult,
      taskId: r.task_id == null ? null : Number(r.task_id),
      taskStatus: (r.task_status as string | null) ?? null,
      dueOn: day(r.due_on),
      followUp: (typeof r.task_evaluation === 'string'
        ? JSON.parse(r.task_evaluation)
        : (r.task_evaluation ?? null)) as Record<string, unknown> | null,
      planId: r.plan_id == null ? null : Number(r.plan_id),
      planStatus: (r.plan_status as string | null) ?? null,
      planTarget: (r.plan_target as string | null) ?? null,
    }));
  return { ...toConnection(alerts, summary.total, offset), summary };
}
