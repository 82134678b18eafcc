import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Authorized, Ctx, Field, Info, Query, Resolver } from 'type-graphql';
import { AuditLog } from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { badInput } from '../../common/errors';
import { PageInput, paginate } from '../../common/relay';
import { DateTimeScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { AuditChainVerification, verifyAuditChain } from './audit.chain';
import { AuditEntryConnection, type AuditEntryType } from './audit.type';

@ArgsType()
class AuditLogArgs extends PageInput {
  @Field(() => String, { nullable: true, description: '`user:<login id>` or `system:<job>`.' })
  @IsOptional()
  @Matches(/^(user:[1-9][0-9]{0,9}|system:[a-z0-9-]{1,40})$/, {
    message: 'must be user:<login id> or system:<job>',
  })
  actor?: string;

  @Field(() => String, { nullable: true, description: 'e.g. Enrollment, AppUser, DomainEvent.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  entityType?: string;

  @Field(() => String, { nullable: true, description: 'Only with entityType: one entity’s history.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  entityId?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Rows at or after this instant.' })
  @IsOptional()
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Rows before this instant.' })
  @IsOptional()
  to?: Date;
}

function toEntry(row: AuditLog): AuditEntryType {
  return {
    databaseId: row.id,
    actor: row.actorLabel,
    actorUserId: row.actor?.id ?? null,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId ?? null,
    before: row.before ?? null,
    after: row.after ?? null,
    at: row.at,
  };
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.HR)
  @Query(() => AuditChainVerification, {
    description: 'Re-computes the audit log’s hash chain and names the first row that breaks it (HR only).',
  })
  async verifyAuditChain(@Ctx() ctx: Context): Promise<AuditChainVerification> {
    return verifyAuditChain(ctx.em);
  }

  @Authorized(Role.HR)
  @Query(() => AuditEntryConnection, {
    description: 'The append-only audit log, newest first, filtered by actor, entity and time (HR only).',
  })
  async auditLog(
    @Args(() => AuditLogArgs) args: AuditLogArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (args.entityId !== undefined && args.entityType === undefined)
      throw badInput({ field: 'entityId', message: 'needs entityType' });
    if (args.from && args.to && args.from > args.to)
      throw badInput({ field: 'from', message: 'must not be after to' });
    const where: FilterQuery<AuditLog> = {
      // user:<id> through the (actor_id, at) index; system jobs by label.
      ...(args.actor?.startsWith('user:') ? { actor: Number(args.actor.slice(5)) } : {}),
      ...(args.actor?.startsWith('system:') ? { actorLabel: args.actor } : {}),
      ...(args.entityType ? { entityType: args.entityType } : {}),
      ...(args.entityId ? { entityId: args.entityId } : {}),
      ...(args.from || args.to
        ? { at: { ...(args.from ? { $gte: args.from } : {}), ...(args.to ? { $lt: args.to } : {}) } }
        : {}),
    };
    const page = await paginate(ctx.em, AuditLog, where, [{ at: 'desc', id: 'desc' }], args, info);
    return {
      ...page,
      edges: page.edges.map((e) => ({ ...e, node: toEntry(e.node) })),
      nodes: page.nodes.map(toEntry),
    };
  }
}
