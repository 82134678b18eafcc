import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * The public event outbox: one row per domain fact an outside system may subscribe to, written
 * in the transaction of the change (so it exists iff the change commits). The webhook worker
 * fans each row out to the matching subscriptions' deliveries, then stamps fanned_out_at.
 * `id` is the event id receivers deduplicate on (the Idempotency-Key header).
 */
@Entity()
@Index({
  name: 'webhook_event_pending_index',
  expression:
    'create index "webhook_event_pending_index" on "webhook_event" ("occurred_at", "id") where "fanned_out_at" is null',
})
export class WebhookEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** WebhookEventType code, e.g. VERDICT. */
  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  fannedOutAt?: Date | null;
}
