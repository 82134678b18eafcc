import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { identityKey } from './columns';
import { Employee } from './employee.entity';

/** An in-app message to an employee (e.g. "you now meet every gate for 高级客户经理"). */
@Entity()
@Index({ properties: ['recipient', 'createdAt'] })
@Index({
  name: 'notification_unread_index',
  expression:
    'create index "notification_unread_index" on "notification" ("recipient_id") where "read_at" is null',
})
export class Notification {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'cascade' })
  recipient!: Ref<Employee>;

  /** e.g. PROMOTION_GATE_MET, CASE_REVIEWED, RETRAIN_ASSIGNED. */
  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  body?: string | null;

  /** Ids of the entities the message is about, for deep links. */
  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
