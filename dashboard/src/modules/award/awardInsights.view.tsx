import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { num } from '../../charts/echarts.types';
import { type LiftRow, liftToOption } from '../../charts/lift.chart';
import { type ScoreBreakdownRow, scoreBreakdownToOption } from '../../charts/scoreBreakdown.chart';
import { Card } from '../../components/Card';
import { EChart } from '../../components/EChart';
import { Empty } from '../../components/States';

export interface EvidenceLink {
  label: string;
  /** In-app link (e.g. to the archive) when the evidence row is reachable. */
  href?: string;
}

export interface NomineeRow extends ScoreBreakdownRow {
  id: string;
  total: number;
  result: string | null;
  excludedReason?: string | null;
  evidence: EvidenceLink[];
}

export interface SuccessStoryItem {
  id: string;
  title: string;
  body: string;
  employee: string;
  date?: string | null;
}

export interface AwardInsightsViewModel {
  window: string;
  traits: LiftRow[];
  nominees: NomineeRow[];
  stories: SuccessStoryItem[];
}

export function AwardInsightsView({
  vm,
  campaignPicker,
}: {
  vm: AwardInsightsViewModel;
  campaignPicker?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const traitsOption = useMemo(
    () =>
      liftToOption(vm.traits, {
        focus: t('award.winners'),
        base: t('award.nominees'),
        lift: t('promotion.lift'),
      }),
    [vm.traits, t],
  );
  const rankingOption = useMemo(() => scoreBreakdownToOption(vm.nominees.slice(0, 15)), [vm.nominees]);
  const traitsN = vm.traits[0] ? `${vm.traits[0].nFocus ?? '?'} / ${vm.traits[0].nBase ?? '?'}` : null;
  return (
    <div className="grid">
      <Card
        title={t('award.traits')}
        explain={{
          formula: `${t('formula.traitsLift')} ${t('formula.suppression')}`,
          window: vm.window,
          n: traitsN,
        }}
        testId="card-traits"
      >
        {vm.traits.length ? <EChart option={traitsOption} label={t('award.traits')} /> : <Empty />}
      </Card>
      <Card
        title={t('award.ranking')}
        explain={{ formula: t('formula.ranking'), n: vm.nominees.length }}
        actions={campaignPicker}
        testId="card-ranking"
      >
        {vm.nominees.length ? (
          <>
            <EChart
              option={rankingOption}
              label={t('award.ranking')}
              height={Math.max(280, Math.min(vm.nominees.length, 15) * 28)}
            />
            <div className="table-scroll">
              <table className="table" data-testid="nominations">
                <thead>
                  <tr>
                    <th>{t('award.rank')}</th>
                    <th>{t('award.nominee')}</th>
                    <th className="num">{t('award.total')}</th>
                    <th>{t('award.result')}</th>
                    <th>{t('award.evidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  {vm.nominees.map((n) => (
                    <tr key={n.id}>
                      <td>{n.rank ?? '—'}</td>
                      <td>{n.name}</td>
                      <td className="num">{num(n.total, 2)}</td>
                      <td>
                        {n.excludedReason ? (
                          <span className="tag tag-bad" title={n.excludedReason}>
                            {t('award.excluded')}
                          </span>
                        ) : n.result ? (
                          <span
                            className={`tag${n.result === 'WINNER' || n.result === 'AWARDED' ? ' tag-good' : ''}`}
                          >
                            {n.result}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        {n.evidence.map((e, i) =>
                          e.href ? (
                            <a key={i} href={e.href} className="tag">
                              {e.label}
                            </a>
                          ) : (
                            <span key={i} className="tag">
                              {e.label}
                            </span>
                          ),
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <Empty />
        )}
      </Card>
      <Card title={t('award.stories')} wide testId="card-stories">
        {vm.stories.length ? (
          <ul className="list">
            {vm.stories.map((s) => (
              <li key={s.id}>
                <b>{s.title}</b>{' '}
                <span className="muted small">
                  {s.employee}
                  {s.date ? ` · ${s.date}` : ''}
                </span>
                <p>{s.body}</p>
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Card>
    </div>
  );
}
