import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
  type Opt,
} from '@mikro-orm/core';
import { hours, identityKey, score } from './columns';
import { CourseSession } from './course-session.entity';
import { Course } from './course.entity';
import { Employee } from './employee.entity';

export enum EnrollmentStatus {
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * An employee taking a course (one row per attempt — retakes after RETRAIN are new rows).
 * (employee, course, enrolledOn) is the natural key of an attempt — the historical import
 * matches rows on it — so it is unique (Migration20261127213000).
 */
@Entity()
@Unique({ properties: ['employee', 'course', 'enrolledOn'] })
@Index({ properties: ['employee', 'enrolledOn'] })
@Index({ properties: ['course', 'completedOn'] })
@Index({ properties: ['employee', 'course'] })
// Enrolment-month ranges (Cube's per-partition refresh keys: count, completions and hours of
// one month) as index-only scans instead of a pass over every enrollment. Migration20261207181000.
@Index({
  name: 'enrollment_enrolled_on_index',
  expression:
    'create index "enrollment_enrolled_on_index" on "enrollment" ("enrolled_on") include ("completed_on", "hours")',
})
export class Enrollment {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Course, { ref: true })
  course!: Ref<Course>;

  @ManyToOne(() => CourseSession, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  session?: Ref<CourseSession> | null;

  @Enum({ items: () => EnrollmentStatus, default: EnrollmentStatus.ENROLLED })
  status: Opt<EnrollmentStatus> = EnrollmentStatus.ENROLLED;

  @Property({ type: 'date' })
  enrolledOn!: string;

  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  /** Hours actually attended (may differ from the course's nominal hours). */
  @Property(hours({ default: 0 }))
  hours: Opt<number> = 0;

  @Property(score({ nullable: true }))
  examScore?: number | null;

  /** 实践应用 score: how well the learning was applied on the job. */
  @Property(score({ nullable: true }))
  practiceScore?: number | null;

  /** Chosen by the employee rather than assigned. */
  @Property({ type: 'boolean', default: false })
  voluntary: Opt<boolean> = false;

  /** 1 for the first attempt, 2+ for retakes. */
  @Property({ type: 'integer', default: 1 })
  attempt: Opt<number> = 1;

  /** The participant's rating of the session (1–5). */
  @Property({ type: 'smallint', nullable: true })
  sessionRating?: number | null;
}
