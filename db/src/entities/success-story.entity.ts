import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Award } from './award.entity';
import { identityKey } from './columns';
import { Employee } from './employee.entity';

/** A published story about an award winner's path (learn → improve → be rewarded). */
@Entity()
@Index({ properties: ['employee', 'createdAt'] })
export class SuccessStory {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Award, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  award?: Ref<Award> | null;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
