import { Check, Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { identityKey } from './columns';
import { Competency } from './competency.entity';
import { Position } from './position.entity';

/** A position's requirement: competency at `requiredLevel` (1–5). */
@Entity()
@Unique({ properties: ['position', 'competency'] })
@Check({ name: 'position_competency_level_range', expression: 'required_level between 1 and 5' })
export class PositionCompetency {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Position, { ref: true })
  position!: Ref<Position>;

  @ManyToOne(() => Competency, { ref: true, index: true })
  competency!: Ref<Competency>;

  @Property({ type: 'integer' })
  requiredLevel!: number;
}
