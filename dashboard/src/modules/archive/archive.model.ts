import type { CompetencyRow } from '../../charts/competencyRadar.chart';
import type { CompletionMark, KpiSeriesInput } from '../../charts/kpiSeries.chart';
import type { GrowthArchiveQuery } from '../../graphql/generated/graphql';
import type { ArchiveViewModel, TimelineItem } from './archive.view';

type Archive = GrowthArchiveQuery['growthArchive'];
type ArchiveEvent = Archive['events'][number];
type Translate = (key: string, options?: Record<string, unknown>) => string;
type Requirement = { requiredLevel: number; competency: { code: string; name: string } };

const fmt = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? '—' : String(Math.round(v * 10 ** digits) / 10 ** digits);

/**
 * A localised one-line title (and detail) per event type; the API's English title is the fallback.
 * `data` lists the stored values inside them (course, KPI, case, position names; the note), which
 * the view keeps untranslated.
 */
export function describeEvent(
  e: ArchiveEvent,
  t: Translate,
): { title: string; detail?: string; data?: string[] } {
  switch (e.__typename) {
    case 'EnrollmentCompletedEvent':
      return {
        title: t(e.passed ? 'archive.eventTitle.completed' : 'archive.eventTitle.failed', {
          course: e.course.name,
        }),
        detail: t('archive.eventTitle.hoursExam', { hours: fmt(e.hours), exam: fmt(e.examScore) }),
        data: [e.course.name],
      };
    case 'KpiChangeEvent':
      return {
        title: t('archive.eventTitle.kpi', {
          kpi: e.kpi.name,
          value: `${fmt(e.value, 2)}${e.kpi.unit === '%' ? '%' : ` ${e.kpi.unit}`}`,
        }),
        detail:
          e.change === null || e.change === undefined
            ? undefined
            : t('archive.eventTitle.kpiChange', { change: `${e.change >= 0 ? '+' : ''}${fmt(e.change, 2)}` }),
        data: [e.kpi.name, e.kpi.unit],
      };
    case 'PerformanceReviewedEvent':
      return { title: t('archive.eventTitle.review', { rating: e.rating, score: fmt(e.finalScore) }) };
    case 'LectureGivenEvent':
      return {
        title: t('archive.eventTitle.lecture', { course: e.course.name }),
        detail:
          e.lectureRating === null || e.lectureRating === undefined
            ? undefined
            : t('archive.eventTitle.lectureRating', { rating: fmt(e.lectureRating, 2), n: e.ratingCount }),
        data: [e.course.name],
      };
    case 'PracticeCaseSubmittedEvent':
      return {
        title: t('archive.eventTitle.submitted', { title: e.practiceCase.title }),
        data: [e.practiceCase.title],
      };
    case 'PracticeCaseApprovedEvent':
      return {
        title: t('archive.eventTitle.approved', { title: e.practiceCase.title }),
        data: [e.practiceCase.title],
      };
    case 'PracticeCaseAdoptedEvent':
      return {
        title: t('archive.eventTitle.adopted', { title: e.practiceCase.title }),
        data: [e.practiceCase.title],
      };
    case 'PracticeCaseCitedEvent':
      return {
        title: t('archive.eventTitle.cited', { title: e.practiceCase.title, department: e.department.name }),
        detail: e.note ?? undefined,
        data: [e.practiceCase.title, e.department.name, e.note ?? ''],
      };
    case 'PromotedEvent':
      return {
        title: t('archive.eventTitle.promoted', { from: e.fromPosition.name, to: e.toPosition.name }),
        data: [e.fromPosition.name, e.toPosition.name],
      };
    case 'AwardedEvent':
      return {
        title: t('archive.eventTitle.awarded', { award: e.awardTitle, campaign: e.campaignName }),
        data: [e.awardTitle, e.campaignName],
      };
    default:
      return { title: (e as { title: string }).title };
  }
}

/** Monthly KPI values from the archive's KPI events, one series per KPI. */
export function kpiSeriesFromEvents(events: ArchiveEvent[]): KpiSeriesInput[] {
  const byKpi = new Map<string, KpiSeriesInput>();
  for (const e of events) {
    if (e.__typename !== 'KpiChangeEvent') continue;
    const series = byKpi.get(e.kpi.code) ?? { kpi: e.kpi.name, unit: e.kpi.unit, points: [] };
    series.points.push({ month: e.month.slice(0, 7), value: e.value });
    byKpi.set(e.kpi.code, series);
  }
  return [...byKpi.values()];
}

export function completionsFromEvents(events: ArchiveEvent[]): CompletionMark[] {
  return events.flatMap((e) =>
    e.__typename === 'EnrollmentCompletedEvent' && e.passed
      ? [{ date: e.occurredOn, course: e.course.name }]
      : [],
  );
}

/**
 * Competency levels vs a target position. "Current" = the level the current position requires
 * (held by holding it) + Σ match weights of passed courses that build the competency, capped at 5.
 * The formula is shown next to the chart.
 */
export function competencyRows(
  current: Requirement[],
  target: Requirement[],
  passedCourses: Array<{ competencies: Array<{ weight: number; competency: { code: string } }> }>,
): CompetencyRow[] {
  const currentLevel = new Map(current.map((r) => [r.competency.code, r.requiredLevel]));
  const trained = new Map<string, number>();
  for (const c of passedCourses)
    for (const k of c.competencies)
      trained.set(k.competency.code, (trained.get(k.competency.code) ?? 0) + k.weight);
  const codes = [
    ...new Set([...target.map((r) => r.competency.code), ...current.map((r) => r.competency.code)]),
  ];
  const names = new Map([...current, ...target].map((r) => [r.competency.code, r.competency.name]));
  const targetLevel = new Map(target.map((r) => [r.competency.code, r.requiredLevel]));
  return codes.map((code) => ({
    competency: names.get(code) ?? code,
    actual: Math.min(5, Math.round(((currentLevel.get(code) ?? 0) + (trained.get(code) ?? 0)) * 100) / 100),
    target: targetLevel.get(code) ?? 0,
  }));
}

export function toArchiveViewModel(
  archive: Archive,
  t: Translate,
  targetPositionId?: string | null,
): ArchiveViewModel {
  const s = archive.summary;
  const next =
    s.nextPositions.find((p) => p.toPosition.id === targetPositionId) ?? s.nextPositions[0] ?? null;
  const passed = archive.employee.enrollments.filter((e) => e.status === 'COMPLETED').map((e) => e.course);
  const timeline: TimelineItem[] = [...archive.events]
    .reverse()
    .map((e) => ({ id: e.key, type: e.__typename, date: e.occurredOn, ...describeEvent(e, t) }));
  return {
    window: `${archive.from ?? '…'} – ${archive.to ?? '…'}`,
    summary: {
      hoursThisYear: s.hoursThisYear,
      standardHours: s.standardHours ?? null,
      coreCoursesPassed: s.coreCoursesPassed,
      approvedCases: s.approvedCases,
      lecturesGiven: s.lecturesGiven,
      latestRating: s.latestRating
        ? `${s.latestRating}${s.latestReviewPeriod ? ` (${s.latestReviewPeriod})` : ''}`
        : null,
      position: s.currentPosition.name,
      nextPositions: s.nextPositions.map((p) => p.toPosition.name),
    },
    timeline,
    // At the top of a career path there is no next position: compare with the current one.
    competencies: competencyRows(
      archive.employee.position.competencyRequirements,
      (next?.toPosition ?? archive.employee.position).competencyRequirements,
      passed,
    ),
    targetPosition: next?.toPosition.name ?? archive.employee.position.name,
    kpis: kpiSeriesFromEvents(archive.events),
    completions: completionsFromEvents(archive.events),
  };
}
