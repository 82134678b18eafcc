import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Enrollment, EnrollmentStatus, TrainingImpact } from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { DateScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { inTransaction } from '../audit/audit.service';
import { EnrollmentType } from '../enrollment/enrollment.type';
import type { ImpactResult } from './impact.evaluator';
import { previewEnrollmentImpact } from './impact.service';
import { listRules, saveRule } from './rule-store.service';
import { toImpactType, toRuleType } from './rules.mappers';
import { RuleKindEnum, RuleType, TrainingImpactType } from './rules.type';

export const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => RuleType)
export class RulesResolver {
  @Authorized()
  @Query(() => [RuleType], {
    description: 'Linkage rules: active versions, or every version of `key` with history.',
  })
  async rules(
    @Arg('kind', () => RuleKindEnum) kind: RuleKindEnum,
    @Arg('key', () => String, { nullable: true }) key: string | null,
    @Arg('history', () => Boolean, { nullable: true }) history: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<RuleType[]> {
    const rows = await listRules(ctx.em, kind, { ...(key ? { key } : {}), history: history ?? false });
    return rows.map(toRuleType);
  }

  @Authorized(Role.HR)
  @Mutation(() => RuleType, {
    description: 'Validates and stores a new version of a rule (PROMOTION: key = target position code).',
  })
  async saveRule(
    @Arg('kind', () => RuleKindEnum) kind: RuleKindEnum,
    @Arg('key') key: string,
    @Arg('definition', () => GraphQLJSONObject) definition: Record<string, unknown>,
    @Arg('description', () => String, { nullable: true }) description: string | null,
    @Ctx() ctx: Context,
  ): Promise<RuleType> {
    const stored = await inTransaction(ctx.em, (tx) =>
      saveRule(tx, ctx.viewer, kind, key, definition, description),
    );
    return toRuleType(stored);
  }
}

@Resolver(() => EnrollmentType)
export class EnrollmentImpactResolver {
  @FieldResolver(() => TrainingImpactType, {
    nullable: true,
    description:
      'Training → performance verdict: the stored one, else a live preview; null when no rule binds the course.',
  })
  async impact(
    @Root() enrollment: Enrollment,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<TrainingImpactType | null> {
    const rows = await ctx.loaders.manyBy(TrainingImpact, 'enrollment', { id: 'desc' }).load(enrollment.id);
    const row = rows[0];
    if (row) return toImpactType(row.metrics as unknown as ImpactResult, row);
    if (enrollment.status !== EnrollmentStatus.COMPLETED) return null;
    const preview = await previewEnrollmentImpact(ctx.em, enrollment.id, asOf ?? today());
    return preview ? toImpactType(preview.result, null) : null;
  }
}
