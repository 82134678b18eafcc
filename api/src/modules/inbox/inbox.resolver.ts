import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Employee } from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { forbidden } from '../../common/errors';
import { parseGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { InboxNotificationType, WorkflowTaskType } from '../rules/rules.type';
import { listNotifications, listTasks } from './inbox.service';

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
    return listTasks(ctx.em, await visibleEmployee(ctx, employeeId), all);
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
    return listNotifications(ctx.em, await visibleEmployee(ctx, employeeId), unreadOnly);
  }
}
