import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { Page } from '../../components/Page';
import { Empty, QueryState } from '../../components/States';
import { GrowthArchiveDocument, MyEmployeeDocument } from './archive.queries';
import { FollowUps } from './FollowUps';
import './print.css';
import { toArchiveViewModel } from './archive.model';
import { ArchiveView } from './archive.view';
import { EmployeeList } from './EmployeeList';

/** Default window: the last 24 months, the span the KPI feeds cover. */
function defaultFrom(): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - 24, 1);
  return d.toISOString().slice(0, 10);
}

export function ArchivePage() {
  const { role } = useAuth();
  const { employeeId } = useParams();
  if (employeeId) return <EmployeeArchive employeeId={employeeId} />;
  // Employees have exactly one archive: their own.
  if (role === 'EMPLOYEE') return <OwnArchive />;
  return <EmployeePicker />;
}

function OwnArchive() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyEmployeeDocument);
  if (data?.me.employee) return <EmployeeArchive employeeId={data.me.employee.id} />;
  return (
    <Page routeKey="archive" title={t('archive.title')}>
      <QueryState loading={loading} error={error} data={data} retry={() => void refetch()}>
        {() => <Empty>{t('archive.noEmployee')}</Empty>}
      </QueryState>
    </Page>
  );
}

function EmployeePicker() {
  const { t } = useTranslation();
  return (
    <Page routeKey="archive" title={t('archive.title')}>
      <EmployeeList />
    </Page>
  );
}

function EmployeeArchive({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const { role } = useAuth();
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState('');
  const { data, loading, error, refetch } = useQuery(GrowthArchiveDocument, {
    variables: { employeeId, from: from || null, to: to || null },
  });
  const vm = useMemo(() => (data ? toArchiveViewModel(data.growthArchive, t) : null), [data, t]);
  const employee = data?.growthArchive.employee;
  const periodPicker = (
    <div className="filters">
      <label>
        {t('archive.from')}
        <input
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          data-testid="archive-from"
        />
      </label>
      <label>
        {t('archive.to')}
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="archive-to" />
      </label>
    </div>
  );
  return (
    <Page
      routeKey="archive"
      title={
        <>
          {t('archive.title')}
          {employee ? (
            <span className="muted small">
              {' '}
              · <span translate="no">{employee.name}</span> ({employee.employeeNo}) ·{' '}
              <span translate="no">{employee.department.name}</span>
            </span>
          ) : null}
        </>
      }
    >
      <QueryState loading={loading} error={error} data={vm ?? undefined} retry={() => void refetch()}>
        {(model) => (
          // The printable growth archive (print.css keeps only this block, PDF-ready).
          <div className="print-area" data-testid="archive-print-area">
            {employee ? (
              <div className="print-only">
                <h2>
                  {t('archive.title')} · <span translate="no">{employee.name}</span> ({employee.employeeNo}) ·{' '}
                  <span translate="no">{employee.department.name}</span>
                </h2>
                <p className="small">
                  {t('export.printedOn', { date: new Date().toISOString().slice(0, 10) })}
                </p>
              </div>
            ) : null}
            <div className="filters no-print">
              <button
                type="button"
                className="btn btn-small"
                onClick={() => window.print()}
                data-testid="archive-print"
              >
                {t('export.print')}
              </button>
            </div>
            <ArchiveView vm={model} periodPicker={periodPicker} />
            {(role === 'HR' || role === 'MANAGER' || role === 'EXECUTIVE') && employee ? (
              <FollowUps employeeId={employee.id} employeeNo={employee.employeeNo} />
            ) : null}
          </div>
        )}
      </QueryState>
    </Page>
  );
}
