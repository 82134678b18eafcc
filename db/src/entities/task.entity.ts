import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { identityKey } from './columns';
import { Employee } from './employee.entity';

export enum TaskType {
  /** Apply a completed course on the job and submit a practice case. */
  PRACTICE = 'PRACTICE',
  /** Manager: review a submitted practice case. */
  REVIEW = 'REVIEW',
  /** Retake a course after a RETRAIN outcome. */
  RETRAIN = 'RETRAIN',
  /** Manager: check likely causes when a course showed no significant effect. */
  INVESTIGATE = 'INVESTIGATE',
  PROMOTION_REVIEW = 'PROMOTION_REVIEW',
  OTHER = 'OTHER',
}

export enum TaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** Work created by the linkage workflow. `subjectType`/`subjectId` point at the entity concerned. */
@Entity()
@Index({ properties: ['assignee', 'createdAt'] })
@Index({ properties: ['assignee', 'status', 'dueOn'] })
@Index({ properties: ['subjectType', 'subjectId'] })
export class Task {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Employee, { ref: true })
  assignee!: Ref<Employee>;

  @Enum({ items: () => TaskType })
  type!: TaskType;

  @Property({ type: 'text' })
  title!: string;

  /** Entity name, e.g. 'Enrollment', 'PracticeCase'. */
  @Property({ type: 'text', nullable: true })
  subjectType?: string | null;

  @Property({ type: 'integer', nullable: true })
  subjectId?: number | null;

  @Enum({ items: () => TaskStatus, default: TaskStatus.OPEN })
  status: Opt<TaskStatus> = TaskStatus.OPEN;

  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  /** The manager's evaluation of the completed task (score, comment …). */
  @Property({ type: 'json', nullable: true })
  evaluation?: Record<string, unknown> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;
}
