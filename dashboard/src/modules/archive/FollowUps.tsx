import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { DataText } from '../../components/DataText';
import { QueryState } from '../../components/States';
import { teamAlerts } from '../workspace/alerts.model';
import { TeamAlertsDocument } from '../workspace/workspace.queries';

/**
 * The manager's follow-ups of this person's training alerts, in their archive: the verdict, the
 * talk scheduled, the cause found, retraining, handled — what actOnTeamAlert recorded.
 */
export function FollowUps({ employeeId, employeeNo }: { employeeId: string; employeeNo: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TeamAlertsDocument, {
    variables: { first: 50, filter: { search: employeeNo } },
  });
  // The search matches number substrings: keep this person's alerts only.
  const alerts = useMemo(
    () => (data ? teamAlerts(data).filter((a) => a.employeeId === employeeId) : []),
    [data, employeeId],
  );
  return (
    <Card
      title={t('alertActions.history')}
      explain={{ formula: t('alertActions.historyHint') }}
      wide
      testId="card-follow-ups"
    >
      <QueryState
        loading={loading}
        error={error}
        data={data}
        isEmpty={() => alerts.length === 0}
        emptyText={t('alertActions.noHistory')}
        retry={() => void refetch()}
      >
        {() => (
          <ul className="list" data-testid="follow-ups">
            {alerts.map((a) => (
              <li key={a.key} data-testid="follow-up" data-status={a.taskStatus ?? ''}>
                <b>
                  <DataText
                    text={t('alertActions.courseLine', {
                      course: a.course,
                      verdict: t(`verdict.${a.verdict}`),
                    })}
                    data={[a.course]}
                  />
                </b>{' '}
                {a.taskStatus ? (
                  <span className={`tag ${a.taskStatus === 'DONE' ? 'tag-good' : 'tag-warn'}`}>
                    {t(`teamAlerts.task.${a.taskStatus}`, { defaultValue: t('teamAlerts.task.OPEN') })}
                  </span>
                ) : null}
                {a.dueOn ? <div className="small">{t('teamAlerts.due', { date: a.dueOn })}</div> : null}
                {a.foundCause ? (
                  <div className="small">
                    {t('alertActions.foundCause', { cause: t(`rules.cause.${a.foundCause}`) })}
                  </div>
                ) : null}
                {a.note ? (
                  <div className="small" translate="no">
                    {a.note}
                  </div>
                ) : null}
                {a.actionsTaken.length ? (
                  <ul className="action-log small muted">
                    {a.actionsTaken.map((x) => (
                      <li key={`${x.action}:${x.at}`}>
                        {t('alertActions.actionAt', {
                          action: t(`alertActions.action.${x.action}`, {
                            defaultValue: t('alertActions.column'),
                          }),
                          date: x.at.slice(0, 10),
                        })}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Card>
  );
}
