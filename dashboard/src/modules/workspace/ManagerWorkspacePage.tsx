import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { Explain } from '../../components/Explain';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import { kpiText, teamAlerts } from './alerts.model';
import { AlertActions } from './AlertActions';
import { CaseReview } from './CaseReview';
import { TeamAlertsDocument } from './workspace.queries';

// The API computes the alerts for the caller's whole scope; the card pages through them.
const ALERT_PAGE = 25;

export function ManagerWorkspacePage() {
  const { t } = useTranslation();
  return (
    <Page routeKey="managerWorkspace" title={t('manager.title')}>
      <div className="grid">
        <TeamAlerts />
        <CaseReview />
      </div>
    </Page>
  );
}

function TeamAlerts() {
  const { t } = useTranslation();
  // Cursors of the pages seen so far: the last one is the current page's `after`.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, loading, error, refetch } = useQuery(TeamAlertsDocument, {
    variables: { first: ALERT_PAGE, after },
  });
  const alerts = useMemo(() => (data ? teamAlerts(data) : []), [data]);
  const summary = data?.teamAlerts.summary;
  const insufficient = (code: string | null) =>
    code ? t(`rules.insufficient.${code}`, { defaultValue: t('overview.insufficient') }) : '—';
  return (
    <Card
      title={`${t('manager.alerts')}${summary ? ` (${summary.total})` : ''}`}
      explain={{ formula: t('formula.alerts'), n: summary?.total }}
      testId="card-alerts"
    >
      <QueryState
        loading={loading}
        error={error}
        data={data}
        isEmpty={() => alerts.length === 0}
        emptyText={t('manager.noAlerts')}
        retry={() => void refetch()}
      >
        {() => (
          <div className="table-scroll">
            {summary ? (
              <p className="muted small" data-testid="alerts-summary">
                {summary.byVerdict
                  .map((v) =>
                    t('teamAlerts.byVerdict', { verdict: t(`verdict.${v.verdict}`), count: v.count }),
                  )
                  .join(t('rules.listSeparator'))}
              </p>
            ) : null}
            <table className="table" data-testid="alerts">
              <thead>
                <tr>
                  <th>{t('manager.employee')}</th>
                  <th>{t('manager.course')}</th>
                  <th>{t('manager.verdict')}</th>
                  <th>{t('manager.causes')}</th>
                  <th>{t('alertActions.column')}</th>
                </tr>
              </thead>
              <tbody>
                {alerts.map((a) => (
                  <tr key={a.key} data-verdict={a.verdict} data-impact={a.impactId} data-testid="alert-row">
                    <td>
                      <Link to={`/archive/${encodeURIComponent(a.employeeId)}`} translate="no">
                        {a.employee}
                      </Link>
                      <div className="muted small" translate="no">
                        {a.department}
                      </div>
                    </td>
                    <td>
                      <span translate="no">{a.course}</span>
                      <div className="muted small">{a.completedOn}</div>
                    </td>
                    <td>
                      <span className={`tag ${a.verdict === 'RETRAIN' ? 'tag-bad' : 'tag-warn'}`}>
                        {t(`verdict.${a.verdict}`)}
                      </span>
                      <Explain
                        // Worded, not the engine's formula text (KPI codes, English).
                        formula={t('formula.alertVerdict')}
                        source={t('teamAlerts.ruleVersion', { version: a.ruleVersion })}
                      />
                      <div className="muted small">{kpiText(a.kpis, insufficient)}</div>
                    </td>
                    <td className="small">
                      {a.causes.length
                        ? a.causes.map((c) => t(`rules.cause.${c}`)).join(t('teamAlerts.causeSeparator'))
                        : a.verdict === 'RETRAIN'
                          ? t('teamAlerts.retrainAssigned')
                          : '—'}
                      {a.foundCause ? (
                        <div className="small" data-testid="alert-found-cause">
                          {t('alertActions.foundCause', { cause: t(`rules.cause.${a.foundCause}`) })}
                        </div>
                      ) : null}
                      {a.taskStatus ? (
                        <div className="muted small">
                          {t(`teamAlerts.task.${a.taskStatus}`, { defaultValue: a.taskStatus })}
                          {a.dueOn ? ` · ${t('teamAlerts.due', { date: a.dueOn })}` : null}
                        </div>
                      ) : null}
                    </td>
                    <td className="small">
                      <AlertActions alert={a} onDone={() => refetch()} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="filters" style={{ marginTop: 8 }}>
              <button
                type="button"
                className="btn"
                disabled={cursors.length < 2}
                onClick={() => setCursors((c) => c.slice(0, -1))}
                data-testid="alerts-prev"
              >
                {t('teamAlerts.previous')}
              </button>
              <span className="muted small">
                {t('teamAlerts.page', {
                  page: cursors.length,
                  pages: Math.max(1, Math.ceil((summary?.total ?? 0) / ALERT_PAGE)),
                })}
              </span>
              <button
                type="button"
                className="btn"
                disabled={!data?.teamAlerts.pageInfo.hasNextPage}
                onClick={() => setCursors((c) => [...c, data?.teamAlerts.pageInfo.endCursor ?? null])}
                data-testid="alerts-next"
              >
                {t('teamAlerts.next')}
              </button>
            </div>
          </div>
        )}
      </QueryState>
    </Card>
  );
}
