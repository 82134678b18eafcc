import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CompetencyRow, competencyRadarToOption } from '../../charts/competencyRadar.chart';
import { num } from '../../charts/echarts.types';
import { type CompletionMark, type KpiSeriesInput, kpiSeriesToOption } from '../../charts/kpiSeries.chart';
import { Card, Stat } from '../../components/Card';
import { DataText } from '../../components/DataText';
import { EChart } from '../../components/EChart';
import { Empty } from '../../components/States';

export interface TimelineItem {
  id: string;
  /** GraphQL __typename of the event; drives the filter and the label. */
  type: string;
  date: string;
  title: string;
  detail?: string;
  /** Stored values inside title and detail (names, titles, the note): shown untranslated. */
  data?: string[];
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

const TIMELINE_PAGE = 25;

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
  // Long archives: show the latest entries first and the rest on demand (an evidence link
  // pointing further back opens the whole list).
  const [expanded, setExpanded] = useState(() => window.location.hash.length > 1);
  const shown = expanded ? visible : visible.slice(0, TIMELINE_PAGE);
  const radarOption = useMemo(
    () =>
      competencyRadarToOption(vm.competencies, {
        actual: t('archive.actual'),
        target: vm.targetPosition ? `${t('archive.target')}: ${vm.targetPosition}` : t('archive.target'),
      }),
    [vm.competencies, vm.targetPosition, t],
  );
  // Evidence links (award ranking, reports) point at a timeline row by its key: scroll to it.
  useEffect(() => {
    const key = decodeURIComponent(window.location.hash.slice(1));
    if (!key) return;
    const row = document.getElementById(key);
    if (row) {
      row.classList.add('highlight');
      row.scrollIntoView({ block: 'center' });
    }
  }, [vm.timeline]);
  const kpiOption = useMemo(() => kpiSeriesToOption(vm.kpis, vm.completions), [vm.kpis, vm.completions]);
  // KPI names and units, and the courses marked on the line, are stored data.
  const kpiData = useMemo(
    () => [...vm.kpis.flatMap((k) => [k.kpi, k.unit ?? '']), ...vm.completions.map((c) => c.course)],
    [vm.kpis, vm.completions],
  );
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
          <Stat
            label={t('archive.coreCourses')}
            value={num(s.coreCoursesPassed, 0)}
            explain={{ formula: t('formula.coreCourses'), window: vm.window }}
          />
          <Stat
            label={t('archive.approvedCases')}
            value={num(s.approvedCases, 0)}
            explain={{ formula: t('formula.approvedCases'), window: vm.window }}
          />
          <Stat
            label={t('archive.lectures')}
            value={num(s.lecturesGiven, 0)}
            explain={{ formula: t('formula.lectures'), window: vm.window }}
          />
          <Stat
            label={t('archive.latestRating')}
            value={s.latestRating ?? '—'}
            explain={{ formula: t('formula.latestRating') }}
          />
          <Stat
            label={t('archive.position')}
            value={
              <span className="small" translate="no">
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
            <EChart option={kpiOption} label={t('archive.kpis')} dataText={kpiData} />
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
            <EChart
              option={radarOption}
              label={t('archive.radar')}
              height={340}
              dataText={vm.targetPosition ? [vm.targetPosition] : undefined}
            />
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
              {shown.map((i) => (
                <li key={i.id} id={i.id} data-type={i.type}>
                  <time dateTime={i.date}>{i.date.slice(0, 10)}</time>
                  <span className="tag">{t(`archive.event.${i.type}`, { defaultValue: i.type })}</span>{' '}
                  <b>
                    <DataText text={i.title} data={i.data ?? []} />
                  </b>
                  {i.detail ? (
                    <div className="muted small">
                      <DataText text={i.detail} data={i.data ?? []} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <Empty />
          )}
          {shown.length < visible.length ? (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setExpanded(true)}
              data-testid="timeline-more"
            >
              {t('archive.more', { count: visible.length - shown.length })}
            </button>
          ) : null}
        </Card>
      </div>
    </>
  );
}
