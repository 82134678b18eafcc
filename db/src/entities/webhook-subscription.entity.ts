import { ArrayType, Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { identityKey } from './columns';

/**
 * Where an outside system wants domain events delivered (docs/api.md "Webhooks"). The signing
 * secret is stored encrypted (the PII keys, see pii-crypto) because the worker must sign with
 * it; the API returns it once, at creation.
 */
@Entity()
export class WebhookSubscription {
  @PrimaryKey(identityKey)
  id!: number;

  /** http(s) only; private and loopback targets are refused in production (WEBHOOK_ALLOW_PRIVATE). */
  @Property({ type: 'text' })
  url!: string;

  /** Public event type codes (WebhookEventType), e.g. {COURSE_COMPLETED,VERDICT}. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  eventTypes!: string[];

  /** `<key id>:<AES-256-GCM ciphertext>` of the `whsec_…` secret. */
  @Property({ type: 'text', hidden: true })
  secretCipher!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /** The login that created it (no foreign key: like audit rows, it outlives logins). */
  @Property({ type: 'integer', nullable: true })
  createdBy?: number | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;
}
