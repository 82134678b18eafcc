import { type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnalyticsFilters, FilterBar, periodRange, useAnalyticsFilters } from '../../components/Filters';
import { Page } from '../../components/Page';
import type { AnalyticsFilter, PositionFamily } from '../../graphql/generated/graphql';
import {
  contributionKpis,
  contributionRows,
  headline,
  lecturerRows,
  dataAsOf,
  isPartial,
  monthOf,
  participationTotals,
  participationTrend,
  spendGainRows,
} from './analytics.model';
import {
  OverviewContributionDocument,
  OverviewLecturersDocument,
  OverviewParticipationDocument,
  OverviewRoiTotalDocument,
  OverviewSpendGainDocument,
} from './analytics.queries';
import {
  type CardQuery,
  ContributionChart,
  LecturerChart,
  MetricCard,
  MoneyStats,
  RateStats,
  SpendGainChart,
  TrendChart,
} from './overview.view';
import { useFilterOptions } from './useFilterOptions';
import { PROJECT } from '@talentloop/rules/rules.numbers';

/** One card's query, its result mapped by `select` (null while the field failed: see errors). */
function useCardQuery<TData, TVars extends OperationVariables, T>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  select: (data: TData) => T | undefined,
): CardQuery<T> {
  // errorPolicy 'all': a failed field arrives as null next to its error, the rest stays usable.
  const { loading, error, data, refetch } = useQuery(document, { variables, errorPolicy: 'all' });
  const selected = useMemo(() => (data ? select(data) : undefined), [data, select]);
  return { loading, error, data: selected, retry: () => void refetch() };
}

interface Period {
  /** The complete months of the period: headline numbers. */
  filter: AnalyticsFilter;
  /** The same months plus the one running now: the trend, with that month marked partial. */
  trendFilter: AnalyticsFilter;
  window: string;
  current: string;
}

function usePeriod(filters: AnalyticsFilters): Period {
  return useMemo(() => {
    const now = new Date();
    const { from, to } = periodRange(filters.months, now);
    const scope = {
      departmentId: filters.departmentId,
      positionFamily: filters.family as PositionFamily | null,
    };
    return {
      filter: { from, to, ...scope },
      trendFilter: { from, to: now.toISOString().slice(0, 10), ...scope },
      window: `${from.slice(0, 7)} – ${to.slice(0, 7)}`,
      current: monthOf(now),
    };
  }, [filters.months, filters.departmentId, filters.family]);
}

function HeadlineStats({ period }: { period: Period }) {
  const money = useCardQuery(
    OverviewRoiTotalDocument,
    { filter: period.filter },
    useMemo(() => (d) => (d.analytics?.trainingRoi ? headline(d.analytics.trainingRoi[0]) : undefined), []),
  );
  // The trend's query (Apollo answers both from one request); headline rates skip the running month.
  const rates = useCardQuery(
    OverviewParticipationDocument,
    { filter: period.trendFilter },
    useMemo(
      () => (d) =>
        d.analytics?.participation
          ? participationTotals(d.analytics.participation.filter((r) => !isPartial(r, period.current)))
          : undefined,
      [period.current],
    ),
  );
  return (
    <div className="stats" data-testid="overview-stats">
      <MoneyStats query={money} window={period.window} />
      <RateStats query={rates} window={period.window} />
    </div>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useAnalyticsFilters();
  const options = useFilterOptions();
  const [kpi, setKpi] = useState<string | null>(null);
  const period = usePeriod(filters);
  const { window } = period;
  // Spend vs benefit is cut by course category: free text, translated when known.
  const spendGain = useCardQuery(
    OverviewSpendGainDocument,
    { filter: period.filter, roiBy: 'CATEGORY' },
    useMemo(
      () => (d) =>
        d.analytics?.trainingRoi
          ? spendGainRows(
              d.analytics.trainingRoi.map((r) => ({
                ...r,
                label: r.label ? t(`category.${r.label}`, { defaultValue: r.label }) : r.label,
              })),
            )
          : undefined,
      // `t` changes identity with the language: the labels follow it.
      [t],
    ),
  );
  const trend = useCardQuery(
    OverviewParticipationDocument,
    { filter: period.trendFilter },
    useMemo(
      () => (d) =>
        d.analytics?.participation
          ? {
              rows: participationTrend(d.analytics.participation, period.current),
              asOf: dataAsOf(d.analytics.participation),
            }
          : undefined,
      [period.current],
    ),
  );
  const contribution = useCardQuery(
    OverviewContributionDocument,
    {},
    useMemo(() => (d) => d.analytics?.courseContribution ?? undefined, []),
  );
  const lecturers = useCardQuery(
    OverviewLecturersDocument,
    {},
    useMemo(
      () => (d) =>
        d.analytics?.lecturerValueAdded ? lecturerRows(d.analytics.lecturerValueAdded) : undefined,
      [],
    ),
  );
  const kpis = useMemo(() => contributionKpis(contribution.data ?? []), [contribution.data]);
  const current = kpis.find((k) => k.code === kpi) ?? kpis[0] ?? null;
  const contributionWindow = contribution.data?.find((r) => r.kpiCode === current?.code)?.windowMonths;

  return (
    <Page
      routeKey="overview"
      title={t('overview.title')}
      actions={<FilterBar filters={filters} onChange={setFilters} {...options} />}
    >
      <HeadlineStats period={period} />
      <div className="grid">
        <MetricCard
          title={t('analytics.spendVsBenefit')}
          explain={{ formula: t('analytics.formula.spendGain'), window, n: t('analytics.nPerBar') }}
          testId="card-spend-gain"
          query={spendGain}
          isEmpty={(rows) => rows.length === 0}
        >
          {(rows) => <SpendGainChart rows={rows} />}
        </MetricCard>
        <MetricCard
          title={t('overview.trends')}
          explain={{
            formula: `${t('analytics.formula.participation')} ${t('analytics.formula.voluntary')}`,
            window: `${window} · ${t('analytics.partialMonthNote')}`,
            n: t('analytics.nMonthly'),
          }}
          testId="card-trends"
          query={trend}
          isEmpty={({ rows }) => rows.length === 0}
        >
          {({ rows, asOf }) => <TrendChart rows={rows} asOf={asOf} />}
        </MetricCard>
        <MetricCard
          title={t('overview.contribution')}
          actions={
            kpis.length > 1 ? (
              <label className="filters">
                <select
                  value={current?.code}
                  onChange={(e) => setKpi(e.target.value)}
                  aria-label="KPI"
                  data-testid="contribution-kpi"
                >
                  {kpis.map((k) => (
                    <option key={k.code} value={k.code} translate="no">
                      {k.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null
          }
          explain={{
            formula: `${t('formula.contribution', { min: PROJECT.minEvidenceSample })} ${t('formula.suppression')}`,
            window: contributionWindow
              ? `${t('analytics.contributionWindow', { months: contributionWindow })} · ${t('overview.fixedWindow')}`
              : t('overview.fixedWindow'),
            n: t('analytics.nPerBar'),
          }}
          testId="card-contribution"
          query={contribution}
          isEmpty={(rows) => rows.length === 0}
        >
          {(rows) => (
            <ContributionChart
              rows={current ? contributionRows(rows, current.code) : []}
              unit={current?.unit ?? ''}
            />
          )}
        </MetricCard>
        <MetricCard
          title={t('overview.lecturers')}
          explain={{
            formula: t('formula.lecturer'),
            window: t('overview.fixedWindow'),
            n: t('analytics.nPerBar'),
          }}
          testId="card-lecturers"
          query={lecturers}
          isEmpty={(rows) => rows.length === 0}
        >
          {(rows) => <LecturerChart rows={rows} />}
        </MetricCard>
      </div>
    </Page>
  );
}
