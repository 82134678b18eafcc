import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
import { CareerStepsDocument } from './promotion.queries';
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
        <CareerStepsCard family={filters.family} />
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
  const rows = useMemo(() => profileRows(data?.analytics.promotionProfile ?? []), [data]);
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
  const { loading, error, pipeline, ruleVersions } = usePromotionPipeline({ departmentId, family });
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
        <ErrorState error={error} />
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
 * Months in a position before the move to the next one, per career-path step, as the API's
 * career graph records them (`Position.nextPositions.typicalMonths`).
 */
function CareerStepsCard({ family }: { family: string | null }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CareerStepsDocument, {
    variables: { family: family as PositionFamily | null },
  });
  const rows = useMemo(
    () =>
      (data?.positions ?? []).flatMap((p) =>
        p.nextPositions
          .filter((n) => n.typicalMonths !== null && n.typicalMonths !== undefined)
          .map((n) => ({ label: `${p.name} → ${n.toPosition.name}`, value: n.typicalMonths! })),
      ),
    [data],
  );
  const option = useMemo(
    () => rankedBarToOption(rows, { name: t('promotion.months'), digits: 0, labelWidth: 220 }),
    [rows, t],
  );
  return (
    <Card
      title={t('promotion.timeTo')}
      explain={{ formula: t('formula.timeToPromotion'), n: rows.length }}
      testId="card-time-to-promotion"
    >
      <QueryState
        loading={loading}
        error={error}
        data={data}
        isEmpty={() => rows.length === 0}
        retry={() => void refetch()}
      >
        {() => (
          <EChart option={option} label={t('promotion.timeTo')} height={Math.max(240, rows.length * 30)} />
        )}
      </QueryState>
    </Card>
  );
}
