import type { EntityManager } from '@mikro-orm/core';
import {
  Course,
  CourseSession,
  Employee,
  Enrollment,
  KpiObservation,
  PeerFeedback,
  PerformanceReview,
  PositionCompetency,
  PracticeCase,
  PracticeCaseStatus,
  TrainingImpact,
} from '@talentloop/db/entities';
import type { ImpactSummary } from '@talentloop/rules';
import type { ImpactVerdict } from '@talentloop/rules';
import type { ArchiveCompetency, CatalogCourse, GrowthArchive, IsoMonth, KpiPoint } from '@talentloop/rules';

// Maps ORM rows to the evaluators' plain inputs. A fixed number of statements per call,
// whatever the archive's size. Runs on whatever em it is given: a request em (row scope
// applies) or the workflow's system em.

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

export async function loadArchive(em: EntityManager, employeeId: number): Promise<GrowthArchive | null> {
  const employee = await em.findOne(Employee, employeeId, { populate: ['position'] });
  if (!employee) return null;
  // Sequential on purpose: inside a transaction all queries share one connection.
  const enrollments = await em.find(
    Enrollment,
    { employee: employeeId },
    { populate: ['course'], orderBy: { id: 'asc' } },
  );
  const cases = await em.find(PracticeCase, { employee: employeeId }, { orderBy: { id: 'asc' } });
  const sessions = await em.find(
    CourseSession,
    { lecturer: employeeId },
    { populate: ['course'], orderBy: { id: 'asc' } },
  );
  const reviews = await em.find(PerformanceReview, { employee: employeeId }, { orderBy: { period: 'asc' } });
  const feedback = await em.find(PeerFeedback, { employee: employeeId }, { orderBy: { id: 'asc' } });
  return {
    employee: {
      id: employee.id,
      name: employee.name,
      positionId: employee.position.id,
      positionName: employee.position.getEntity().name,
      departmentId: employee.department.id,
      managerId: employee.manager?.id ?? null,
      hireDate: employee.hireDate,
    },
    enrollments: enrollments.map((e) => ({
      id: e.id,
      courseId: e.course.id,
      courseCode: e.course.getEntity().code,
      courseName: e.course.getEntity().name,
      hours: Number(e.hours),
      status: e.status,
      completedOn: e.completedOn ?? null,
      examScore: e.examScore ?? null,
      practiceScore: e.practiceScore ?? null,
    })),
    cases: cases.map((c) => ({
      id: c.id,
      title: c.title,
      courseId: c.course?.id ?? null,
      enrollmentId: c.enrollment?.id ?? null,
      status: c.status,
      submittedOn: day(c.submittedAt)!,
      approvedOn: c.status === PracticeCaseStatus.APPROVED ? day(c.reviewedAt ?? c.submittedAt) : null,
      adoptedOn: day(c.adoptedAt),
    })),
    lectures: sessions.map((s) => ({
      id: s.id,
      courseId: s.course.id,
      courseName: s.course.getEntity().name,
      heldOn: s.startsOn,
      rating: s.ratingCount > 0 && s.ratingAvg != null ? Number(s.ratingAvg) : null,
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      period: r.period,
      finalScore: Number(r.finalScore),
      rating: r.rating,
    })),
    peerFeedback: feedback.map((f) => ({ id: f.id, givenOn: day(f.createdAt)!, score: Number(f.score) })),
    // There is no per-employee competency table: held competencies come from training only.
    competencies: [],
  };
}

export async function loadCatalog(em: EntityManager): Promise<CatalogCourse[]> {
  const courses = await em.find(
    Course,
    { active: true },
    { populate: ['competencies.competency'], orderBy: { id: 'asc' } },
  );
  return courses.map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    hours: Number(c.hours),
    core: c.core,
    competencies: c.competencies.getItems().map((cc) => cc.competency.getEntity().code),
  }));
}

export async function loadTargetCompetencies(
  em: EntityManager,
  positionId: number,
): Promise<ArchiveCompetency[]> {
  const rows = await em.find(
    PositionCompetency,
    { position: positionId },
    { populate: ['competency'], orderBy: { id: 'asc' } },
  );
  return rows.map((r) => ({ code: r.competency.getEntity().code, name: r.competency.getEntity().name }));
}

/** Company-wide measured contribution % per course (mean over evaluated enrollments). */
export async function loadCourseImpacts(em: EntityManager): Promise<Record<number, number>> {
  const rows = await em.getConnection().execute<{ course_id: number; pct: string }[]>(
    'select course_id, avg(contribution) * 100 as pct from training_impact where contribution is not null group by course_id',
    [],
    'all',
    // Inside a transaction the query must ride on it: PGlite serves one session at a time.
    em.getTransactionContext(),
  );
  return Object.fromEntries(
    rows.map((r: { course_id: number; pct: string }) => [
      Number(r.course_id),
      Math.round(Number(r.pct) * 100) / 100,
    ]),
  );
}

/** The employee's evaluated training impacts, as the promotion report reads them. */
export async function loadImpactSummaries(em: EntityManager, employeeId: number): Promise<ImpactSummary[]> {
  const rows = await em.find(
    TrainingImpact,
    { employee: employeeId },
    { populate: ['course'], orderBy: { id: 'asc' } },
  );
  return rows.map((r) => ({
    enrollmentId: r.enrollment.id,
    courseId: r.course.id,
    courseName: r.course.getEntity().name,
    verdict: ((r.metrics as { verdict?: string }).verdict ?? r.outcome) as ImpactVerdict,
    contributionPct: r.contribution == null ? null : Math.round(Number(r.contribution) * 10000) / 100,
  }));
}

/**
 * Monthly KPI values for an employee; KPIs measured per production line instead (no employee
 * rows) fall back to the mean over the lines owned by the employee's department.
 */
export async function loadKpiSeries(
  em: EntityManager,
  employee: { id: number; departmentId?: number | null },
  kpiCodes: string[],
  from: IsoMonth,
  to: IsoMonth,
): Promise<Record<string, KpiPoint[]>> {
  const range = { $gte: `${from}-01`, $lte: `${to}-01` };
  const own = await em.find(
    KpiObservation,
    { employee: employee.id, kpi: { code: { $in: kpiCodes } }, month: range },
    { populate: ['kpi'] },
  );
  const series: Record<string, KpiPoint[]> = {};
  for (const o of own)
    (series[o.kpi.getEntity().code] ??= []).push({ month: o.month.slice(0, 7), value: Number(o.value) });
  const missing = kpiCodes.filter((c) => !series[c]);
  if (missing.length > 0 && employee.departmentId != null) {
    const lines = await em.find(
      KpiObservation,
      {
        productionLine: { $ne: null },
        department: employee.departmentId,
        kpi: { code: { $in: missing } },
        month: range,
      },
      { populate: ['kpi'] },
    );
    for (const o of lines)
      (series[o.kpi.getEntity().code] ??= []).push({ month: o.month.slice(0, 7), value: Number(o.value) });
  }
  return series;
}
