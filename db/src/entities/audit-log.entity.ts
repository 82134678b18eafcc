import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { AppUser } from './app-user.entity';
import { identityKey } from './columns';

/** Who changed what: every mutation and workflow step, with before/after images. */
@Entity()
@Index({ properties: ['entityType', 'entityId', 'at'] })
@Index({ properties: ['actor', 'at'] })
@Index({ properties: ['at'] })
export class AuditLog {
  @PrimaryKey(identityKey)
  id!: number;

  /**
   * The login that acted; null for the system's own jobs. No foreign key: audit rows outlive
   * logins, and a cascade (set null) would be an UPDATE, which audit_log refuses.
   */
  @ManyToOne(() => AppUser, { ref: true, nullable: true, createForeignKeyConstraint: false })
  actor?: Ref<AppUser> | null;

  /** `user:<id>` or `system:<job>` (e.g. system:outbox): every row is attributed. */
  @Property({ type: 'text' })
  actorLabel!: string;

  /** e.g. practiceCase.approve, promotionRule.create, event.EnrollmentCompleted. */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  entityType!: string;

  /** Text so composite or external ids fit too. */
  @Property({ type: 'text', nullable: true })
  entityId?: string | null;

  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();
}
