import type { EntityManager } from '@mikro-orm/core';
import { Course, Employee, Enrollment, EnrollmentStatus, Task, TaskType } from '@talentloop/db/entities';

/**
 * An attempt the system or a manager assigns (a RETRAIN verdict's retake, a manager's retraining or
 * other course): an ENROLLED, non-voluntary enrollment, and a task on the employee that points at
 * it. The callers check whether one may be assigned and audit it; this only writes the two rows.
 */
export async function assignAttempt(
  em: EntityManager,
  attempt: {
    employee: Employee;
    course: Course;
    enrolledOn: string;
    attempt: number;
    task: { type: TaskType; title: string; createdAt?: Date };
  },
): Promise<Enrollment> {
  const enrollment = em.create(Enrollment, {
    employee: attempt.employee,
    course: attempt.course,
    status: EnrollmentStatus.ENROLLED,
    enrolledOn: attempt.enrolledOn,
    attempt: attempt.attempt,
    voluntary: false,
  });
  // The task names the enrollment by id: write it first.
  await em.flush();
  em.create(Task, {
    assignee: attempt.employee,
    type: attempt.task.type,
    title: attempt.task.title,
    subjectType: 'Enrollment',
    subjectId: enrollment.id,
    ...(attempt.task.createdAt ? { createdAt: attempt.task.createdAt } : {}),
  });
  return enrollment;
}
