import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Page } from '../../components/Page';
import { Empty, QueryState } from '../../components/States';
import { MyEmployeeDocument } from '../archive/archive.queries';
import { MarkNotificationsReadDocument, MyInboxDocument, MyPathDocument } from './promotion.queries';
import { toMyPathViewModel } from './promotion.model';
import { MyPathView } from './myPath.view';

/** The employee's own promotion path (phone first), tasks and notifications. */
export function MyPathPage() {
  const { t } = useTranslation();
  const me = useQuery(MyEmployeeDocument);
  const employeeId = me.data?.me.employee?.id;
  return (
    <Page routeKey="myPath" title={t('myPath.title')}>
      <QueryState loading={me.loading} error={me.error} data={me.data} retry={() => void me.refetch()}>
        {() =>
          employeeId ? <PathSection employeeId={employeeId} /> : <Empty>{t('archive.noEmployee')}</Empty>
        }
      </QueryState>
      <div className="grid" style={{ marginTop: 16 }}>
        <Inbox />
      </div>
    </Page>
  );
}

function PathSection({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyPathDocument, { variables: { employeeId } });
  const [target, setTarget] = useState<string | null>(null);
  const paths = useMemo(() => data?.promotionPaths ?? [], [data]);
  const path = paths.find((p) => p.targetPositionId === target) ?? paths[0];
  const vm = useMemo(() => (path ? toMyPathViewModel(path, t) : null), [path, t]);
  const picker =
    paths.length > 1 ? (
      <label className="filters">
        <select
          value={path?.targetPositionId}
          onChange={(e) => setTarget(e.target.value)}
          data-testid="target-position"
          aria-label={t('myPath.target')}
        >
          {paths.map((p) => (
            <option key={p.targetPositionId} value={p.targetPositionId}>
              {p.targetPosition}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  return (
    <QueryState
      loading={loading}
      error={error}
      data={data}
      isEmpty={(d) => d.promotionPaths.length === 0}
      emptyText={t('myPath.noTarget')}
      retry={() => void refetch()}
    >
      {() => (vm ? <MyPathView vm={vm} targetPicker={picker} /> : null)}
    </QueryState>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyInboxDocument);
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument);
  const unread = data?.myNotifications.filter((n) => !n.readAt).map((n) => n.databaseId) ?? [];
  return (
    <>
      <Card title={t('myPath.tasks')} testId="card-tasks">
        <QueryState
          loading={loading}
          error={error}
          data={data}
          isEmpty={(d) => d.myTasks.length === 0}
          emptyText={t('myPath.noTasks')}
          retry={() => void refetch()}
        >
          {(d) => (
            <ul className="list" data-testid="tasks">
              {d.myTasks.map((task) => (
                <li key={task.databaseId}>
                  <span
                    className={`tag${task.status === 'DONE' || task.completedAt ? ' tag-good' : ' tag-warn'}`}
                  >
                    {t(`myPath.taskStatus.${task.status}`, { defaultValue: task.status })}
                  </span>{' '}
                  {task.title}
                  <div className="muted small">{task.createdAt.slice(0, 10)}</div>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </Card>
      <Card
        title={t('myPath.notifications')}
        testId="card-notifications"
        actions={
          unread.length ? (
            <button
              type="button"
              className="btn btn-small"
              disabled={marking.loading}
              onClick={() => void markRead({ variables: { ids: unread } }).then(() => refetch())}
            >
              {t('myPath.markRead')}
            </button>
          ) : null
        }
      >
        <QueryState
          loading={loading}
          error={error}
          data={data}
          isEmpty={(d) => d.myNotifications.length === 0}
          emptyText={t('myPath.noNotifications')}
          retry={() => void refetch()}
        >
          {(d) => (
            <ul className="list" data-testid="notifications">
              {d.myNotifications.map((n) => (
                <li key={n.databaseId} style={{ fontWeight: n.readAt ? 'normal' : 600 }}>
                  {n.title}
                  {n.body ? <div className="small">{n.body}</div> : null}
                  <div className="muted small">{n.createdAt.slice(0, 10)}</div>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </Card>
    </>
  );
}
