import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { PerformanceRating } from '@talentloop/db/entities';
import { badInput, forbidden, notFound } from '../../common/errors';
import { compilerFor } from '../../readpath/connection';
import type { CompiledObject } from '../../readpath/install';
import { rootSelectionSets, subSelections } from '../../readpath/selection';
import { runSql } from '../../readpath/sql';
import { ArchiveSql } from './archive.sql';

export interface ArchiveEventValue {
  __typename: string;
  key: string;
  occurredOn: string;
  title: string;
  [field: string]: unknown;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Title ingredients the statement sends with each event (`$`-prefixed: never GraphQL fields). */
interface EventRow extends ArchiveEventValue {
  $course?: string;
  $case?: string;
  $kpiName?: string;
  $kpiUnit?: string;
  $period?: string;
}

/** A one-line human summary of an event (display text; clients translate from the typed fields). */
function titleOf(e: EventRow): string {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  switch (e.__typename) {
    case 'EnrollmentCompletedEvent':
      return `${e.passed ? 'Completed' : 'Failed'} ${e.$course}${n(e.examScore) !== null ? ` (exam ${n(e.examScore)})` : ''}`;
    case 'LectureGivenEvent':
      return `Taught ${e.$course}${n(e.lectureRating) !== null ? ` (rated ${n(e.lectureRating)})` : ''}`;
    case 'PracticeCaseSubmittedEvent':
      return `Submitted practice case “${e.$case}”`;
    case 'PracticeCaseApprovedEvent':
      return `Practice case “${e.$case}” approved${n(e.score) !== null ? ` (score ${n(e.score)})` : ''}`;
    case 'PracticeCaseAdoptedEvent':
      return `Practice case “${e.$case}” adopted into the knowledge base`;
    case 'PracticeCaseCitedEvent':
      return `Practice case “${e.$case}” cited by another department`;
    case 'KpiChangeEvent': {
      const change = n(e.change);
      return `${e.$kpiName} ${String(e.month).slice(0, 7)}: ${n(e.value)}${e.$kpiUnit === '%' ? '%' : ` ${e.$kpiUnit}`}${change === null ? '' : ` (${change >= 0 ? '+' : ''}${change})`}`;
    }
    case 'PerformanceReviewedEvent':
      return `Performance review ${e.$period}: ${e.rating} (${n(e.finalScore)})`;
    case 'PromotedEvent':
      return 'Promoted';
    case 'AwardedEvent':
      return `Awarded ${e.awardTitle} (${e.campaignName})`;
    default:
      return e.__typename;
  }
}

interface ArchiveRow {
  found: number;
  visible: boolean;
  employee: CompiledObject | null;
  events: EventRow[] | null;
  summary: {
    hoursThisYear: number;
    standardHours: number | null;
    coreCoursesPassed: number;
    approvedCases: number;
    adoptedCases: number;
    lecturesGiven: number;
    lectureRatingSum: number | null;
    lectureRatingCount: number | null;
    latest: { rating: PerformanceRating; period: string } | null;
    currentPosition?: CompiledObject;
    nextPositions?: CompiledObject[];
  } | null;
}

/**
 * The growth archive of one employee: a typed timeline plus a summary, as ONE statement
 * (archive.sql.ts: a UNION ALL of the ten event sources, the summary's aggregates, and the
 * selected linked records built as JSON by the read-path compiler). An employee outside the
 * caller's scope is FORBIDDEN (NOT_FOUND when there is no such employee): the statement's
 * `visible` flag is the row scope in SQL, and nothing else of the row reaches the response.
 */
export async function loadGrowthArchive(
  em: EntityManager,
  info: GraphQLResolveInfo,
  employeeId: number,
  from: string | null,
  to: string | null,
  today: Date = new Date(),
) {
  if (from && to && from > to) throw badInput({ field: 'to', message: 'must not be before from' });
  const year = to ? Number(to.slice(0, 4)) : today.getUTCFullYear();
  const c = compilerFor(em, info);
  const top = c.fields('GrowthArchive', rootSelectionSets(info));
  const id = c.params.bind(employeeId);
  const archive = new ArchiveSql(c, { employeeId: id, from, to });
  const scope = c.rowScope('Employee', 'r');
  const columns = [
    `(select count(*)::int from employee x where x.id = ${id}) as found`,
    `exists (select 1 from employee r where r.id = ${id}${scope ? ` and ${scope}` : ''}) as visible`,
  ];
  const employeeSets = subSelections(top, 'employee');
  if (employeeSets.length)
    columns.push(
      `(select ${c.object('Employee', 'e', employeeSets)} from employee e where e.id = ${id}) as employee`,
    );
  const eventSets = subSelections(top, 'events');
  if (eventSets.length) columns.push(`${archive.events(eventSets)} as events`);
  const summarySets = subSelections(top, 'summary');
  if (summarySets.length) columns.push(`${archive.summary(summarySets, year)} as summary`);
  const [row] = await runSql<ArchiveRow>(em, c.params, `select ${columns.join(',\n  ')}`);
  if (!row!.visible) {
    if (row!.found) throw forbidden('This employee is outside your scope', 'employeeId');
    throw notFound('Employee', employeeId, 'employeeId');
  }
  // In place: the statement's objects are this request's own (a copy per event showed in profiles).
  const events = row!.events ?? [];
  for (const e of events) e.title = titleOf(e);
  const s = row!.summary;
  const hoursThisYear = s ? Number(s.hoursThisYear) : 0;
  const standardHours =
    s?.standardHours === null || s?.standardHours === undefined ? null : Number(s.standardHours);
  const ratingCount = Number(s?.lectureRatingCount ?? 0);
  return {
    employee: row!.employee,
    from,
    to,
    events,
    generatedAt: today,
    summary: s && {
      year,
      hoursThisYear,
      standardHours,
      hoursRatio: standardHours ? round(hoursThisYear / standardHours, 4) : null,
      coreCoursesPassed: s.coreCoursesPassed,
      approvedCases: s.approvedCases,
      adoptedCases: s.adoptedCases,
      lecturesGiven: s.lecturesGiven,
      lectureRating: ratingCount ? round(Number(s.lectureRatingSum) / ratingCount) : null,
      latestRating: s.latest?.rating ?? null,
      latestReviewPeriod: s.latest?.period ?? null,
      currentPosition: s.currentPosition,
      nextPositions: s.nextPositions,
    },
  };
}
