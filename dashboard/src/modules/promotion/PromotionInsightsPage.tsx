import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { measuredVsTypicalToOption, type MeasuredVsTypicalRow } from '../../charts/measuredVsTypical.chart';
import { rankedBarToOption } from '../../charts/rankedBar.chart';
import { Card } from '../../components/Card';
import { EChart } from '../../components/EChart';
import { FilterBar, useAnalyticsFilters } from '../../components/Filters';
import { Page } from '../../components/Page';
import { Empty, ErrorState, Loading, QueryState } from '../../components/States';
import { profileRows } from '../analytics/analytics.model';
import { PromotionProfileDocument } from '../analytics/analytics.queries';
import { LiftChart } from '../analytics/LiftChart';
import { useFilterOptions } from '../analytics/useFilterOptions';
import type { PositionFamily } from '../../graphql/generated/graphql';
import { CareerStepsDocument, PromotionTimingDocument } from './promotion.queries';
import { usePromotionPipeline } from './usePromotionPipeline';

export function PromotionInsightsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useAnalyticsFilters();
  const options = useFilterOptions();
  return (
    <Page
      routeKey="promotionInsights"
      title={t('promotion.title')}
      actions={<FilterBar filters={filters} onChange={setFilters} {...options} />}
    >
      <div className="grid">
        <ProfileCard />
        <PipelineCard departmentId={filters.departmentId} family={filters.family} />
        <CareerStepsCard departmentId={filters.departmentId} family={filters.family} />
      </div>
    </Page>
  );
}

/**
 * Share of promoted staff who completed each course vs comparable non-promoted staff (Cube's
 * promotion_profile, company-wide over the whole history: the filters do not narrow it).
 */
function ProfileCard() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PromotionProfileDocument, {
    variables: { itemType: 'COURSE' },
  });
  const rows = useMemo(() => profileRows(data?.analytics?.promotionProfile ?? []), [data]);
  return (
    <Card
      title={t('promotion.profile')}
      explain={{
        formula: `${t('formula.profileLift')} ${t('formula.suppression')}`,
        window: t('overview.fixedWindow'),
        n: rows.length ? Math.max(...rows.map((r) => r.nFocus ?? 0)) : null,
      }}
      testId="card-profile"
      wide
    >
      <QueryState loading={loading} error={error} data={data} retry={() => void refetch()}>
        {() => (
          <LiftChart
            rows={rows}
            focus={t('promotion.promoted')}
            base={t('promotion.notPromoted')}
            lift={t('promotion.lift')}
            label={t('promotion.profile')}
          />
        )}
      </QueryState>
    </Card>
  );
}

function PipelineCard({ departmentId, family }: { departmentId: string | null; family: string | null }) {
  const { t } = useTranslation();
  const { loading, error, pipeline, ruleVersions, refetch } = usePromotionPipeline({
    departmentId,
    family,
  });
  const option = useMemo(
    () =>
      pipeline
        ? rankedBarToOption(pipeline.blocked, {
            name: t('promotion.blocked'),
            sort: false,
            digits: 0,
            labelWidth: 220,
          })
        : null,
    [pipeline, t],
  );
  return (
    <Card
      title={t('promotion.pipeline')}
      explain={{
        formula: t('formula.pipeline'),
        n: pipeline
          ? t('promotion.pipelineN', { candidates: pipeline.candidates, eligible: pipeline.eligible })
          : null,
        source: ruleVersions,
      }}
      testId="card-pipeline"
    >
      {error ? (
        <ErrorState error={error} retry={refetch} />
      ) : loading || !pipeline || !option ? (
        <Loading />
      ) : pipeline.candidates === 0 ? (
        <Empty />
      ) : (
        <>
          <p className="muted small">
            {t('promotion.pipelineN', { candidates: pipeline.candidates, eligible: pipeline.eligible })}
          </p>
          {pipeline.blocked.length ? (
            <EChart
              option={option}
              label={t('promotion.pipeline')}
              height={Math.max(240, pipeline.blocked.length * 36)}
            />
          ) : (
            <Empty />
          )}
        </>
      )}
    </Card>
  );
}

/**
 * Time to promotion per career-path step: the months the promoted actually spent in the
 * from-position (Cube's promotion_timing, whole history, narrowed by department and family) next
 * to the months the career graph is configured with (`Position.nextPositions.typicalMonths`).
 * The period filter does not apply: a 6–12 month window leaves too few promotions per step.
 */
function CareerStepsCard({ departmentId, family }: { departmentId: string | null; family: string | null }) {
  const { t } = useTranslation();
  const steps = useQuery(CareerStepsDocument, {
    variables: { family: family as PositionFamily | null },
  });
  const timing = useQuery(PromotionTimingDocument, {
    variables: { filter: { departmentId, positionFamily: family as PositionFamily | null } },
  });
  const rows = useMemo(() => {
    const byStep = new Map<string, MeasuredVsTypicalRow>();
    for (const p of steps.data?.positions ?? []) {
      for (const next of p.nextPositions) {
        if (next.typicalMonths === null || next.typicalMonths === undefined) continue;
        byStep.set(`${p.id}|${next.toPosition.id}`, {
          label: `${p.name} → ${next.toPosition.name}`,
          measured: null,
          typical: next.typicalMonths,
        });
      }
    }
    for (const m of timing.data?.analytics?.promotionTiming ?? []) {
      const key = `${m.fromPositionId}|${m.toPositionId}`;
      byStep.set(key, {
        label: `${m.fromPosition} → ${m.toPosition}`,
        measured: m.avgMonths ?? null,
        n: m.n,
        typical: byStep.get(key)?.typical ?? null,
      });
    }
    return [...byStep.values()];
  }, [steps.data, timing.data]);
  const option = useMemo(
    () =>
      measuredVsTypicalToOption(rows, {
        measured: t('promotion.measuredMonths'),
        typical: t('promotion.typicalMonths'),
        digits: 1,
      }),
    [rows, t],
  );
  const measuredN = rows.reduce((sum, r) => sum + (r.measured === null ? 0 : (r.n ?? 0)), 0);
  return (
    <Card
      title={t('promotion.timeTo')}
      explain={{
        formula: `${t('formula.timeToPromotion')} ${t('formula.suppression')}`,
        window: t('promotion.timingWindow'),
        n: measuredN,
      }}
      testId="card-time-to-promotion"
    >
      <QueryState
        loading={steps.loading || timing.loading}
        error={steps.error ?? timing.error}
        data={steps.data && timing.data ? { steps: steps.data, timing: timing.data } : undefined}
        isEmpty={() => rows.length === 0}
        retry={() => {
          void steps.refetch();
          void timing.refetch();
        }}
      >
        {() => (
          <>
            <p className="muted small">
              {t('promotion.timingN', {
                steps: rows.filter((r) => r.measured !== null).length,
                n: measuredN,
              })}
            </p>
            <EChart option={option} label={t('promotion.timeTo')} height={Math.max(240, rows.length * 44)} />
          </>
        )}
      </QueryState>
    </Card>
  );
}
