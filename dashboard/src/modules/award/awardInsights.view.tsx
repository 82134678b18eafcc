import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { num } from '../../charts/echarts.types';
import { type LiftRow, liftToOption } from '../../charts/lift.chart';
import { type ScoreBreakdownRow, scoreBreakdownToOption } from '../../charts/scoreBreakdown.chart';
import { DataText } from '../../components/DataText';
import { EChart } from '../../components/EChart';
import { Empty } from '../../components/States';

export interface EvidenceLink {
  /** ENROLLMENT, CASE, LECTURE, REVIEW, PEER_FEEDBACK or IMPACT. */
  type: string;
  id: number;
  /** What the row is (course name, case title, review period), from the API. */
  name?: string | null;
  date?: string | null;
  /** In-app link into the nominee's archive. */
  href?: string;
}

export interface CriterionBreakdown {
  /** TRAINING_OUTCOME, PERFORMANCE or PEER_FEEDBACK (translated under award.criterion). */
  type: string;
  weight: number;
  score: number;
  /** HOURS, ADOPTED_CASE or LECTURES with their measured and required values. */
  items: Array<{
    key: string;
    met: boolean;
    actual: number;
    required: number;
    meanRating: number | null;
    points: number;
  }>;
}

/** Why a nominee is not ranked, as the rule's code and values (e.g. TENURE required 12, actual 7). */
export interface Exclusion {
  code: string;
  required: number | string;
  actual: number | string | null;
}

export interface NomineeRow extends ScoreBreakdownRow {
  id: string;
  total: number;
  result: string | null;
  exclusions: Exclusion[];
  evidence: EvidenceLink[];
  criteria: CriterionBreakdown[];
}

export interface SuccessStoryItem {
  id: string;
  title: string;
  body: string;
  employee: string;
  employeeId: string;
  date?: string | null;
}

export function TraitsChart({ traits }: { traits: LiftRow[] }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      liftToOption(traits, {
        focus: t('award.winners'),
        base: t('award.nominees'),
        lift: t('promotion.lift'),
      }),
    [traits, t],
  );
  return traits.length ? <EChart option={option} label={t('award.traits')} /> : <Empty />;
}

/** A link alone in a cell is a target: 24 px tall, so the breakdown toggle below keeps its distance. */
const TARGET = { display: 'inline-flex', alignItems: 'center', minHeight: 24 } as const;

/** Ranking chart (stacked criteria) plus the table with exclusions and evidence links. */
export function RankingView({
  nominees,
  criterionNames,
  actions,
}: {
  nominees: NomineeRow[];
  criterionNames?: Record<string, string>;
  /** HR's decision controls for a nominee (scored, open campaigns only). */
  actions?: (n: NomineeRow) => ReactNode;
}) {
  const { t } = useTranslation();
  const top = nominees.filter((n) => n.rank !== null).slice(0, 15);
  const option = useMemo(() => scoreBreakdownToOption(top, criterionNames), [top, criterionNames]);
  if (!nominees.length) return <Empty>{t('award.noRanking')}</Empty>;
  return (
    <>
      {top.length ? (
        <EChart option={option} label={t('award.ranking')} height={Math.max(280, top.length * 28)} />
      ) : null}
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
            {nominees.map((n) => (
              <tr key={n.id} data-testid="nomination" data-result={n.result ?? ''}>
                <td>{n.rank ?? '—'}</td>
                <td className="nominee">
                  <Link to={`/archive/${encodeURIComponent(n.id)}`} style={TARGET} translate="no">
                    {n.name}
                  </Link>
                  {n.criteria.length ? (
                    <details className="small" data-testid="breakdown">
                      <summary style={{ minHeight: 24, lineHeight: '24px' }}>
                        {t('campaignFlow.breakdown')}
                      </summary>
                      <ul className="breakdown">
                        {n.criteria.map((c) => (
                          <li key={c.type}>
                            <b>{criterionNames?.[c.type] ?? t(`award.criterion.${c.type}`)}</b>{' '}
                            {num(c.score, 1)} / {num(c.weight, 0)}
                            {c.items.map((i) => (
                              <div key={i.key} className="muted" data-met={i.met}>
                                <span aria-hidden="true">{i.met ? '✓' : '✗'}</span>
                                <span className="sr-only">
                                  {i.met ? t('common.yes') : t('common.no')}
                                </span>{' '}
                                {t(`award.item.${i.key}`)}:{' '}
                                {t(`award.itemValue.${i.key}`, {
                                  actual: num(i.actual, 1),
                                  required: num(i.required, 1),
                                  rating: i.meanRating === null ? '—' : num(i.meanRating, 1),
                                })}{' '}
                                → {num(i.points, 1)}
                              </div>
                            ))}
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                  {n.exclusions.length ? (
                    <div>
                      <span className="tag tag-bad">{t('award.excluded')}</span>{' '}
                      <span className="small muted" data-testid="exclusion">
                        {n.exclusions
                          .map((x) =>
                            t(`award.exclusion.${x.code}`, { required: x.required, actual: x.actual ?? '—' }),
                          )
                          .join(t('rules.listSeparator'))}
                      </span>
                    </div>
                  ) : null}
                </td>
                <td className="num">{num(n.total, 1)}</td>
                <td>
                  {n.result ? (
                    <span
                      className={`tag${n.result === 'AWARDED' ? ' tag-good' : n.result === 'EXCLUDED' ? ' tag-bad' : ''}`}
                      data-testid="nomination-result"
                    >
                      {t(`campaignFlow.result.${n.result}`)}
                    </span>
                  ) : null}
                  {actions ? <div className="filters">{actions(n)}</div> : null}
                </td>
                <td>
                  {n.evidence.slice(0, 8).map((e) => {
                    // Named rows (course, case, period) with their day; the type word when unnamed.
                    const type = t(`award.evidenceType.${e.type}`, { defaultValue: t('award.evidence') });
                    const label = [type, e.name, e.date].filter(Boolean).join(' · ');
                    return e.href ? (
                      <Link
                        key={`${e.type}:${e.id}`}
                        to={e.href}
                        className="tag"
                        style={TARGET}
                        data-testid="evidence-link"
                        title={t('campaignFlow.evidenceOpen')}
                      >
                        <DataText text={label} data={[e.name]} />
                      </Link>
                    ) : (
                      <span key={`${e.type}:${e.id}`} className="tag">
                        <DataText text={label} data={[e.name]} />
                      </span>
                    );
                  })}
                  {n.evidence.length > 8 ? (
                    <span className="muted small"> +{n.evidence.length - 8}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function StoriesList({ stories }: { stories: SuccessStoryItem[] }) {
  const { t } = useTranslation();
  if (!stories.length) return <Empty>{t('award.noStories')}</Empty>;
  return (
    <ul className="list" data-testid="stories">
      {stories.map((s) => (
        <li key={s.id}>
          <b translate="no">{s.title}</b>{' '}
          <span className="muted small">
            <Link to={`/archive/${encodeURIComponent(s.employeeId)}`} translate="no">
              {s.employee}
            </Link>
            {s.date ? ` · ${s.date.slice(0, 10)}` : ''}
          </span>
          <p className="small" translate="no">
            {s.body}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function CampaignPicker({
  campaigns,
  value,
  onChange,
}: {
  campaigns: Array<{ id: string; name: string; period: string; status: string }>;
  value: string | undefined;
  onChange: (id: string) => void;
}): ReactNode {
  const { t } = useTranslation();
  return (
    <label className="filters">
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-label={t('award.campaign')}
        data-testid="campaign-picker"
      >
        {campaigns.map((c) => (
          // The campaign's stored name leads; an <option> holds text only, so the whole line is data.
          <option key={c.id} value={c.id} translate="no">
            {c.name} ({c.period}) ·{' '}
            {c.status === 'DRAFT' ? t('campaignFlow.status.DRAFT') : t(`award.status.${c.status}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
