import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Employee, Notification, Task, TaskStatus } from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { forbidden } from '../../common/errors';
import { parseGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { InboxNotificationType, WorkflowTaskType } from '../rules/rules.type';

// Someone else's inbox, for HR (anyone) and managers (their subtree): the same rows as that
// person's myTasks / myNotifications. Tasks and notifications are person-owned rows, so the
// row filter already limits them; a person outside the scope is refused, not shown empty.

async function visibleEmployee(ctx: Context, employeeId: string): Promise<number> {
  const id = parseGlobalId(employeeId, 'Employee', 'employeeId');
  const employee = await ctx.loaders.byId(Employee).load(id);
  if (!employee) throw forbidden('This person is outside your scope', 'employeeId');
  return id;
}

@Resolver()
export class InboxResolver {
  @Authorized(Role.HR, Role.MANAGER)
  @Query(() => [WorkflowTaskType], {
    description: "A person's tasks in your scope, newest first (OPEN only unless all is set).",
  })
  async tasks(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('all', () => Boolean, { nullable: true }) all: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const assignee = await visibleEmployee(ctx, employeeId);
    const where = all ? { assignee } : { assignee, status: TaskStatus.OPEN };
    const rows = await ctx.em.find(Task, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 });
    return rows.map((t) => ({
      ...t,
      databaseId: t.id,
      subjectType: t.subjectType ?? null,
      subjectId: t.subjectId ?? null,
      completedAt: t.completedAt ?? null,
    }));
  }

  @Authorized(Role.HR, Role.MANAGER)
  @Query(() => [InboxNotificationType], {
    description: "A person's notifications in your scope, newest first.",
  })
  async notifications(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const recipient = await visibleEmployee(ctx, employeeId);
    const where = unreadOnly ? { recipient, readAt: null } : { recipient };
    const rows = await ctx.em.find(Notification, where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: 200,
    });
    return rows.map((n) => ({
      ...n,
      databaseId: n.id,
      body: n.body ?? null,
      data: n.data ?? null,
      readAt: n.readAt ?? null,
    }));
  }
}
