import {
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  type Opt,
  Unique,
} from '@mikro-orm/core';
import { identityKey, score } from './columns';
import { Course } from './course.entity';
import { Employee } from './employee.entity';

/** One run of a course, usually taught by an internal lecturer (讲师) — lecturing counts for awards. */
@Entity()
@Index({ properties: ['course', 'startsOn'] })
@Index({ properties: ['lecturer', 'startsOn'] })
@Check({ name: 'course_session_date_order', expression: 'ends_on >= starts_on' })
@Unique({ name: 'course_session_source_external_unique', properties: ['sourceSystem', 'externalId'] })
export class CourseSession {
  @PrimaryKey(identityKey)
  id!: number;

  /** This row's key in the system it is synced from (HRIS, LMS …): unique per source system. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  /** The system that owns `externalId` (e.g. HRIS, LMS, MES); set together with it. */
  @Property({ type: 'text', nullable: true })
  sourceSystem?: string | null;

  @ManyToOne(() => Course, { ref: true })
  course!: Ref<Course>;

  /** Null for external trainers. */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'set null' })
  lecturer?: Ref<Employee> | null;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'text', nullable: true })
  location?: string | null;

  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  /** Average participant rating (1–5), kept with its count so new ratings fold in exactly. */
  @Property(score({ precision: 3, scale: 2, nullable: true }))
  ratingAvg?: number | null;

  @Property({ type: 'integer', default: 0 })
  ratingCount: Opt<number> = 0;
}
