import type { ErrorLike } from '@apollo/client';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, useAnalyticsFilters } from '../../components/Filters';
import { Page } from '../../components/Page';
import { NotAvailable, QueryState } from '../../components/States';
import { type OverviewData, toOverviewViewModel } from './analytics.model';
import { OverviewView } from './overview.view';
import { useFilterOptions } from './useFilterOptions';

interface OverviewQueryState {
  loading: boolean;
  error?: ErrorLike;
  data?: OverviewData;
  /** False while the API has no analytics fields. */
  available: boolean;
  refetch?: () => void;
}

/** The API's `analytics { … }` fields (Cube metrics) for the overview; not in the schema yet. */
function useOverviewData(): OverviewQueryState {
  return { loading: false, available: false };
}

export function OverviewPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useAnalyticsFilters();
  const options = useFilterOptions();
  const [kpi, setKpi] = useState<string | null>(null);
  const { loading, error, data, available, refetch } = useOverviewData();
  const vm = useMemo(() => (data ? toOverviewViewModel(data, kpi) : undefined), [data, kpi]);
  void filters;
  return (
    <Page
      routeKey="overview"
      title={t('overview.title')}
      actions={<FilterBar filters={filters} onChange={setFilters} {...options} />}
    >
      {!available ? (
        <NotAvailable />
      ) : (
        <QueryState loading={loading} error={error} data={vm} retry={refetch}>
          {(model) => (
            <OverviewView
              vm={model}
              contributionActions={
                model.kpis.length > 1 ? (
                  <label className="filters">
                    <select
                      value={model.kpi?.code}
                      onChange={(e) => setKpi(e.target.value)}
                      aria-label="KPI"
                      data-testid="contribution-kpi"
                    >
                      {model.kpis.map((k) => (
                        <option key={k.code} value={k.code}>
                          {k.name}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null
              }
            />
          )}
        </QueryState>
      )}
    </Page>
  );
}
