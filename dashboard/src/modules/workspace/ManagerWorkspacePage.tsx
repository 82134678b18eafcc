import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { Explain } from '../../components/Explain';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import { teamAlerts } from './alerts.model';
import { CaseReview } from './CaseReview';
import { TeamAlertsDocument } from './workspace.queries';

// Verdicts are evaluated per enrollment on the API side; a page of 40 people keeps the card fast
// for HR (whole company) while covering a manager's team.
const ALERT_PAGE = 40;

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
  const { data, loading, error, refetch } = useQuery(TeamAlertsDocument, {
    variables: { first: ALERT_PAGE },
  });
  const alerts = useMemo(() => (data ? teamAlerts(data) : []), [data]);
  return (
    <Card
      title={`${t('manager.alerts')}${data ? ` (${alerts.length})` : ''}`}
      explain={{ formula: t('formula.alerts'), n: data?.employees.totalCount }}
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
            {data && data.employees.totalCount > ALERT_PAGE ? (
              <p className="muted small">
                {t('manager.partial', { shown: ALERT_PAGE, total: data.employees.totalCount })}
              </p>
            ) : null}
            <table className="table" data-testid="alerts">
              <thead>
                <tr>
                  <th>{t('manager.employee')}</th>
                  <th>{t('manager.course')}</th>
                  <th>{t('manager.verdict')}</th>
                  <th>{t('manager.causes')}</th>
                </tr>
              </thead>
              <tbody>
                {alerts.map((a) => (
                  <tr key={a.key} data-verdict={a.verdict}>
                    <td>
                      <Link to={`/archive/${encodeURIComponent(a.employeeId)}`}>{a.employee}</Link>
                    </td>
                    <td>
                      {a.course}
                      <div className="muted small">{a.completedOn}</div>
                    </td>
                    <td>
                      <span className={`tag ${a.verdict === 'RETRAIN' ? 'tag-bad' : 'tag-warn'}`}>
                        {t(`verdict.${a.verdict}`, { defaultValue: a.verdict })}
                      </span>
                      <Explain formula={a.formula} source={`rule v${a.ruleVersion}`} />
                      <div className="muted small">{a.kpis}</div>
                    </td>
                    <td className="small">{a.causes.join('；') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </Card>
  );
}
