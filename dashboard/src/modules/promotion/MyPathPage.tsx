import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { Card } from '../../components/Card';
import { DataText } from '../../components/DataText';
import { Page } from '../../components/Page';
import { Empty, ErrorState, QueryState } from '../../components/States';
import { apiErrorOf } from '../../i18n/errors';
import { MyEmployeeDocument } from '../archive/archive.queries';
import { StoryFeed } from '../stories/StoryFeed';
import { ConfirmDialog } from '../workspace/ConfirmDialog';
import { ApplyForPromotionDocument } from '../workspace/workspace.queries';
import {
  CasesAwaitingReviewDocument,
  EnrollInCourseDocument,
  MarkNotificationsReadDocument,
  MyInboxDocument,
  MyPathDocument,
} from './promotion.queries';
import { courseGlobalId, inboxTasks, notificationVm, taskLink, toMyPathViewModel } from './promotion.model';
import { MyPathView } from './myPath.view';

/** The employee's own promotion path (phone first), tasks, notifications and winners' stories. */
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
        <StoryFeed />
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
            <option key={p.targetPositionId} value={p.targetPositionId} translate="no">
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
      {() =>
        vm && path ? (
          <MyPathView
            vm={vm}
            targetPicker={picker}
            enrol={
              path.nextCourse ? (
                <EnrolButton
                  key={path.nextCourse.courseId}
                  courseId={path.nextCourse.courseId}
                  course={path.nextCourse.name}
                  onEnrolled={() => refetch()}
                />
              ) : null
            }
            apply={
              path.eligible ? (
                <ApplyButton
                  key={path.targetPositionId}
                  targetPositionId={path.targetPositionId}
                  position={path.targetPosition}
                />
              ) : null
            }
          />
        ) : null
      }
    </QueryState>
  );
}

/** Enrols the employee in the recommended course (the API scopes `enroll` to oneself). */
function EnrolButton({
  courseId,
  course,
  onEnrolled,
}: {
  courseId: number;
  course: string;
  onEnrolled: () => unknown;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [state, setState] = useState<'idle' | 'done' | 'already'>('idle');
  const [enrol, enrolling] = useMutation(EnrollInCourseDocument, { refetchQueries: ['MyInbox'] });
  const run = async () => {
    const res = await enrol({ variables: { input: { courseId: courseGlobalId(courseId) } } }).catch(
      (e: unknown) => {
        // Already enrolled is the state we wanted: say so instead of an error.
        if (apiErrorOf(e as Error).code === 'CONFLICT') setState('already');
        return null;
      },
    );
    setAsking(false);
    if (res?.data) {
      setState('done');
      void onEnrolled();
    }
  };
  return (
    <div style={{ marginTop: 8 }}>
      {state === 'idle' ? (
        <button
          type="button"
          className="btn btn-primary"
          disabled={enrolling.loading}
          onClick={() => setAsking(true)}
          data-testid="enrol"
        >
          {t('enrol.button')}
        </button>
      ) : (
        <p className="notice" role="status" data-testid="enrolled" data-state={state}>
          {state === 'done' ? (
            <DataText text={t('enrol.done', { course })} data={[course]} />
          ) : (
            t('enrol.already')
          )}
        </p>
      )}
      {enrolling.error && state === 'idle' && !asking ? <ErrorState error={enrolling.error} /> : null}
      {asking ? (
        <ConfirmDialog
          title={t('alertActions.confirmTitle')}
          confirmLabel={t('enrol.button')}
          pending={enrolling.loading}
          onConfirm={() => void run()}
          onCancel={() => setAsking(false)}
          testId="enrol-confirm"
        >
          <p>
            <DataText text={t('enrol.confirm', { course })} data={[course]} />
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** Files the promotion application once every gate is met; HR decides it in its queue. */
function ApplyButton({ targetPositionId, position }: { targetPositionId: string; position: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [apply, applying] = useMutation(ApplyForPromotionDocument);
  const done = !!applying.data;
  return (
    <div style={{ marginBottom: 8 }}>
      {done ? (
        <p className="notice" role="status" data-testid="applied">
          {t('apply.done')}
        </p>
      ) : (
        <button
          type="button"
          className="btn btn-primary"
          disabled={applying.loading}
          onClick={() => setAsking(true)}
          data-testid="apply"
        >
          {t('apply.button')}
        </button>
      )}
      {applying.error && !asking ? <ErrorState error={applying.error} /> : null}
      {asking ? (
        <ConfirmDialog
          title={t('alertActions.confirmTitle')}
          confirmLabel={t('apply.button')}
          pending={applying.loading}
          onConfirm={() =>
            void apply({ variables: { targetPositionId } })
              .catch(() => null)
              .finally(() => setAsking(false))
          }
          onCancel={() => setAsking(false)}
        >
          <p>
            <DataText text={t('apply.confirm', { position })} data={[position]} />
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function Inbox() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyInboxDocument);
  // A manager reviews the practice cases of their team: each waiting case is a task.
  const reviewer = useAuth().role === 'MANAGER';
  const cases = useQuery(CasesAwaitingReviewDocument, { skip: !reviewer });
  const tasks = useMemo(
    () => (data ? inboxTasks(data.myTasks, cases.data?.practiceCases.nodes ?? []) : []),
    [data, cases.data],
  );
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument);
  const unread = data?.myNotifications.filter((n) => !n.readAt).map((n) => n.databaseId) ?? [];
  // The stored titles are the default language's sentences: shown beside the worded line in
  // Chinese (they name the course or case), never in another language.
  const zh = i18n.language === 'zh-CN';
  return (
    <>
      <Card title={t('myPath.tasks')} testId="card-tasks">
        <QueryState
          loading={loading || cases.loading}
          error={error ?? cases.error}
          data={data}
          isEmpty={() => tasks.length === 0}
          emptyText={t('myPath.noTasks')}
          retry={() => void Promise.all([refetch(), reviewer ? cases.refetch() : null])}
        >
          {() => (
            <ul className="list" data-testid="tasks">
              {tasks.map((task) => {
                const link = taskLink(task.type);
                const label = t(`inbox.task.${task.type}`, { defaultValue: t('inbox.task.OTHER') });
                return (
                  <li key={task.key} data-testid="task" data-type={task.type}>
                    <span
                      className={`tag${task.status === 'DONE' || task.completedAt ? ' tag-good' : ' tag-warn'}`}
                    >
                      {t(`myPath.taskStatus.${task.status}`, { defaultValue: t('myPath.taskStatus.OPEN') })}
                    </span>{' '}
                    {link ? (
                      <Link to={link} data-testid="task-link">
                        {label}
                      </Link>
                    ) : (
                      label
                    )}
                    {zh && task.title ? <div className="small">{task.title}</div> : null}
                    {task.detail ? (
                      <div className="small" translate="no">
                        {task.detail}
                      </div>
                    ) : null}
                    {task.createdAt ? <div className="muted small">{task.createdAt.slice(0, 10)}</div> : null}
                  </li>
                );
              })}
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
              {d.myNotifications.map((n) => {
                const vm = notificationVm(n);
                const line = vm.key ? t(vm.key, vm.values) : n.title;
                // The position inside the worded line, or the whole stored title, is data.
                const text = (
                  <DataText
                    text={line}
                    data={
                      vm.key
                        ? Object.values(vm.values).map((v) => (typeof v === 'string' ? v : null))
                        : [line]
                    }
                  />
                );
                return (
                  <li
                    key={n.databaseId}
                    style={{ fontWeight: n.readAt ? 'normal' : 600 }}
                    data-testid="notification"
                    data-type={n.type}
                  >
                    {vm.link ? (
                      <Link to={vm.link} data-testid="notification-link">
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                    {zh && vm.key && n.title !== line ? <div className="small">{n.title}</div> : null}
                    {vm.comment ? (
                      <div className="small" translate="no">
                        {vm.comment}
                      </div>
                    ) : null}
                    <div className="muted small">{n.createdAt.slice(0, 10)}</div>
                  </li>
                );
              })}
            </ul>
          )}
        </QueryState>
      </Card>
    </>
  );
}
