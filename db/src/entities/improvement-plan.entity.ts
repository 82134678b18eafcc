import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { identityKey } from './columns';
import { Course } from './course.entity';
import { Employee } from './employee.entity';
import { Enrollment } from './enrollment.entity';

export enum ImprovementPlanStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Opened when a course's KPI effect is below the RETRAIN threshold; closed when the target is met. */
@Entity()
@Index({ properties: ['employee', 'openedAt'] })
export class ImprovementPlan {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Course, { ref: true, index: true })
  course!: Ref<Course>;

  /** The enrollment whose result triggered the plan. */
  @ManyToOne(() => Enrollment, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  enrollment?: Ref<Enrollment> | null;

  @Property({ type: 'text' })
  reason!: string;

  @Enum({ items: () => ImprovementPlanStatus, default: ImprovementPlanStatus.OPEN })
  status: Opt<ImprovementPlanStatus> = ImprovementPlanStatus.OPEN;

  @Property({ type: 'datetime' })
  openedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /** The target to reach, in words (e.g. "sales growth ≥ 5% for 3 months"). */
  @Property({ type: 'text', nullable: true })
  target?: string | null;
}
