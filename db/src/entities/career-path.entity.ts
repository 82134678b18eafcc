import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { identityKey } from './columns';
import { Position } from './position.entity';

/** An edge of the career graph: holders of `fromPosition` are typically promoted to `toPosition`. */
@Entity()
@Unique({ properties: ['fromPosition', 'toPosition'] })
export class CareerPath {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Position, { ref: true })
  fromPosition!: Ref<Position>;

  @ManyToOne(() => Position, { ref: true, index: true })
  toPosition!: Ref<Position>;

  /** Typical time in the from-position before the move; feeds "estimated time left". */
  @Property({ type: 'integer', nullable: true })
  typicalMonths?: number | null;
}
