import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { DataText } from '../../components/DataText';
import { QueryState } from '../../components/States';
import { StoryFeedDocument } from './stories.queries';

/**
 * The success-story feed (the article's 示范效应): how award winners learned, improved and were
 * rewarded. The stories are the winners' published texts, shown as written (data, not UI).
 */
export function StoryFeed({ first = 5 }: { first?: number }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(StoryFeedDocument, { variables: { first } });
  return (
    <Card title={t('stories.title')} testId="card-stories">
      <p className="muted small">{t('stories.hint')}</p>
      <QueryState
        loading={loading}
        error={error}
        data={data}
        isEmpty={(d) => d.successStoryFeed.length === 0}
        emptyText={t('stories.empty')}
        retry={() => void refetch()}
      >
        {(d) => (
          <ul className="list" data-testid="stories">
            {d.successStoryFeed.map((s) => (
              <li key={s.databaseId} data-testid="story">
                <article translate="no">
                  <b>{s.title}</b>
                  <p className="small">{s.body}</p>
                </article>
                <div className="muted small">
                  <DataText
                    text={t('stories.byline', { name: s.employeeName, department: s.departmentName })}
                    data={[s.employeeName, s.departmentName]}
                  />
                  {s.campaign ? (
                    <>
                      {' · '}
                      <DataText text={t('stories.campaign', { campaign: s.campaign })} data={[s.campaign]} />
                    </>
                  ) : null}
                  {' · '}
                  {s.publishedAt.slice(0, 10)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Card>
  );
}
