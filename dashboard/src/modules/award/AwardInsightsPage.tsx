import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import { traitRows } from '../analytics/analytics.model';
import { AwardTraitsDocument } from '../analytics/analytics.queries';
import { LiftChart } from '../analytics/LiftChart';
import { SuccessStoriesDocument } from './award.queries';
import { storyWords } from './award.model';
import { StoriesList } from './awardInsights.view';
import { CampaignRanking } from './CampaignRanking';

export function AwardInsightsPage() {
  const { t } = useTranslation();
  const stories = useQuery(SuccessStoriesDocument, { variables: { first: 6 } });
  return (
    <Page routeKey="awardInsights" title={t('award.title')}>
      <div className="grid">
        <TraitsCard />
        <Card title={t('award.stories')} testId="card-stories">
          <QueryState
            loading={stories.loading}
            error={stories.error}
            data={stories.data}
            retry={() => void stories.refetch()}
          >
            {(d) => (
              <StoriesList
                stories={d.successStories.map((s) => ({
                  id: String(s.databaseId),
                  ...storyWords(t, s),
                  employee: s.employeeName,
                  employeeId: s.employeeId,
                  date: s.publishedAt ?? null,
                }))}
              />
            )}
          </QueryState>
        </Card>
        <CampaignRanking />
      </div>
    </Page>
  );
}

/** Share of winners with each trait vs all nominees (Cube's award_traits, all campaigns). */
function TraitsCard() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AwardTraitsDocument);
  const rows = useMemo(
    () => traitRows(data?.analytics?.awardTraits ?? [], (trait) => t(`award.trait.${trait}`)),
    [data, t],
  );
  return (
    <Card
      title={t('award.traits')}
      explain={{
        formula: `${t('formula.traitsLift')} ${t('formula.suppression')}`,
        window: t('overview.fixedWindow'),
        n: rows.length ? Math.max(...rows.map((r) => r.nBase ?? 0)) : null,
      }}
      testId="card-traits"
    >
      <QueryState loading={loading} error={error} data={data} retry={() => void refetch()}>
        {() => (
          <LiftChart
            rows={rows}
            focus={t('award.winners')}
            base={t('award.nominees')}
            lift={t('promotion.lift')}
            label={t('award.traits')}
          />
        )}
      </QueryState>
    </Card>
  );
}
