import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { identityKey } from './columns';

/**
 * Transactional outbox. Events are written in the same transaction as the change that caused
 * them; a worker (any API instance) claims due rows with FOR UPDATE SKIP LOCKED, so several
 * instances can share the queue. `idempotencyKey` makes re-emitting the same fact a no-op.
 */
@Entity()
@Index({
  name: 'domain_event_pending_index',
  expression:
    'create index "domain_event_pending_index" on "domain_event" ("available_at", "id") where "processed_at" is null',
})
@Index({ properties: ['aggregateType', 'aggregateId'] })
export class DomainEvent {
  @PrimaryKey(identityKey)
  id!: number;

  /** e.g. EnrollmentCompleted, PracticeCaseSubmitted, PracticeCaseApproved. */
  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'text' })
  aggregateType!: string;

  @Property({ type: 'integer' })
  aggregateId!: number;

  @Property({ type: 'text', unique: true })
  idempotencyKey!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  /** Not before this time (retry back-off). */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  availableAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  processedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;
}
