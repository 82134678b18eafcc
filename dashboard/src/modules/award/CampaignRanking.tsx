import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { ErrorState, QueryState } from '../../components/States';
import { EmployeePickerDocument } from '../archive/archive.queries';
import { toNominees } from './award.model';
import {
  AwardCampaignsDocument,
  AwardRankingDocument,
  DecideAwardNominationDocument,
  NominateForAwardDocument,
  PublishAwardCampaignDocument,
  ScoreAwardCampaignDocument,
  SuccessStoriesDocument,
} from './award.queries';
import { CampaignPicker, RankingView } from './awardInsights.view';

/**
 * Campaign picker + ranking with per-criterion breakdown and named evidence. HR runs the
 * campaign here: nominate, score, decide each nominee, publish the winners (which closes the
 * campaign). A closed campaign is history: read-only, its stored breakdown kept.
 */
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
  const refresh = () => Promise.all([ranking.refetch(), campaigns.refetch()]);
  const [score, scoring] = useMutation(ScoreAwardCampaignDocument);
  const [decide, deciding] = useMutation(DecideAwardNominationDocument);
  const [publish, publishing] = useMutation(PublishAwardCampaignDocument, {
    refetchQueries: [SuccessStoriesDocument],
  });
  const [confirming, setConfirming] = useState(false);
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
  const editable = canScore && !!campaign && !closed;
  const decidable = editable && campaign?.status === 'SCORED';
  const winners = nominees.filter((n) => n.result === 'AWARDED').length;
  const mutationError = scoring.error ?? deciding.error ?? publishing.error;
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
            <CampaignPicker
              campaigns={list}
              value={campaign?.id}
              onChange={(id) => {
                setSelected(id);
                setConfirming(false);
              }}
            />
          ) : null}
          {editable ? (
            <button
              type="button"
              className="btn btn-primary"
              disabled={scoring.loading}
              onClick={() =>
                void score({ variables: { campaignId: campaign.id } })
                  .then(refresh)
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
      {mutationError ? <ErrorState error={mutationError} /> : null}
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
                  {campaign.status === 'DRAFT'
                    ? t('campaignFlow.status.DRAFT')
                    : t(`award.status.${campaign.status}`)}
                </span>{' '}
                · {t('award.standardHours', { hours: campaign.standardHours })}
              </p>
            ) : null}
            {closed && canScore ? (
              <p className="notice" data-testid="campaign-read-only">
                {t('campaignFlow.readOnly')}
              </p>
            ) : null}
            {editable ? <Nominate campaignId={campaign.id} onDone={() => void refresh()} /> : null}
            <QueryState
              loading={ranking.loading}
              error={ranking.error}
              data={ranking.data}
              retry={() => void ranking.refetch()}
            >
              {() => (
                <RankingView
                  nominees={nominees}
                  criterionNames={criterionNames}
                  actions={
                    decidable
                      ? (n) =>
                          n.result === 'EXCLUDED' ? null : (
                            <>
                              <button
                                type="button"
                                className="btn btn-small"
                                aria-pressed={n.result === 'AWARDED'}
                                disabled={deciding.loading}
                                onClick={() =>
                                  void decide({
                                    variables: { campaignId: campaign.id, employeeId: n.id, awarded: true },
                                  })
                                    .then(() => ranking.refetch())
                                    .catch(() => {})
                                }
                                data-testid="award-nominee"
                              >
                                {t('campaignFlow.award')}
                              </button>
                              <button
                                type="button"
                                className="btn btn-small btn-ghost"
                                aria-pressed={n.result === 'NOT_AWARDED'}
                                disabled={deciding.loading}
                                onClick={() =>
                                  void decide({
                                    variables: { campaignId: campaign.id, employeeId: n.id, awarded: false },
                                  })
                                    .then(() => ranking.refetch())
                                    .catch(() => {})
                                }
                                data-testid="not-award-nominee"
                              >
                                {t('campaignFlow.notAward')}
                              </button>
                            </>
                          )
                      : undefined
                  }
                />
              )}
            </QueryState>
            {decidable ? (
              <div className="filters" style={{ marginTop: 8 }}>
                {confirming ? (
                  <div role="alertdialog" aria-labelledby="publish-confirm" className="notice">
                    <p id="publish-confirm">{t('campaignFlow.publishConfirm', { count: winners })}</p>
                    <div className="filters">
                      <button
                        type="button"
                        className="btn btn-primary"
                        disabled={publishing.loading}
                        onClick={() =>
                          void publish({ variables: { campaignId: campaign.id } })
                            .then(() => {
                              setConfirming(false);
                              return refresh();
                            })
                            .catch(() => {})
                        }
                        data-testid="publish-confirm"
                      >
                        {t('campaignFlow.publish')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-ghost"
                        onClick={() => setConfirming(false)}
                        onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
                      >
                        {t('common.cancel')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <button
                    type="button"
                    className="btn btn-primary"
                    disabled={winners === 0}
                    onClick={() => setConfirming(true)}
                    data-testid="publish-campaign"
                  >
                    {t('campaignFlow.publish')}
                  </button>
                )}
              </div>
            ) : null}
            {publishing.data ? (
              <p className="notice" role="status" data-testid="campaign-published">
                {t('campaignFlow.published')}
              </p>
            ) : null}
          </>
        )}
      </QueryState>
    </Card>
  );
}

/** Search an employee in scope and nominate them (nominating twice changes nothing). */
function Nominate({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = search.trim();
  const picker = useQuery(EmployeePickerDocument, {
    variables: { search: term || null, first: 8 },
    skip: term.length < 1,
  });
  const [nominate, nominating] = useMutation(NominateForAwardDocument);
  const [done, setDone] = useState(false);
  return (
    <div className="filters" data-testid="nominate">
      <label>
        {t('campaignFlow.nominee')}
        <input
          type="search"
          value={search}
          placeholder={t('campaignFlow.searchEmployee')}
          onChange={(e) => {
            setSearch(e.target.value);
            setDone(false);
          }}
          data-testid="nominate-search"
        />
      </label>
      {term && picker.data ? (
        <ul className="list">
          {picker.data.employees.nodes.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="btn btn-small"
                disabled={nominating.loading}
                onClick={() =>
                  void nominate({ variables: { campaignId, employeeId: e.id } })
                    .then(() => {
                      setDone(true);
                      setSearch('');
                      onDone();
                    })
                    .catch(() => {})
                }
                data-testid="nominate-option"
              >
                {t('campaignFlow.nominate')} · <span translate="no">{e.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {done ? (
        <span className="muted small" role="status" data-testid="nominated">
          {t('campaignFlow.nominated')}
        </span>
      ) : null}
      {nominating.error ? <ErrorState error={nominating.error} /> : null}
    </div>
  );
}
