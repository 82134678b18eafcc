import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique, type Opt } from '@mikro-orm/core';
import type { AwardCriteria, TrainingImpactRule } from '@talentloop/rules';
import { AppUser } from './app-user.entity';
import { identityKey } from './columns';

/**
 * Generic versioned rule definitions for the rules engine. kind: TRAINING_IMPACT | PROMOTION |
 * AWARD | …; key: what the rule applies to (a course code, a position code, 'default').
 * Versions are immutable; editing creates version n+1. At most one active version per
 * (kind, key) — deactivate the old one before activating the new one in the same transaction.
 */
@Entity()
@Unique({ properties: ['kind', 'key', 'version'] })
@Index({
  name: 'rule_set_one_active_index',
  expression: 'create unique index "rule_set_one_active_index" on "rule_set" ("kind", "key") where "active"',
})
export class RuleSet {
  @PrimaryKey(identityKey)
  id!: number;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  /** The validated rule of its kind (@talentloop/rules schema output). */
  @Property({ type: 'json' })
  definition!: TrainingImpactRule | AwardCriteria;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => AppUser, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<AppUser> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
