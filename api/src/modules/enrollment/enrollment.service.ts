import type { EntityManager } from '@mikro-orm/core';
import { Course, CourseSession, Enrollment, EnrollmentStatus } from '@talentloop/db/entities';
import { Role, type Viewer } from '../../auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { parseGlobalId } from '../../common/relay';
import { inTransaction, recordAudit, snapshot } from '../audit/audit.service';
import { requireVisibleEmployee } from '../employee/employee.service';
import { emitEvent, EventType } from '../events/events.service';
import type { EnrollInput, RecordCompletionInput } from './enrollment.inputs';

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The employee a write is about: given explicitly, or the caller's own record. */
export function targetEmployeeId(viewer: Viewer, globalId: string | undefined, field = 'employeeId'): number {
  if (globalId) return parseGlobalId(globalId, 'Employee', field);
  if (viewer.employeeId === null)
    throw badInput({ field, message: 'is required for logins without an employee record' });
  return viewer.employeeId;
}

export async function enroll(em: EntityManager, viewer: Viewer, input: EnrollInput): Promise<Enrollment> {
  const employeeId = targetEmployeeId(viewer, input.employeeId);
  const courseId = parseGlobalId(input.courseId, 'Course', 'courseId');
  const sessionId = input.sessionId ? parseGlobalId(input.sessionId, 'CourseSession', 'sessionId') : null;
  if (viewer.role === Role.EMPLOYEE && employeeId !== viewer.employeeId) {
    throw forbidden('Employees can only enrol themselves', 'employeeId');
  }
  return inTransaction(em, async (tx) => {
    // Row scope decides whom the caller may enrol (a manager: their subtree).
    const employee = await requireVisibleEmployee(tx, employeeId, 'employeeId');
    const course = await tx.findOne(Course, courseId);
    if (!course) throw notFound('Course', courseId, 'courseId');
    if (!course.active) throw conflict('The course is no longer offered', 'courseId');
    let session: CourseSession | null = null;
    if (sessionId !== null) {
      session = await tx.findOne(CourseSession, sessionId);
      if (!session || session.course.id !== course.id)
        throw badInput({ field: 'sessionId', message: 'is not a session of this course' });
    }
    const previous = await tx.find(
      Enrollment,
      { employee: employee.id, course: course.id },
      { fields: ['status', 'enrolledOn'] },
    );
    if (previous.some((e) => e.status === EnrollmentStatus.ENROLLED)) {
      throw conflict('The employee is already enrolled in this course', 'courseId');
    }
    const enrolledOn = input.enrolledOn ?? today();
    // (employee, course, enrolled_on) is the enrollment's natural key (unique in the database,
    // and the import's idempotency key): a retake starts on a later day.
    if (previous.some((e) => e.enrolledOn === enrolledOn)) {
      throw conflict(
        `An attempt at this course already started on ${enrolledOn}; a retake starts on a later day`,
        'enrolledOn',
      );
    }
    const enrollment = tx.create(Enrollment, {
      employee,
      course,
      session,
      status: EnrollmentStatus.ENROLLED,
      enrolledOn,
      voluntary: input.voluntary ?? employee.id === viewer.employeeId,
      attempt: previous.length + 1,
      hours: 0,
    });
    await tx.flush();
    recordAudit(tx, viewer, 'enrollment.create', 'Enrollment', enrollment.id, null, snapshot(enrollment));
    await emitEvent(tx, EventType.ENROLLMENT_CREATED, {
      enrollmentId: enrollment.id,
      employeeId: employee.id,
      courseId: course.id,
      sessionId,
      voluntary: enrollment.voluntary,
    });
    return enrollment;
  });
}

/** Equal as stored: `value` rounds to `stored` at the column's scale (hours 1 decimal, scores 2). */
function sameAsStored(stored: number | null | undefined, value: number | null | undefined, scale: number) {
  if (stored === null || stored === undefined || value === null || value === undefined)
    return (stored ?? null) === (value ?? null);
  return Math.abs(Number(stored) - value) <= 0.5 * 10 ** -scale + 1e-9;
}

/**
 * The fields in which a resent result differs from the recorded one: what the first call would
 * have stored (an omitted completedOn is today, omitted scores are none); an omitted session
 * rating leaves the stored one alone, as it does on the first call.
 */
function replayDifferences(
  enrollment: Enrollment,
  input: RecordCompletionInput,
  completedOn: string,
): string[] {
  const differing: string[] = [];
  if (enrollment.completedOn !== completedOn) differing.push('completedOn');
  if (!sameAsStored(enrollment.hours, input.hours, 1)) differing.push('hours');
  if (!sameAsStored(enrollment.examScore, input.examScore, 2)) differing.push('examScore');
  if (!sameAsStored(enrollment.practiceScore, input.practiceScore, 2)) differing.push('practiceScore');
  if (input.sessionRating !== undefined && input.sessionRating !== null)
    if (enrollment.sessionRating !== input.sessionRating) differing.push('sessionRating');
  return differing;
}

/**
 * Records the result of an enrolment: COMPLETED, or FAILED when the exam score is below the
 * course's pass score. Emits ENROLLMENT_COMPLETED, which starts the linkage workflow
 * (practice task, KPI tracking window, promotion re-evaluation). Resending the recorded result
 * (same completion day, hours and scores) returns the enrolment and writes nothing; different
 * values for a recorded result are a CONFLICT naming the differing fields.
 */
export async function recordCompletion(
  em: EntityManager,
  viewer: Viewer,
  input: RecordCompletionInput,
): Promise<Enrollment> {
  const enrollmentId = parseGlobalId(input.enrollmentId, 'Enrollment', 'enrollmentId');
  const completedOn = input.completedOn ?? today();
  return inTransaction(em, async (tx) => {
    const enrollment = await tx.findOne(Enrollment, enrollmentId, { populate: ['course'] });
    if (!enrollment) throw notFound('Enrollment', enrollmentId, 'enrollmentId');
    if (viewer.role === Role.EMPLOYEE)
      throw forbidden('Employees cannot record their own results', 'enrollmentId');
    if (enrollment.status === EnrollmentStatus.COMPLETED || enrollment.status === EnrollmentStatus.FAILED) {
      // An LMS's nightly sync resends results it already sent: the same result is a no-op (no
      // row, audit entry or event written); a different one for a recorded result is refused.
      const differing = replayDifferences(enrollment, input, completedOn);
      if (differing.length === 0) return enrollment;
      throw conflict(
        `The enrolment is already ${enrollment.status} with other values (${differing.join(', ')}); a recorded result is not changed`,
        differing,
      );
    }
    if (enrollment.status !== EnrollmentStatus.ENROLLED) {
      throw conflict(`The enrolment is already ${enrollment.status}`, 'enrollmentId');
    }
    if (completedOn < enrollment.enrolledOn)
      throw badInput({ field: 'completedOn', message: 'must not be before the enrolment date' });
    const before = snapshot(enrollment);
    const course = enrollment.course.getEntity();
    const passed =
      input.examScore === undefined ||
      input.examScore === null ||
      input.examScore >= Number(course.passScore);
    enrollment.status = passed ? EnrollmentStatus.COMPLETED : EnrollmentStatus.FAILED;
    enrollment.completedOn = completedOn;
    enrollment.hours = input.hours;
    enrollment.examScore = input.examScore ?? null;
    enrollment.practiceScore = input.practiceScore ?? null;
    if (input.sessionRating !== undefined && input.sessionRating !== null) {
      if (!enrollment.session)
        throw badInput({ field: 'sessionRating', message: 'the enrolment has no session to rate' });
      enrollment.sessionRating = input.sessionRating;
      const session = await tx.findOneOrFail(CourseSession, enrollment.session.id);
      const count = session.ratingCount + 1;
      session.ratingAvg =
        Math.round(
          ((Number(session.ratingAvg ?? 0) * session.ratingCount + input.sessionRating) / count) * 100,
        ) / 100;
      session.ratingCount = count;
    }
    await tx.flush();
    recordAudit(tx, viewer, 'enrollment.complete', 'Enrollment', enrollment.id, before, snapshot(enrollment));
    await emitEvent(tx, EventType.ENROLLMENT_COMPLETED, {
      enrollmentId: enrollment.id,
      employeeId: enrollment.employee.id,
      courseId: course.id,
      status: enrollment.status,
      completedOn,
      hours: input.hours,
      examScore: enrollment.examScore,
      practiceScore: enrollment.practiceScore,
    });
    return enrollment;
  });
}
