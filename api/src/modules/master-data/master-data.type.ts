import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AwardCampaignStatus } from '@talentloop/db/entities';
import { Node } from '../../common/relay';

export enum SyncStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REMOVED = 'REMOVED',
  ERROR = 'ERROR',
}
registerEnumType(SyncStatus, {
  name: 'SyncStatus',
  description:
    'What a master-data row did: CREATED, UPDATED, UNCHANGED (a replay), REMOVED (career-path edges) or ERROR (see problems).',
});
registerEnumType(AwardCampaignStatus, { name: 'AwardCampaignStatus' });

@ObjectType('SyncProblem', {
  description: 'Why a row was not written: an error code and the field at fault.',
})
export class SyncProblemType {
  @Field({ description: 'BAD_USER_INPUT, NOT_FOUND, FORBIDDEN or CONFLICT.' })
  code!: string;

  @Field({ description: "Path of the field, e.g. 'input[3].departmentExternalId'." })
  field!: string;

  @Field()
  message!: string;
}

@ObjectType('SyncRowResult', {
  description: 'The outcome of one master-data row (single mutation or batch row).',
})
export class SyncRowResultType {
  @Field(() => Int, { description: 'Position of the row in the input (0 for a single mutation).' })
  index!: number;

  @Field(() => SyncStatus)
  status!: SyncStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the written or matched row (null on ERROR).',
  })
  id!: string | null;

  @Field(() => Int, { nullable: true })
  databaseId!: number | null;

  @Field(() => String, { nullable: true })
  sourceSystem!: string | null;

  @Field(() => String, { nullable: true })
  externalId!: string | null;

  @Field(() => [SyncProblemType])
  problems!: SyncProblemType[];

  /** Resolved by the resolver through node(): null when the row is outside your read scope. */
  typeName!: string;
}

@ObjectType('ProductionLine', {
  implements: Node,
  description: 'A production line; KPI feeds name it by code.',
})
export class ProductionLineType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  active!: boolean;

  @Field(() => String, { nullable: true })
  sourceSystem!: string | null;

  @Field(() => String, { nullable: true })
  externalId!: string | null;
}

@ObjectType('CareerPathChange', { description: 'The outcome of upserting or removing a career-path edge.' })
export class CareerPathChangeType {
  @Field(() => SyncStatus)
  status!: SyncStatus;

  @Field(() => ID)
  fromPositionId!: string;

  @Field(() => ID)
  toPositionId!: string;

  @Field(() => Int, { nullable: true })
  typicalMonths!: number | null;
}
