import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { Card } from '../../components/Card';
import { Page } from '../../components/Page';
import { Empty, QueryState } from '../../components/States';
import { EmployeePickerDocument, GrowthArchiveDocument, MyEmployeeDocument } from './archive.queries';
import { toArchiveViewModel } from './archive.model';
import { ArchiveView } from './archive.view';

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
  const [search, setSearch] = useState('');
  const { data, loading, error, refetch } = useQuery(EmployeePickerDocument, {
    variables: { search: search.trim() || null, first: 50 },
  });
  return (
    <Page
      routeKey="archive"
      title={t('archive.title')}
      actions={
        <div className="filters">
          <label>
            {t('archive.search')}
            <input
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="employee-search"
            />
          </label>
        </div>
      }
    >
      <Card title={`${t('archive.employee')}${data ? ` (${data.employees.totalCount})` : ''}`}>
        <p className="muted small">{t('archive.pick')}</p>
        <QueryState
          loading={loading}
          error={error}
          data={data}
          isEmpty={(d) => d.employees.nodes.length === 0}
          retry={() => void refetch()}
        >
          {(d) => (
            <div className="table-scroll">
              <table className="table" data-testid="employee-list">
                <tbody>
                  {d.employees.nodes.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <Link to={`/archive/${encodeURIComponent(e.id)}`} data-testid="employee-option">
                          {e.name}
                        </Link>
                      </td>
                      <td className="muted">{e.employeeNo}</td>
                      <td>{e.position.name}</td>
                      <td className="muted">{e.department.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </Card>
    </Page>
  );
}

function EmployeeArchive({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
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
              · {employee.name} ({employee.employeeNo}) · {employee.department.name}
            </span>
          ) : null}
        </>
      }
    >
      <QueryState loading={loading} error={error} data={vm ?? undefined} retry={() => void refetch()}>
        {(model) => <ArchiveView vm={model} periodPicker={periodPicker} />}
      </QueryState>
    </Page>
  );
}
