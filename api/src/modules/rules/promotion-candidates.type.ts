import { IsBoolean, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PositionFamily } from '@talentloop/db/entities';
import { Connection, PageInput } from '../../common/relay';
import { DateScalar } from '../../common/scalars';
import { PromotionPathType } from './rules.type';

// GraphQL shapes of promotionCandidates: one row per candidate × target position, and a
// summary of the whole scope (the promotion pipeline) computed from the same evaluation.

@ObjectType('PromotionCandidate', {
  description: 'An employee in a position leading to a ruled target, with the rule’s verdict.',
})
export class PromotionCandidateType {
  @Field(() => ID, { description: 'Global id (Employee).' }) employeeId!: string;
  @Field() employeeNo!: string;
  @Field() name!: string;
  @Field(() => ID, { description: 'Current position (global id).' }) positionId!: string;
  @Field(() => ID, { description: 'Department (global id).' }) departmentId!: string;
  @Field(() => Int) passedGates!: number;
  @Field(() => Int) totalGates!: number;
  @Field(() => PromotionPathType, { description: 'The full evaluation, as promotionPath returns it.' })
  path!: PromotionPathType;
}

@ObjectType('PromotionPipelineBlock', {
  description: 'Candidates stopped at one gate (counted at the first gate of the rule they fail).',
})
export class PromotionPipelineBlockType {
  @Field(() => ID) targetPositionId!: string;
  @Field() targetPosition!: string;
  @Field() gateKey!: string;
  @Field({ description: 'COURSE, APPROVED_CASES or RECENT_RATING.' }) gateKind!: string;
  @Field(() => String, { nullable: true, description: 'COURSE gates: the required course’s name.' })
  courseName!: string | null;
  @Field(() => Int) count!: number;
}

@ObjectType('PromotionPipelineTarget', { description: 'Candidates and eligible per target position.' })
export class PromotionPipelineTargetType {
  @Field(() => ID) targetPositionId!: string;
  @Field() targetPosition!: string;
  @Field(() => Int) ruleVersion!: number;
  @Field(() => Int) candidates!: number;
  @Field(() => Int) eligible!: number;
}

@ObjectType('PromotionPipelineSummary', {
  description: 'The whole scope’s candidates (every page, the `eligible` filter not applied).',
})
export class PromotionPipelineSummaryType {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int) candidates!: number;
  @Field(() => Int) eligible!: number;
  @Field(() => [PromotionPipelineBlockType]) blocked!: PromotionPipelineBlockType[];
  @Field(() => [PromotionPipelineTargetType]) targets!: PromotionPipelineTargetType[];
}

@ObjectType('PromotionCandidateConnection')
export class PromotionCandidateConnection extends Connection(PromotionCandidateType, 'PromotionCandidate') {
  @Field(() => PromotionPipelineSummaryType)
  summary!: PromotionPipelineSummaryType;
}

@InputType({ description: 'Combined with AND; the caller’s row scope always applies on top.' })
export class PromotionCandidateFilter {
  @Field(() => ID, { nullable: true, description: 'A department: it and its whole subtree.' })
  @IsOptional()
  @IsString()
  departmentId?: string;

  @Field(() => PositionFamily, { nullable: true, description: 'Only target positions of this family.' })
  @IsOptional()
  positionFamily?: PositionFamily;

  @Field({ nullable: true, description: 'Only eligible (true) or only not yet eligible (false).' })
  @IsOptional()
  @IsBoolean()
  eligible?: boolean;

  @Field({ nullable: true, description: 'Case-insensitive substring of the name or the employee number.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;
}

@ArgsType()
export class PromotionCandidatesArgs extends PageInput {
  @Field(() => ID, { nullable: true, description: 'Default: every position with an active rule.' })
  @IsOptional()
  @IsString()
  targetPositionId?: string;

  @Field(() => PromotionCandidateFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PromotionCandidateFilter;

  @Field(() => DateScalar, { nullable: true, description: 'Default: today.' })
  @IsOptional()
  asOf?: string;
}
