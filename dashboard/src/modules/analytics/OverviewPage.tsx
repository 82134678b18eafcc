import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnalyticsFilters, FilterBar, periodRange, useAnalyticsFilters } from '../../components/Filters';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import type { PositionFamily } from '../../graphql/generated/graphql';
import { type OverviewData, toOverviewViewModel } from './analytics.model';
import { OverviewDocument } from './analytics.queries';
import { OverviewView } from './overview.view';
import { useFilterOptions } from './useFilterOptions';

/** The overview's metrics for the filter bar's period, department and family. */
function useOverviewData(filters: AnalyticsFilters): {
  loading: boolean;
  error?: ErrorLike;
  data?: OverviewData;
  refetch: () => void;
} {
  const { from, to } = periodRange(filters.months);
  const filter = {
    from,
    to,
    departmentId: filters.departmentId,
    positionFamily: filters.family as PositionFamily | null,
  };
  const { t } = useTranslation();
  const { loading, error, data, refetch } = useQuery(OverviewDocument, {
    variables: { filter, roiBy: 'CATEGORY' },
  });
  const overview = useMemo<OverviewData | undefined>(
    () =>
      data
        ? {
            window: `${from.slice(0, 7)} – ${to.slice(0, 7)}`,
            participation: data.analytics.participation,
            // Spend vs gain is cut by course category: free text, translated when known.
            roi: data.analytics.roi.map((r) => ({
              ...r,
              label: r.label ? t(`category.${r.label}`, { defaultValue: r.label }) : r.label,
            })),
            roiTotal: data.analytics.roiTotal[0] ?? null,
            contribution: data.analytics.courseContribution,
            lecturers: data.analytics.lecturerValueAdded,
          }
        : undefined,
    [data, from, to, t],
  );
  return { loading, error, data: overview, refetch: () => void refetch() };
}

export function OverviewPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useAnalyticsFilters();
  const options = useFilterOptions();
  const [kpi, setKpi] = useState<string | null>(null);
  const { loading, error, data, refetch } = useOverviewData(filters);
  const vm = useMemo(() => (data ? toOverviewViewModel(data, kpi) : undefined), [data, kpi]);
  return (
    <Page
      routeKey="overview"
      title={t('overview.title')}
      actions={<FilterBar filters={filters} onChange={setFilters} {...options} />}
    >
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
    </Page>
  );
}
