import type { EntityManager } from '@mikro-orm/core';
import { WebhookDelivery, WebhookDeliveryStatus, WebhookSubscription } from '@talentloop/db/entities';
import { loadSettings } from '@talentloop/db/config';
import { sealPii } from '@talentloop/db/pii-crypto';
import type { Viewer } from '../../auth/viewer';
import { badInput, notFound } from '../../common/errors';
import { inTransaction, recordAudit } from '../audit/audit.service';
import type { WebhookEventType } from './webhooks.events';
import type { WebhookDeliveryType, WebhookSubscriptionType } from './webhooks.type';
import { newWebhookSecret } from './webhooks.signature';
import { checkWebhookUrl } from './webhooks.url';

const URL_MESSAGES = {
  SCHEME: 'must be an http or https URL',
  INVALID: 'is not a URL',
  CREDENTIALS: 'must not carry a user name or password',
  PRIVATE_TARGET: 'points at a private or loopback address (allowed only with WEBHOOK_ALLOW_PRIVATE=true)',
} as const;

/** Private targets are refused in production unless WEBHOOK_ALLOW_PRIVATE=true. */
export function allowPrivateTargets(nodeEnv: string): boolean {
  return nodeEnv !== 'production' || loadSettings(['WEBHOOK_ALLOW_PRIVATE']).WEBHOOK_ALLOW_PRIVATE;
}

export function toSubscription(s: WebhookSubscription): WebhookSubscriptionType {
  return {
    databaseId: s.id,
    url: s.url,
    eventTypes: s.eventTypes as WebhookEventType[],
    description: s.description ?? null,
    active: s.active,
    createdAt: s.createdAt,
    disabledAt: s.disabledAt ?? null,
  };
}

export function toDelivery(d: WebhookDelivery): WebhookDeliveryType {
  return {
    databaseId: d.id,
    subscriptionId: d.subscription.id,
    eventId: d.event.id,
    eventType: d.event.getEntity().type as WebhookEventType,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt,
    lastError: d.lastError ?? null,
    lastStatusCode: d.lastStatusCode ?? null,
    deliveredAt: d.deliveredAt ?? null,
    createdAt: d.createdAt,
  };
}

export async function createSubscription(
  em: EntityManager,
  viewer: Viewer,
  input: { url: string; eventTypes: WebhookEventType[]; description?: string },
  allowPrivate: boolean,
): Promise<{ subscription: WebhookSubscription; secret: string }> {
  const problem = await checkWebhookUrl(input.url, allowPrivate);
  if (problem) throw badInput({ field: 'input.url', message: URL_MESSAGES[problem] });
  const secret = newWebhookSecret();
  const subscription = await inTransaction(em, async (tx) => {
    const row = tx.create(WebhookSubscription, {
      url: input.url,
      eventTypes: [...new Set(input.eventTypes)].sort(),
      secretCipher: sealPii(secret)!,
      description: input.description ?? null,
      createdBy: viewer.userId,
    });
    await tx.flush();
    // The secret never reaches the audit log (snapshot omits the hidden cipher column too).
    recordAudit(tx, viewer, 'webhookSubscription.create', 'WebhookSubscription', row.id, null, {
      url: row.url,
      eventTypes: row.eventTypes,
    });
    return row;
  });
  return { subscription, secret };
}

export async function disableSubscription(em: EntityManager, viewer: Viewer, id: number) {
  return inTransaction(em, async (tx) => {
    const row = await tx.findOne(WebhookSubscription, id);
    if (!row) throw notFound('WebhookSubscription', id, 'id');
    if (!row.active) return row;
    row.active = false;
    row.disabledAt = new Date();
    recordAudit(
      tx,
      viewer,
      'webhookSubscription.disable',
      'WebhookSubscription',
      row.id,
      { active: true },
      {
        active: false,
      },
    );
    return row;
  });
}

/** Queues a delivery again (a DEAD one from the dead-letter view, or any other) with fresh attempts. */
export async function redeliver(em: EntityManager, viewer: Viewer, id: number): Promise<WebhookDelivery> {
  return inTransaction(em, async (tx) => {
    const row = await tx.findOne(WebhookDelivery, id, { populate: ['event'] });
    if (!row) throw notFound('WebhookDelivery', id, 'deliveryId');
    const before = { status: row.status, attempts: row.attempts };
    row.status = WebhookDeliveryStatus.PENDING;
    row.attempts = 0;
    row.nextAttemptAt = new Date();
    row.lastError = null;
    recordAudit(tx, viewer, 'webhookDelivery.redeliver', 'WebhookDelivery', row.id, before, {
      status: row.status,
      attempts: 0,
    });
    return row;
  });
}
