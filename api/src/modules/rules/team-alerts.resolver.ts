import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ImprovementPlanStatus } from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { toGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { inTransaction } from '../audit/audit.service';
import { toImpactType } from './rules.mappers';
import { today } from './rules.resolver';
import { actOnTeamAlert, TeamAlertAction } from './team-alert-actions.service';
import { teamAlertsPage, type TeamAlertRow } from './team-alerts.service';
import {
  TeamAlertActionInput,
  TeamAlertConnection,
  TeamAlertFollowUpType,
  TeamAlertsArgs,
  type TeamAlertType,
} from './team-alerts.type';

function toAlertType(a: TeamAlertRow): TeamAlertType {
  return {
    impactId: a.impactId,
    employeeId: toGlobalId('Employee', a.employeeId),
    employeeNo: a.employeeNo,
    employeeName: a.employeeName,
    departmentId: toGlobalId('Department', a.departmentId),
    departmentName: a.departmentName,
    courseId: toGlobalId('Course', a.courseId),
    courseName: a.courseName,
    enrollmentId: a.enrollmentId,
    completedOn: a.completedOn,
    verdict: a.verdict,
    causes: (a.result.actions ?? []).flatMap((x) => ('causes' in x ? x.causes.map((c) => c.key) : [])),
    impact: { ...toImpactType(a.result, null), stored: true, evaluatedAt: a.evaluatedAt },
    taskId: a.taskId,
    taskStatus: a.taskStatus,
    dueOn: a.dueOn,
    ...followUpOf(a.followUp),
    improvementPlanId: a.planId == null ? null : toGlobalId('ImprovementPlan', a.planId),
    improvementPlanStatus: a.planStatus as ImprovementPlanStatus | null,
    improvementPlanTarget: a.planTarget,
  };
}

/** The follow-up task's record (team-alert-actions.service writes it) as typed fields. */
function followUpOf(evaluation: Record<string, unknown> | null) {
  const e = evaluation ?? {};
  const actions = Array.isArray(e.actions) ? (e.actions as { action?: unknown; at?: unknown }[]) : [];
  return {
    foundCause: typeof e.cause === 'string' ? e.cause : null,
    followUpNote: typeof e.note === 'string' ? e.note : null,
    actionsTaken: actions
      .filter((x) => typeof x.action === 'string' && typeof x.at === 'string')
      .map((x) => ({ action: x.action as TeamAlertAction, at: new Date(x.at as string) })),
  };
}

@Resolver()
export class TeamAlertsResolver {
  @Authorized(Role.HR, Role.MANAGER, Role.EXECUTIVE)
  @Query(() => TeamAlertConnection, {
    description:
      'NO_CHANGE / RETRAIN verdicts to act on, for your whole scope (HR: the company; a manager: ' +
      'their subtree): exact and paged, newest completion first, with totals per verdict.',
  })
  async teamAlerts(@Args(() => TeamAlertsArgs) args: TeamAlertsArgs, @Ctx() ctx: Context) {
    const page = await teamAlertsPage(ctx.em, args.filter ?? {}, args);
    const nodes = page.nodes.map(toAlertType);
    return { ...page, nodes, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })) };
  }

  @Authorized(Role.HR, Role.MANAGER)
  @Mutation(() => TeamAlertFollowUpType, {
    description:
      'Acts on an alert: schedule the conversation, record the cause, assign retraining or another ' +
      'course, open or close an improvement plan, mark handled. ' +
      "Written to the alert's follow-up task (我的任务) and the audit log.",
  })
  async actOnTeamAlert(
    @Arg('impactId', () => Int) impactId: number,
    @Arg('input', () => TeamAlertActionInput) input: TeamAlertActionInput,
    @Ctx() ctx: Context,
  ): Promise<TeamAlertFollowUpType> {
    const task = await inTransaction(ctx.em, (tx) =>
      actOnTeamAlert(tx, ctx.viewer, impactId, input, today(), new Date()),
    );
    const evaluation = (task.evaluation ?? {}) as Record<string, unknown>;
    return {
      taskId: task.id,
      status: task.status,
      dueOn: task.dueOn ?? null,
      cause: (evaluation.cause as string | undefined) ?? null,
      retrainingEnrollmentId: (evaluation.retrainingEnrollmentId as number | undefined) ?? null,
    };
  }
}
