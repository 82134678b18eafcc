import { IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInput } from '../../common/relay';
import { PromotionApplicationType } from './rules.type';

/** The HR queue's tabs: waiting for a decision, or decided one way or the other. */
export enum PromotionQueueStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(PromotionQueueStatus, {
  name: 'PromotionQueueStatus',
  description: 'PENDING (submitted or in review), APPROVED or REJECTED.',
});

@InputType({ description: 'Combined with AND; the caller’s row scope always applies on top.' })
export class PromotionApplicationFilter {
  @Field(() => ID, { nullable: true, description: "The applicant's department and its subtree." })
  @IsOptional()
  @IsString()
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'The position applied for.' })
  @IsOptional()
  @IsString()
  targetPositionId?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of the name or the employee number.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;
}

@ArgsType()
export class PromotionApplicationsArgs extends PageInput {
  @Field(() => PromotionQueueStatus, { nullable: true, description: 'Default PENDING.' })
  @IsOptional()
  @IsEnum(PromotionQueueStatus)
  status?: PromotionQueueStatus;

  @Field(() => PromotionApplicationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PromotionApplicationFilter;
}

@ObjectType('PromotionApplicationConnection')
export class PromotionApplicationConnection extends Connection(
  PromotionApplicationType,
  'PromotionApplication',
) {}
