import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { identityKey, score } from './columns';
import { Employee } from './employee.entity';

/** 同事评价: a colleague's score and comment for a period. */
@Entity()
@Index({ properties: ['employee', 'period'] })
export class PeerFeedback {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Employee, { ref: true, index: true })
  fromEmployee!: Ref<Employee>;

  @Property({ type: 'text' })
  period!: string;

  @Property(score())
  score!: number;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
