import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CompetencyRow, competencyRadarToOption } from '../../charts/competencyRadar.chart';
import { num } from '../../charts/echarts.types';
import { type CompletionMark, type KpiSeriesInput, kpiSeriesToOption } from '../../charts/kpiSeries.chart';
import { Card, Stat } from '../../components/Card';
import { EChart } from '../../components/EChart';
import { Empty } from '../../components/States';

export interface TimelineItem {
  id: string;
  /** GraphQL __typename of the event; drives the filter and the label. */
  type: string;
  date: string;
  title: string;
  detail?: string;
}

export interface ArchiveSummaryVm {
  hoursThisYear: number | null;
  standardHours: number | null;
  coreCoursesPassed: number | null;
  approvedCases: number | null;
  lecturesGiven: number | null;
  latestRating: string | null;
  position: string | null;
  nextPositions: string[];
}

export interface ArchiveViewModel {
  window: string;
  summary: ArchiveSummaryVm | null;
  timeline: TimelineItem[];
  competencies: CompetencyRow[];
  targetPosition: string | null;
  kpis: KpiSeriesInput[];
  completions: CompletionMark[];
}

/** Distinct event types in first-seen order. */
export function eventTypes(items: TimelineItem[]): string[] {
  return [...new Set(items.map((i) => i.type))];
}

export function ArchiveView({ vm, periodPicker }: { vm: ArchiveViewModel; periodPicker?: React.ReactNode }) {
  const { t } = useTranslation();
  const types = useMemo(() => eventTypes(vm.timeline), [vm.timeline]);
  // Monthly KPI values would drown the timeline; they are on the chart above, so hidden by default.
  const [hidden, setHidden] = useState<string[]>(['KpiChangeEvent']);
  const visible = vm.timeline.filter((i) => !hidden.includes(i.type));
  const radarOption = useMemo(
    () =>
      competencyRadarToOption(vm.competencies, {
        actual: t('archive.actual'),
        target: vm.targetPosition ? `${t('archive.target')}: ${vm.targetPosition}` : t('archive.target'),
      }),
    [vm.competencies, vm.targetPosition, t],
  );
  const kpiOption = useMemo(() => kpiSeriesToOption(vm.kpis, vm.completions), [vm.kpis, vm.completions]);
  const s = vm.summary;

  return (
    <>
      {s ? (
        <div className="stats" data-testid="archive-summary">
          <Stat
            label={t('archive.hoursYear')}
            value={`${num(s.hoursThisYear, 1)}${s.standardHours ? ` / ${num(s.standardHours, 0)}` : ''}`}
            tone={
              s.hoursThisYear !== null && s.standardHours
                ? s.hoursThisYear >= s.standardHours
                  ? 'good'
                  : undefined
                : undefined
            }
            explain={{ formula: t('formula.summaryHours'), window: vm.window }}
          />
          <Stat label={t('archive.coreCourses')} value={num(s.coreCoursesPassed, 0)} />
          <Stat label={t('archive.approvedCases')} value={num(s.approvedCases, 0)} />
          <Stat label={t('archive.lectures')} value={num(s.lecturesGiven, 0)} />
          <Stat label={t('archive.latestRating')} value={s.latestRating ?? '—'} />
          <Stat
            label={t('archive.position')}
            value={
              <span className="small">
                {s.position ?? '—'}
                {s.nextPositions.length ? ` → ${s.nextPositions.join(' / ')}` : ''}
              </span>
            }
          />
        </div>
      ) : null}
      <div className="grid">
        <Card
          title={t('archive.kpis')}
          explain={{
            formula: t('formula.kpi'),
            window: vm.window,
            n: vm.kpis.reduce((a, k) => a + k.points.length, 0),
          }}
          testId="card-kpis"
          wide
        >
          {vm.kpis.some((k) => k.points.length) ? (
            <EChart option={kpiOption} label={t('archive.kpis')} />
          ) : (
            <Empty />
          )}
        </Card>
        <Card
          title={t('archive.radar')}
          explain={{ formula: t('formula.radar'), n: vm.competencies.length }}
          testId="card-radar"
        >
          {vm.competencies.length ? (
            <EChart option={radarOption} label={t('archive.radar')} height={340} />
          ) : (
            <Empty />
          )}
        </Card>
        <Card title={t('archive.timeline')} testId="card-timeline" actions={periodPicker}>
          {types.length > 1 ? (
            <fieldset className="checks" data-testid="timeline-filters">
              <legend className="sr-only">{t('archive.eventTypes')}</legend>
              {types.map((type) => (
                <label key={type}>
                  <input
                    type="checkbox"
                    checked={!hidden.includes(type)}
                    onChange={(e) =>
                      setHidden((h) => (e.target.checked ? h.filter((x) => x !== type) : [...h, type]))
                    }
                  />
                  {t(`archive.event.${type}`, { defaultValue: type })}
                </label>
              ))}
            </fieldset>
          ) : null}
          {visible.length ? (
            <ol className="timeline" data-testid="timeline">
              {visible.map((i) => (
                <li key={i.id} data-type={i.type}>
                  <time dateTime={i.date}>{i.date.slice(0, 10)}</time>
                  <span className="tag">{t(`archive.event.${i.type}`, { defaultValue: i.type })}</span>{' '}
                  <b>{i.title}</b>
                  {i.detail ? <div className="muted small">{i.detail}</div> : null}
                </li>
              ))}
            </ol>
          ) : (
            <Empty />
          )}
        </Card>
      </div>
    </>
  );
}
