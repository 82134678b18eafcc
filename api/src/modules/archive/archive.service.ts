import type { EntityManager } from '@mikro-orm/core';
import {
  Award,
  AwardCampaign,
  CareerPath,
  CourseSession,
  Department,
  Enrollment,
  EnrollmentStatus,
  KnowledgeCitation,
  KpiDirection,
  KpiObservation,
  PerformanceReview,
  Position,
  PracticeCase,
  PracticeCaseStatus,
  Promotion,
  type Course,
  type Employee,
  type KpiDefinition,
} from '@talentloop/db/entities';
import { badInput } from '../../common/errors';
import type { Loaders } from '../../common/loaders';
import { requireVisibleEmployee } from '../employee/employee.service';

export interface ArchiveEventValue {
  __typename: string;
  key: string;
  occurredOn: string;
  title: string;
  [field: string]: unknown;
}

const day = (value: Date | string | null | undefined): string | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'string'
      ? value.slice(0, 10)
      : value.toISOString().slice(0, 10);

/** Order of same-day events: cause before effect (complete → submit → approve → adopt → cite …). */
const SAME_DAY_ORDER = [
  'EnrollmentCompletedEvent',
  'LectureGivenEvent',
  'PracticeCaseSubmittedEvent',
  'PracticeCaseApprovedEvent',
  'PracticeCaseAdoptedEvent',
  'PracticeCaseCitedEvent',
  'KpiChangeEvent',
  'PerformanceReviewedEvent',
  'PromotedEvent',
  'AwardedEvent',
];

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Hours credited for an enrollment: what was recorded, else the course's nominal hours. */
export function creditedHours(enrollment: Enrollment, course: Course): number {
  return Number(enrollment.hours) > 0 ? Number(enrollment.hours) : Number(course.hours);
}

/**
 * The growth archive of one employee: a typed timeline plus a summary. A fixed number of
 * statements whatever the archive's size (one per source table), all through the request's
 * scoped em — an employee outside the caller's scope is FORBIDDEN before anything is read.
 */
export async function loadGrowthArchive(
  em: EntityManager,
  loaders: Loaders,
  employeeId: number,
  from: string | null,
  to: string | null,
  today: Date = new Date(),
) {
  if (from && to && from > to) throw badInput({ field: 'to', message: 'must not be before from' });
  const employee = await requireVisibleEmployee(em, employeeId, 'employeeId');
  const year = to ? Number(to.slice(0, 4)) : today.getUTCFullYear();

  const [
    enrollments,
    cases,
    citations,
    observations,
    reviews,
    promotions,
    awards,
    sessions,
    campaigns,
    paths,
  ] = await Promise.all([
    em.find(Enrollment, { employee: employee.id }, { populate: ['course'], orderBy: { id: 'asc' } }),
    em.find(PracticeCase, { employee: employee.id }, { orderBy: { id: 'asc' } }),
    em.find(KnowledgeCitation, { practiceCase: { employee: employee.id } }, { orderBy: { id: 'asc' } }),
    em.find(
      KpiObservation,
      { employee: employee.id, ...(to ? { month: { $lte: to } } : {}) },
      {
        populate: ['kpi'],
        orderBy: [{ kpi: 'asc' }, { month: 'asc' }],
      },
    ),
    em.find(PerformanceReview, { employee: employee.id }, { orderBy: { periodStart: 'asc' } }),
    em.find(Promotion, { employee: employee.id }, { orderBy: { effectiveOn: 'asc' } }),
    em.find(Award, { employee: employee.id }, { populate: ['campaign'], orderBy: { awardedOn: 'asc' } }),
    em.find(CourseSession, { lecturer: employee.id }, { populate: ['course'], orderBy: { startsOn: 'asc' } }),
    em.find(
      AwardCampaign,
      { periodStart: { $lte: `${year}-12-31` }, periodEnd: { $gte: `${year}-01-01` } },
      // The campaign starting last; among those starting together the longest (the annual one).
      { orderBy: [{ periodStart: 'desc' }, { periodEnd: 'desc' }], limit: 1 },
    ),
    em.find(CareerPath, { fromPosition: employee.position.id }, { orderBy: { id: 'asc' } }),
  ]);

  const inRange = (d: string | null): d is string => d !== null && (!from || d >= from) && (!to || d <= to);
  const events: ArchiveEventValue[] = [];
  const caseById = new Map(cases.map((c) => [c.id, c]));

  for (const e of enrollments) {
    const on = day(e.completedOn);
    if ((e.status !== EnrollmentStatus.COMPLETED && e.status !== EnrollmentStatus.FAILED) || !inRange(on))
      continue;
    const course = e.course.getEntity();
    const passed = e.status === EnrollmentStatus.COMPLETED;
    events.push({
      __typename: 'EnrollmentCompletedEvent',
      key: `EnrollmentCompleted:${e.id}`,
      occurredOn: on,
      title: `${passed ? 'Completed' : 'Failed'} ${course.name}${e.examScore !== null && e.examScore !== undefined ? ` (exam ${e.examScore})` : ''}`,
      enrollment: e,
      course,
      passed,
      hours: creditedHours(e, course),
      examScore: e.examScore ?? null,
      practiceScore: e.practiceScore ?? null,
    });
  }
  for (const s of sessions) {
    if (!inRange(s.startsOn)) continue;
    const course = s.course.getEntity();
    events.push({
      __typename: 'LectureGivenEvent',
      key: `LectureGiven:${s.id}`,
      occurredOn: s.startsOn,
      title: `Taught ${course.name}${s.ratingAvg !== null && s.ratingAvg !== undefined ? ` (rated ${s.ratingAvg})` : ''}`,
      session: s,
      course,
      lectureRating: s.ratingAvg ?? null,
      ratingCount: s.ratingCount,
    });
  }
  for (const c of cases) {
    const submitted = day(c.submittedAt);
    if (inRange(submitted)) {
      events.push({
        __typename: 'PracticeCaseSubmittedEvent',
        key: `PracticeCaseSubmitted:${c.id}`,
        occurredOn: submitted,
        title: `Submitted practice case “${c.title}”`,
        practiceCase: c,
      });
    }
    const reviewed = day(c.reviewedAt);
    if (c.status === PracticeCaseStatus.APPROVED && inRange(reviewed)) {
      events.push({
        __typename: 'PracticeCaseApprovedEvent',
        key: `PracticeCaseApproved:${c.id}`,
        occurredOn: reviewed,
        title: `Practice case “${c.title}” approved${c.reviewScore !== null && c.reviewScore !== undefined ? ` (score ${c.reviewScore})` : ''}`,
        practiceCase: c,
        score: c.reviewScore ?? null,
      });
    }
    const adopted = day(c.adoptedAt);
    if (inRange(adopted)) {
      events.push({
        __typename: 'PracticeCaseAdoptedEvent',
        key: `PracticeCaseAdopted:${c.id}`,
        occurredOn: adopted,
        title: `Practice case “${c.title}” adopted into the knowledge base`,
        practiceCase: c,
      });
    }
  }
  for (const citation of citations) {
    const on = day(citation.citedAt);
    const practiceCase = caseById.get(citation.practiceCase.id);
    if (!inRange(on) || !practiceCase) continue;
    events.push({
      __typename: 'PracticeCaseCitedEvent',
      key: `PracticeCaseCited:${citation.id}`,
      occurredOn: on,
      title: `Practice case “${practiceCase.title}” cited by another department`,
      practiceCase,
      department: loaders.byId(Department).load(citation.department.id),
      note: citation.note ?? null,
    });
  }
  let previous: { kpi: number; value: number } | null = null;
  for (const o of observations) {
    const kpi: KpiDefinition = o.kpi.getEntity();
    const prior: number | null = previous && previous.kpi === kpi.id ? previous.value : null;
    previous = { kpi: kpi.id, value: Number(o.value) };
    if (!inRange(o.month)) continue;
    const value = Number(o.value);
    const change = prior === null ? null : round(value - prior, 6);
    const improved =
      change === null ? null : kpi.direction === KpiDirection.LOWER_IS_BETTER ? change < 0 : change > 0;
    events.push({
      __typename: 'KpiChangeEvent',
      key: `KpiChange:${o.id}`,
      occurredOn: o.month,
      title: `${kpi.name} ${o.month.slice(0, 7)}: ${value}${kpi.unit === '%' ? '%' : ` ${kpi.unit}`}${change === null ? '' : ` (${change >= 0 ? '+' : ''}${change})`}`,
      kpi,
      month: o.month,
      value,
      previousValue: prior,
      change,
      improved,
    });
  }
  for (const r of reviews) {
    const on = day(r.reviewedAt) ?? r.periodStart;
    if (!inRange(on)) continue;
    events.push({
      __typename: 'PerformanceReviewedEvent',
      key: `PerformanceReviewed:${r.id}`,
      occurredOn: on,
      title: `Performance review ${r.period}: ${r.rating} (${r.finalScore})`,
      review: r,
      rating: r.rating,
      finalScore: Number(r.finalScore),
    });
  }
  for (const p of promotions) {
    if (!inRange(p.effectiveOn)) continue;
    events.push({
      __typename: 'PromotedEvent',
      key: `Promoted:${p.id}`,
      occurredOn: p.effectiveOn,
      title: 'Promoted',
      fromPosition: loaders.byId(Position).load(p.fromPosition.id),
      toPosition: loaders.byId(Position).load(p.toPosition.id),
    });
  }
  for (const a of awards) {
    if (!inRange(a.awardedOn)) continue;
    const campaign = a.campaign.getEntity();
    events.push({
      __typename: 'AwardedEvent',
      key: `Awarded:${a.id}`,
      occurredOn: a.awardedOn,
      title: `Awarded ${a.title} (${campaign.name})`,
      awardTitle: a.title,
      campaignName: campaign.name,
    });
  }
  events.sort(
    (a, b) =>
      a.occurredOn.localeCompare(b.occurredOn) ||
      SAME_DAY_ORDER.indexOf(a.__typename) - SAME_DAY_ORDER.indexOf(b.__typename) ||
      a.key.localeCompare(b.key, 'en', { numeric: true }),
  );

  // Summary (all-time except the hour figures, which are for `year`).
  let hoursThisYear = 0;
  const corePassed = new Set<number>();
  for (const e of enrollments) {
    if (e.status !== EnrollmentStatus.COMPLETED) continue;
    const course = e.course.getEntity();
    if (day(e.completedOn)?.startsWith(String(year))) hoursThisYear += creditedHours(e, course);
    if (course.core) corePassed.add(course.id);
  }
  let ratingSum = 0;
  let ratingCount = 0;
  for (const s of sessions) {
    if (s.ratingAvg === null || s.ratingAvg === undefined || !s.ratingCount) continue;
    ratingSum += Number(s.ratingAvg) * s.ratingCount;
    ratingCount += s.ratingCount;
  }
  const latest = reviews[reviews.length - 1] ?? null;
  const standardHours = campaigns[0] ? Number(campaigns[0].standardHours) : null;
  hoursThisYear = round(hoursThisYear, 1);

  return {
    employee: employee as Employee,
    from,
    to,
    events,
    generatedAt: today,
    summary: {
      year,
      hoursThisYear,
      standardHours,
      hoursRatio: standardHours ? round(hoursThisYear / standardHours, 4) : null,
      coreCoursesPassed: corePassed.size,
      approvedCases: cases.filter((c) => c.status === PracticeCaseStatus.APPROVED).length,
      adoptedCases: cases.filter((c) => c.adoptedAt).length,
      lecturesGiven: sessions.length,
      lectureRating: ratingCount ? round(ratingSum / ratingCount) : null,
      latestRating: latest?.rating ?? null,
      latestReviewPeriod: latest?.period ?? null,
      currentPosition: loaders.byId(Position).load(employee.position.id),
      nextPositions: paths,
    },
  };
}
