import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique, type Opt } from '@mikro-orm/core';
import type { PromotionRule as PromotionRuleDefinition } from '@talentloop/rules';
import { AppUser } from './app-user.entity';
import { identityKey } from './columns';
import { Position } from './position.entity';

/**
 * Hard gates and weights for promotion to `targetPosition` (required courses with minimum
 * scores, practice score, approved cases, minimum rating, weights) as versioned JSON.
 * Applications keep a reference to the exact version they were judged by.
 */
@Entity()
@Unique({ properties: ['targetPosition', 'version'] })
export class PromotionRule {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Position, { ref: true })
  targetPosition!: Ref<Position>;

  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /** The validated rule (@talentloop/rules PromotionRuleSchema output). */
  @Property({ type: 'json' })
  definition!: PromotionRuleDefinition;

  @ManyToOne(() => AppUser, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<AppUser> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
