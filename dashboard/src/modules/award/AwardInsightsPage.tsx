import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Page } from '../../components/Page';
import { NotAvailable, QueryState } from '../../components/States';
import { SuccessStoriesDocument } from './award.queries';
import { StoriesList } from './awardInsights.view';
import { CampaignRanking } from './CampaignRanking';

export function AwardInsightsPage() {
  const { t } = useTranslation();
  const stories = useQuery(SuccessStoriesDocument, { variables: { first: 6 } });
  return (
    <Page routeKey="awardInsights" title={t('award.title')}>
      <div className="grid">
        <Card
          title={t('award.traits')}
          explain={{ formula: `${t('formula.traitsLift')} ${t('formula.suppression')}` }}
          testId="card-traits"
        >
          <NotAvailable />
        </Card>
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
                  title: s.title,
                  body: s.body,
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
