import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WebhookDeliveryStatus } from '@talentloop/db/entities';
import { Connection } from '../../common/relay';
import { DateTimeScalar } from '../../common/scalars';
import { WebhookEventType } from './webhooks.events';

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'Domain events delivered to webhook subscriptions (docs/api.md "Webhooks").',
});
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING → DELIVERED, or RETRYING (back-off) … → DEAD after the last attempt.',
});

@ObjectType({ description: 'Where events are POSTed, signed with the subscription’s secret.' })
export class WebhookSubscriptionType {
  @Field(() => Int) databaseId!: number;
  @Field() url!: string;
  @Field(() => [WebhookEventType]) eventTypes!: WebhookEventType[];
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() active!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) disabledAt!: Date | null;
}

@ObjectType({ description: 'A new subscription and its signing secret, shown this once.' })
export class CreatedWebhookSubscription {
  @Field(() => WebhookSubscriptionType) subscription!: WebhookSubscriptionType;
  @Field({ description: '`whsec_…`: verify TalentLoop-Signature with it. Not retrievable later.' })
  secret!: string;
}

@ObjectType({ description: 'One event for one subscription: attempts, back-off and outcome.' })
export class WebhookDeliveryType {
  @Field(() => Int) databaseId!: number;
  @Field(() => Int) subscriptionId!: number;
  @Field({ description: 'The event id: the Idempotency-Key header receivers deduplicate on.' })
  eventId!: string;
  @Field(() => WebhookEventType) eventType!: WebhookEventType;
  @Field(() => WebhookDeliveryStatus) status!: WebhookDeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => DateTimeScalar) nextAttemptAt!: Date;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Int, { nullable: true }) lastStatusCode!: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryType, 'WebhookDelivery') {}

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'http(s) URL; private and loopback targets are refused in production.' })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @Field(() => [WebhookEventType])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEnum(WebhookEventType, { each: true })
  eventTypes!: WebhookEventType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  description?: string;
}
