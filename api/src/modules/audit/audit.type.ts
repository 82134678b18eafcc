import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { Connection } from '../../common/relay';

@ObjectType('AuditEntry', {
  description: 'One row of the append-only audit log: who changed what, with before/after images.',
})
export class AuditEntryType {
  @Field(() => Int)
  databaseId!: number;

  @Field({ description: '`user:<login id>` or `system:<job>` (e.g. system:outbox).' })
  actor!: string;

  @Field(() => Int, { nullable: true, description: 'The login that acted; null for system jobs.' })
  actorUserId!: number | null;

  @Field({ description: 'e.g. enrollment.complete, appUser.revokeSessions, event.EnrollmentCompleted.' })
  action!: string;

  @Field()
  entityType!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => DateTimeScalar)
  at!: Date;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntryType, 'AuditEntry') {}
