import type { FilterQuery } from '@mikro-orm/core';
import { IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import { WebhookDelivery, WebhookDeliveryStatus, WebhookSubscription } from '@talentloop/db/entities';
import { Role, type Viewer } from '../../auth/viewer';
import { assertCompanyWideWriter } from '../../auth/write-scope';
import { PageInput, paginate } from '../../common/relay';
import type { Context } from '../../context';
import {
  allowPrivateTargets,
  createSubscription,
  disableSubscription,
  redeliver,
  toDelivery,
  toSubscription,
} from './webhooks.service';
import {
  CreatedWebhookSubscription,
  CreateWebhookSubscriptionInput,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookSubscriptionType,
} from './webhooks.type';

/** HR, or an integration token with this scope (and no department restriction: events are company-wide). */
export const WEBHOOKS_SCOPE = 'webhooks:manage';
const MANAGERS = [Role.HR, `scope:${WEBHOOKS_SCOPE}`];

function manager(ctx: Context): Viewer {
  const viewer = ctx.viewer!;
  // A department-limited integration must not receive other departments' events.
  assertCompanyWideWriter(
    viewer,
    'Webhooks carry company-wide events: a department-limited token cannot manage them',
  );
  return viewer;
}

@ArgsType()
class WebhookDeliveriesArgs extends PageInput {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'DEAD: the dead-letter view.' })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  subscriptionId?: number;
}

@Resolver()
export class WebhooksResolver {
  @Authorized(...MANAGERS)
  @Query(() => [WebhookSubscriptionType], { description: 'Webhook subscriptions, newest first.' })
  async webhookSubscriptions(@Ctx() ctx: Context): Promise<WebhookSubscriptionType[]> {
    manager(ctx);
    const rows = await ctx.em.find(WebhookSubscription, {}, { orderBy: { id: 'desc' } });
    return rows.map(toSubscription);
  }

  @Authorized(...MANAGERS)
  @Query(() => WebhookDeliveryConnection, {
    description: 'Deliveries, newest first; `status: DEAD` is the dead-letter view.',
  })
  async webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    manager(ctx);
    const where: FilterQuery<WebhookDelivery> = {
      ...(args.status ? { status: args.status } : {}),
      ...(args.subscriptionId ? { subscription: args.subscriptionId } : {}),
    };
    const page = await paginate(ctx.em, WebhookDelivery, where, [{ id: 'desc' }], args, info);
    await ctx.em.populate(page.nodes, ['event']);
    return {
      ...page,
      edges: page.edges.map((e) => ({ ...e, node: toDelivery(e.node) })),
      nodes: page.nodes.map(toDelivery),
    };
  }

  @Authorized(...MANAGERS)
  @Mutation(() => CreatedWebhookSubscription, {
    description: 'Subscribes a URL to event types; returns the signing secret once.',
  })
  async createWebhookSubscription(
    @Arg('input', () => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedWebhookSubscription> {
    const viewer = manager(ctx);
    const created = await createSubscription(ctx.em, viewer, input, allowPrivateTargets(ctx.config.NODE_ENV));
    return { subscription: toSubscription(created.subscription), secret: created.secret };
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WebhookSubscriptionType, { description: 'Stops deliveries to a subscription.' })
  async disableWebhookSubscription(
    @Arg('id', () => Int) id: number,
    @Ctx() ctx: Context,
  ): Promise<WebhookSubscriptionType> {
    return toSubscription(await disableSubscription(ctx.em, manager(ctx), id));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WebhookDeliveryType, {
    description: 'Queues a delivery again (e.g. from the dead-letter view).',
  })
  async redeliverWebhook(
    @Arg('deliveryId', () => Int) deliveryId: number,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryType> {
    return toDelivery(await redeliver(ctx.em, manager(ctx), deliveryId));
  }
}
