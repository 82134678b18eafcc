import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { identityKey, score } from './columns';
import { Course } from './course.entity';
import { Employee } from './employee.entity';
import { Enrollment } from './enrollment.entity';

export enum PracticeCaseStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** 实践案例: how an employee applied a course; reviewed by the manager; may enter the knowledge base. */
@Entity()
@Index({ properties: ['employee', 'submittedAt'] })
@Index({ properties: ['reviewer', 'status'] })
@Index({
  name: 'practice_case_adopted_index',
  expression:
    'create index "practice_case_adopted_index" on "practice_case" ("adopted_at") where "adopted_at" is not null',
})
export class PracticeCase {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Enrollment, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  enrollment?: Ref<Enrollment> | null;

  @ManyToOne(() => Course, { ref: true, index: true, nullable: true })
  course?: Ref<Course> | null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Enum({ items: () => PracticeCaseStatus, default: PracticeCaseStatus.SUBMITTED })
  status: Opt<PracticeCaseStatus> = PracticeCaseStatus.SUBMITTED;

  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'set null' })
  reviewer?: Ref<Employee> | null;

  @Property(score({ nullable: true }))
  reviewScore?: number | null;

  @Property({ type: 'text', nullable: true })
  reviewComment?: string | null;

  /** Set when the case is adopted into the knowledge base (award evidence). */
  @Property({ type: 'datetime', nullable: true })
  adoptedAt?: Date | null;
}
