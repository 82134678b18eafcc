import type { EntityManager } from '@mikro-orm/core';
import { Course, CourseSession, Employee } from '@talentloop/db/entities';
import type { Viewer } from '../../auth/viewer';
import { badInput, conflict, notFound } from '../../common/errors';
import { parseGlobalId } from '../../common/relay';
import { inTransaction, recordAudit, snapshot } from '../audit/audit.service';
import { emitEvent, EventType } from '../events/events.service';
import type { CreateCourseInput, CreateCourseSessionInput, UpdateCourseInput } from './course.inputs';

export async function createCourse(
  em: EntityManager,
  viewer: Viewer,
  input: CreateCourseInput,
): Promise<Course> {
  return inTransaction(em, async (tx) => {
    if (await tx.count(Course, { code: input.code }))
      throw conflict(`A course with code ${input.code} already exists`, 'code');
    const course = tx.create(Course, {
      code: input.code,
      name: input.name,
      category: input.category.toUpperCase(),
      hours: input.hours,
      cost: input.cost,
      core: input.core,
      mandatory: input.mandatory,
      passScore: input.passScore,
      description: input.description ?? null,
      active: true,
    });
    await tx.flush();
    recordAudit(tx, viewer, 'course.create', 'Course', course.id, null, snapshot(course));
    await emitEvent(tx, EventType.COURSE_CREATED, { courseId: course.id });
    return course;
  });
}

export async function updateCourse(
  em: EntityManager,
  viewer: Viewer,
  id: number,
  input: UpdateCourseInput,
): Promise<Course> {
  return inTransaction(em, async (tx) => {
    const course = await tx.findOne(Course, id);
    if (!course) throw notFound('Course', id, 'id');
    const before = snapshot(course);
    for (const key of [
      'name',
      'hours',
      'cost',
      'core',
      'mandatory',
      'passScore',
      'description',
      'active',
    ] as const) {
      if (input[key] !== undefined && input[key] !== null)
        (course as unknown as Record<string, unknown>)[key] = input[key];
    }
    if (input.category) course.category = input.category.toUpperCase();
    await tx.flush();
    recordAudit(tx, viewer, 'course.update', 'Course', course.id, before, snapshot(course));
    return course;
  });
}

export async function createCourseSession(
  em: EntityManager,
  viewer: Viewer,
  input: CreateCourseSessionInput,
): Promise<CourseSession> {
  const courseId = parseGlobalId(input.courseId, 'Course', 'courseId');
  const lecturerId = input.lecturerId ? parseGlobalId(input.lecturerId, 'Employee', 'lecturerId') : null;
  if (input.endsOn < input.startsOn)
    throw badInput({ field: 'endsOn', message: 'must not be before startsOn' });
  return inTransaction(em, async (tx) => {
    const course = await tx.findOne(Course, courseId);
    if (!course) throw notFound('Course', courseId, 'courseId');
    if (!course.active) throw conflict('The course is no longer offered', 'courseId');
    // Any employee may teach; the lecturer's archive stays scoped, so look the id up unscoped.
    if (lecturerId !== null && !(await tx.count(Employee, { id: lecturerId }, { filters: false }))) {
      throw notFound('Employee', lecturerId, 'lecturerId');
    }
    const session = tx.create(CourseSession, {
      course,
      lecturer: lecturerId === null ? null : tx.getReference(Employee, lecturerId),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      location: input.location ?? null,
      capacity: input.capacity ?? null,
      ratingCount: 0,
    });
    await tx.flush();
    recordAudit(tx, viewer, 'courseSession.create', 'CourseSession', session.id, null, snapshot(session));
    await emitEvent(tx, EventType.COURSE_SESSION_CREATED, { sessionId: session.id, courseId, lecturerId });
    return session;
  });
}
