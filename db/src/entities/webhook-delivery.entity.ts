import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { identityKey } from './columns';
import { WebhookEvent } from './webhook-event.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

export enum WebhookDeliveryStatus {
  /** Not tried yet. */
  PENDING = 'PENDING',
  /** Tried and failed; tried again at next_attempt_at. */
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  /** Gave up after the maximum attempts (the dead-letter view); `redeliverWebhook` revives it. */
  DEAD = 'DEAD',
}

/** One event for one subscription: attempts, back-off and outcome (at-least-once delivery). */
@Entity()
@Unique({ properties: ['subscription', 'event'] })
@Index({
  name: 'webhook_delivery_due_index',
  expression:
    'create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at", "id") where "status" in (\'PENDING\', \'RETRYING\')',
})
@Index({ properties: ['status', 'id'] })
export class WebhookDelivery {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => WebhookSubscription, { ref: true, deleteRule: 'cascade' })
  subscription!: Ref<WebhookSubscription>;

  @ManyToOne(() => WebhookEvent, { ref: true, index: true, deleteRule: 'cascade' })
  event!: Ref<WebhookEvent>;

  @Enum({ items: () => WebhookDeliveryStatus, default: WebhookDeliveryStatus.PENDING })
  status: Opt<WebhookDeliveryStatus> = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  /** Due time of the next attempt; while an attempt is in flight, the end of its lease. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  nextAttemptAt: Opt<Date> = new Date();

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
