import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Course,
  Enrollment,
  EnrollmentStatus,
  PerformanceReview,
  TrainingImpact,
} from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { DateScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { inTransaction } from '../audit/audit.service';
import { EnrollmentType } from '../enrollment/enrollment.type';
import type { ImpactResult } from '@talentloop/rules';
import { evaluateAllDueImpacts, previewEnrollmentImpact } from './impact.service';
import { listRules, saveRule } from './rule-store.service';
import { previewRuleChange } from './rule-preview.service';
import { RulePreviewType } from './rule-preview.type';
import { badInput } from '../../common/errors';
import { toImpactType, toRuleType } from './rules.mappers';
import { PerformanceReviewType } from '../performance/performance.type';
import {
  ImpactRunType,
  RuleKindEnum,
  RuleType,
  TrainingAdjustmentSourceType,
  TrainingImpactType,
} from './rules.type';

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
  @Query(() => RulePreviewType, {
    description:
      'Impact preview of a rule edit: the draft and the active version evaluated over your scope; nothing is saved.',
  })
  async previewRuleChange(
    @Arg('kind', () => RuleKindEnum) kind: RuleKindEnum,
    @Arg('key') key: string,
    @Arg('definition', () => GraphQLJSONObject) definition: Record<string, unknown>,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('first', () => Int, { nullable: true, description: '1–200, default 50.' }) first: number | null,
    @Arg('offset', () => Int, { nullable: true }) offset: number | null,
    @Ctx() ctx: Context,
  ): Promise<RulePreviewType> {
    if (first != null && (first < 1 || first > 200))
      throw badInput({ field: 'first', message: 'must be between 1 and 200' });
    if (offset != null && offset < 0) throw badInput({ field: 'offset', message: 'must not be negative' });
    const preview = await previewRuleChange(
      ctx.em,
      ctx.viewer,
      { kind, key, definition, asOf: asOf ?? today() },
      { first: first ?? 50, offset: offset ?? 0 },
    );
    return { ...preview, kind: preview.kind as RuleKindEnum };
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

  @Authorized(Role.HR)
  @Mutation(() => ImpactRunType, {
    description:
      'Evaluates every completed, rule-bound enrollment without a stored verdict and carries out its actions.',
  })
  async evaluateDueImpacts(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, (tx) => evaluateAllDueImpacts(tx, asOf ?? today(), new Date()));
  }
}

@Resolver(() => PerformanceReviewType)
export class ReviewAdjustmentResolver {
  @FieldResolver(() => [TrainingAdjustmentSourceType], {
    description: 'The EXCELLENT training verdicts whose +points make up trainingAdjustment.',
  })
  async trainingAdjustmentSources(@Root() review: PerformanceReview, @Ctx() ctx: Context) {
    const impacts = await ctx.loaders.manyBy(TrainingImpact, 'employee').load(review.employee.id);
    const sources = impacts.filter(
      (i) => (i.metrics as unknown as ImpactResult).performanceAdjustment?.quarter === review.period,
    );
    const courses = await Promise.all(sources.map((i) => ctx.loaders.byId(Course).load(i.course.id)));
    return sources.map((row, k) => {
      const result = row.metrics as unknown as ImpactResult;
      return {
        enrollmentId: row.enrollment.id,
        courseName: courses[k]?.name ?? '',
        points: result.performanceAdjustment!.points,
        verdict: result.verdict,
        ruleVersion: row.ruleVersion,
        formula: result.formula,
      };
    });
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
