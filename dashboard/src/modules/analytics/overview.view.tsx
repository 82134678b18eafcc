import type { ErrorLike } from '@apollo/client';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CourseContributionRow,
  courseContributionToOption,
} from '../../charts/courseContribution.chart';
import { num, pct } from '../../charts/echarts.types';
import { type RankedBarRow, rankedBarToOption } from '../../charts/rankedBar.chart';
import { type SpendGainRow, spendGainToOption } from '../../charts/spendGain.chart';
import { type TrendRow, trendToOption } from '../../charts/trend.chart';
import { Card, Stat } from '../../components/Card';
import { EChart } from '../../components/EChart';
import type { Explanation } from '../../components/Explain';
import { Empty, ErrorState, Loading, QueryState } from '../../components/States';
import type { Headline, participationTotals } from './analytics.model';
import { PROJECT } from '@talentloop/rules/rules.numbers';

/** What one card's own query is doing: each card loads, fails and retries on its own. */
export interface CardQuery<T> {
  loading: boolean;
  error?: ErrorLike;
  data: T | undefined;
  retry: () => void;
}

/** A card whose body follows its own query: loading → error with retry → empty → content. */
export function MetricCard<T>({
  title,
  explain,
  actions,
  testId,
  query,
  isEmpty,
  children,
}: {
  title: ReactNode;
  explain?: Explanation;
  actions?: ReactNode;
  testId: string;
  query: CardQuery<T>;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  return (
    <Card title={title} explain={explain} actions={actions} testId={testId}>
      <QueryState
        loading={query.loading}
        error={query.error}
        data={query.data}
        retry={query.retry}
        isEmpty={isEmpty}
      >
        {children}
      </QueryState>
    </Card>
  );
}

const money = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `¥${num(v, 0)}`);

/** A group of headline numbers from one query: stand-ins while loading, an error with retry. */
function StatGroup<T>({ query, children }: { query: CardQuery<T>; children: (data: T) => ReactNode }) {
  if (query.error && query.data === undefined) {
    return (
      <div className="stat stat-error" data-testid="stat-error">
        <ErrorState error={query.error} retry={query.retry} />
      </div>
    );
  }
  if (query.data === undefined) {
    return (
      <div className="stat">
        <Loading />
      </div>
    );
  }
  return <>{children(query.data)}</>;
}

/** Spend, credited benefit, coverage and ROI: the ROI only with sufficient evidence, with its interval. */
export function MoneyStats({ query, window }: { query: CardQuery<Headline | null>; window: string }) {
  const { t } = useTranslation();
  const people = (n: number | null | undefined) =>
    n === null || n === undefined ? null : t('analytics.people', { n });
  return (
    <StatGroup query={query}>
      {(h) =>
        h ? (
          <>
            <Stat
              label={t('analytics.spend')}
              value={money(h.spend)}
              explain={{ formula: t('analytics.formula.spend'), window, n: people(h.n) }}
            />
            <Stat
              label={t('analytics.benefit')}
              value={money(h.benefit)}
              explain={{ formula: t('analytics.formula.benefit'), window, n: people(h.measuredPeople) }}
            />
            <Stat
              label={t('analytics.coverage')}
              value={pct(h.coverage, 0)}
              explain={{ formula: t('analytics.formula.coverage'), window, n: people(h.measuredPeople) }}
            />
            <Stat
              label={t('analytics.roi')}
              value={h.roi === null ? t(`analytics.noRoi.${h.evidence}`) : pct(h.roi, 0)}
              detail={
                h.roi !== null && h.roiCiLow !== null && h.roiCiHigh !== null
                  ? t('analytics.interval', { low: pct(h.roiCiLow, 0), high: pct(h.roiCiHigh, 0) })
                  : undefined
              }
              tone={h.roi === null ? undefined : h.roi >= 0 ? 'good' : 'bad'}
              explain={{
                formula: t('analytics.formula.roi', { min: PROJECT.minEvidenceSample }),
                window,
                n: people(h.n),
              }}
              testId="stat-roi"
            />
          </>
        ) : (
          <Empty />
        )
      }
    </StatGroup>
  );
}

type Totals = ReturnType<typeof participationTotals>;

/** Participation (voluntary too), completion and pass rate over the period's complete months. */
export function RateStats({ query, window }: { query: CardQuery<Totals>; window: string }) {
  const { t } = useTranslation();
  return (
    <StatGroup query={query}>
      {(r) => (
        <>
          <Stat
            label={t('overview.participation')}
            value={pct(r.participation)}
            explain={{
              formula: t('analytics.formula.participation'),
              window,
              n: t('analytics.headcount', { n: r.headcount }),
            }}
          />
          <Stat
            label={t('analytics.voluntary')}
            value={pct(r.voluntary)}
            explain={{
              formula: t('analytics.formula.voluntary'),
              window,
              n: t('analytics.headcount', { n: r.headcount }),
            }}
            testId="stat-voluntary"
          />
          <Stat
            label={t('overview.completion')}
            value={pct(r.completion)}
            explain={{
              formula: t('formula.completion'),
              window,
              n: t('analytics.enrollments', { n: r.enrollments }),
            }}
          />
          <Stat
            label={t('overview.passRate')}
            value={pct(r.passRate)}
            explain={{
              formula: t('formula.passRate'),
              window,
              n: t('analytics.enrollments', { n: r.enrollments }),
            }}
          />
        </>
      )}
    </StatGroup>
  );
}

export function SpendGainChart({ rows }: { rows: SpendGainRow[] }) {
  const { t } = useTranslation();
  // `t` changes identity when the language changes, so options rebuild with translated labels.
  const option = useMemo(
    () =>
      spendGainToOption(rows, {
        spend: t('analytics.spend'),
        benefit: t('analytics.benefit'),
        roi: 'ROI',
        coverage: t('analytics.coverage'),
        money: t('analytics.money'),
        evidence: {
          SUFFICIENT: t('analytics.evidence.SUFFICIENT'),
          NOT_SIGNIFICANT: t('analytics.noRoi.NOT_SIGNIFICANT'),
          INSUFFICIENT_DATA: t('analytics.noRoi.INSUFFICIENT_DATA'),
        },
      }),
    [rows, t],
  );
  return (
    <EChart option={option} label={t('analytics.spendVsBenefit')} height={Math.max(280, rows.length * 56)} />
  );
}

/** The trend; the month past the data's last day (`asOf`) is marked partial, with that day. */
export function TrendChart({ rows, asOf }: { rows: TrendRow[]; asOf?: string | null }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      trendToOption(
        rows,
        [
          { key: 'participation', name: t('overview.participation') },
          { key: 'voluntary', name: t('analytics.voluntary') },
          { key: 'completion', name: t('overview.completion') },
          { key: 'passRate', name: t('overview.passRate') },
        ],
        {
          partial: asOf ? t('analytics.partialMonthAsOf', { date: asOf }) : t('analytics.partialMonth'),
          axisName: t('analytics.rateAxis'),
        },
      ),
    [rows, asOf, t],
  );
  return <EChart option={option} label={t('overview.trends')} />;
}

export function ContributionChart({ rows, unit }: { rows: CourseContributionRow[]; unit: string }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      courseContributionToOption(rows, {
        estimate: t('overview.estimate'),
        ci: t('overview.ci'),
        insufficient: t('overview.insufficient'),
        notSignificant: t('analytics.notSignificant'),
        unit,
      }),
    [rows, unit, t],
  );
  return (
    <EChart option={option} label={t('overview.contribution')} height={Math.max(280, rows.length * 30)} />
  );
}

export function LecturerChart({ rows }: { rows: RankedBarRow[] }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      rankedBarToOption(rows, {
        name: t('overview.valueAdded'),
        unit: t('analytics.points'),
        axisName: t('analytics.lecturerAxis'),
        showN: true,
        labelWidth: 96,
      }),
    [rows, t],
  );
  return <EChart option={option} label={t('overview.lecturers')} height={Math.max(280, rows.length * 28)} />;
}

export { Empty };
