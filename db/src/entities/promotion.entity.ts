import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { identityKey } from './columns';
import { Employee } from './employee.entity';
import { Position } from './position.entity';
import { PromotionApplication } from './promotion-application.entity';

/** Promotion history: an employee moved from one position to another on a date. */
@Entity()
@Index({ properties: ['employee', 'effectiveOn'] })
@Index({ properties: ['effectiveOn'] })
export class Promotion {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Position, { ref: true, index: true })
  fromPosition!: Ref<Position>;

  @ManyToOne(() => Position, { ref: true, index: true })
  toPosition!: Ref<Position>;

  @Property({ type: 'date' })
  effectiveOn!: string;

  /** Null for promotions imported from before TalentLoop. */
  @ManyToOne(() => PromotionApplication, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  application?: Ref<PromotionApplication> | null;
}
