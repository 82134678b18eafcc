import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Notification } from '@talentloop/db/entities';
import type { Context } from '../../context';
import { inTransaction, recordAudit } from '../audit/audit.service';
import { listNotifications, listTasks } from '../inbox/inbox.service';
import { InboxNotificationType, WorkflowTaskType } from '../rules/rules.type';

// The viewer's own inbox: tasks assigned to them and notifications addressed to them. Both are
// keyed by the viewer's employee, so nobody reads another person's inbox.

@Resolver()
export class WorkflowResolver {
  @Authorized()
  @Query(() => [WorkflowTaskType], { description: 'Your tasks, newest first (OPEN only unless all is set).' })
  async myTasks(@Arg('all', () => Boolean, { nullable: true }) all: boolean | null, @Ctx() ctx: Context) {
    const employeeId = ctx.viewer?.employeeId;
    if (employeeId == null) return [];
    return listTasks(ctx.em, employeeId, all);
  }

  @Authorized()
  @Query(() => [InboxNotificationType], { description: 'Your notifications, newest first.' })
  async myNotifications(
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const employeeId = ctx.viewer?.employeeId;
    if (employeeId == null) return [];
    return listNotifications(ctx.em, employeeId, unreadOnly);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed.' })
  async markNotificationsRead(@Arg('ids', () => [Int]) ids: number[], @Ctx() ctx: Context) {
    const employeeId = ctx.viewer?.employeeId;
    if (employeeId == null) return 0;
    return inTransaction(ctx.em, async (tx) => {
      const changed = await tx.nativeUpdate(
        Notification,
        { id: { $in: ids }, recipient: employeeId, readAt: null },
        { readAt: new Date() },
      );
      // Like every mutation, it leaves an attributed audit row (in the same transaction).
      if (changed > 0)
        recordAudit(tx, ctx.viewer, 'notification.markRead', 'Notification', null, null, { ids, changed });
      return changed;
    });
  }
}
