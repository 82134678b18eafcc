import type { EntityManager } from '@mikro-orm/core';
import { Notification, Task, TaskStatus } from '@talentloop/db/entities';

// One person's inbox rows, as myTasks / myNotifications (the viewer's own) and tasks /
// notifications (HR's or a manager's view of someone in scope) return them.

/** At most this many rows per list (newest first): an inbox, not an archive. */
const INBOX_LIMIT = 200;

/** The person's tasks, newest first: OPEN ones unless `all`. */
export async function listTasks(em: EntityManager, assignee: number, all: boolean | null) {
  const where = all ? { assignee } : { assignee, status: TaskStatus.OPEN };
  const rows = await em.find(Task, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: INBOX_LIMIT });
  return rows.map((t) => ({
    ...t,
    databaseId: t.id,
    subjectType: t.subjectType ?? null,
    subjectId: t.subjectId ?? null,
    completedAt: t.completedAt ?? null,
  }));
}

/** The person's notifications, newest first: unread ones only if `unreadOnly`. */
export async function listNotifications(em: EntityManager, recipient: number, unreadOnly: boolean | null) {
  const where = unreadOnly ? { recipient, readAt: null } : { recipient };
  const rows = await em.find(Notification, where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: INBOX_LIMIT,
  });
  return rows.map((n) => ({
    ...n,
    databaseId: n.id,
    body: n.body ?? null,
    data: n.data ?? null,
    readAt: n.readAt ?? null,
  }));
}
