import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { ErrorState, QueryState } from '../../components/States';
import { toNominees } from './award.model';
import { AwardCampaignsDocument, AwardRankingDocument, ScoreAwardCampaignDocument } from './award.queries';
import { CampaignPicker, RankingView } from './awardInsights.view';

/** Campaign picker + ranking with breakdown and evidence; HR may (re)score the campaign. */
export function CampaignRanking({ canScore = false }: { canScore?: boolean }) {
  const { t } = useTranslation();
  const campaigns = useQuery(AwardCampaignsDocument);
  const [selected, setSelected] = useState<string | undefined>();
  const list = campaigns.data?.awardCampaigns ?? [];
  // Default to the newest closed campaign: an open one is usually not scored yet.
  const campaign = list.find((c) => c.id === selected) ?? list.find((c) => c.status !== 'OPEN') ?? list[0];
  const ranking = useQuery(AwardRankingDocument, {
    variables: { campaignId: campaign?.id ?? '' },
    skip: !campaign,
  });
  const [score, scoring] = useMutation(ScoreAwardCampaignDocument);
  const nominees = useMemo(
    () => (ranking.data ? toNominees(ranking.data.awardCampaignRanking) : []),
    [ranking.data],
  );
  const criterionNames = useMemo(
    () => ({
      TRAINING_OUTCOME: t('award.criterion.TRAINING_OUTCOME'),
      PERFORMANCE: t('award.criterion.PERFORMANCE'),
      PEER_FEEDBACK: t('award.criterion.PEER_FEEDBACK'),
      TOTAL: t('award.total'),
    }),
    [t],
  );
  // The weights come from the campaign's rule version; the words from the translations.
  const weights = ranking.data?.awardCampaignRanking[0]?.criteria
    .map((c) => `${t(`award.criterion.${c.type}`)} ${c.weight}%`)
    .join(' · ');
  // A closed campaign is history: its ranking is read-only (re-scoring would rewrite it).
  const closed = campaign?.status === 'CLOSED';
  return (
    <Card
      title={t('award.ranking')}
      explain={{
        formula: weights ? `${weights} — ${t('formula.ranking')}` : t('formula.ranking'),
        window: campaign ? `${campaign.periodStart} – ${campaign.periodEnd}` : undefined,
        n: nominees.length,
        source: campaign?.ruleVersion ? t('award.ruleVersion', { version: campaign.ruleVersion }) : undefined,
      }}
      actions={
        <>
          {list.length ? (
            <CampaignPicker campaigns={list} value={campaign?.id} onChange={setSelected} />
          ) : null}
          {canScore && campaign && !closed ? (
            <button
              type="button"
              className="btn btn-primary"
              disabled={scoring.loading}
              onClick={() =>
                void score({ variables: { campaignId: campaign.id } })
                  .then(() => ranking.refetch())
                  .catch(() => {})
              }
              data-testid="score-campaign"
            >
              {t('hr.runScoring')}
            </button>
          ) : null}
        </>
      }
      wide
      testId="card-ranking"
    >
      {scoring.error ? <ErrorState error={scoring.error} /> : null}
      <QueryState
        loading={campaigns.loading}
        error={campaigns.error}
        data={campaigns.data}
        isEmpty={(d) => d.awardCampaigns.length === 0}
        retry={() => void campaigns.refetch()}
      >
        {() => (
          <>
            {campaign ? (
              <p className="muted small">
                <span data-testid="campaign-status" data-status={campaign.status}>
                  {t(`award.status.${campaign.status}`)}
                </span>{' '}
                · {t('award.standardHours', { hours: campaign.standardHours })}
              </p>
            ) : null}
            <QueryState
              loading={ranking.loading}
              error={ranking.error}
              data={ranking.data}
              retry={() => void ranking.refetch()}
            >
              {() => <RankingView nominees={nominees} criterionNames={criterionNames} />}
            </QueryState>
          </>
        )}
      </QueryState>
    </Card>
  );
}
