import { IsIn, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { PerformanceRating } from '@talentloop/db/entities';
import { describeRatingCutoffs } from '@talentloop/rules';

@InputType()
export class CreatePerformanceReviewInput {
  @Field(() => ID)
  @IsString()
  employeeId!: string;

  @Field({ description: "Quarter, e.g. '2026-Q1'." })
  @Matches(/^\d{4}-Q[1-4]$/, { message: "must look like '2026-Q1'" })
  period!: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0)
  @Max(100)
  baseScore!: number;

  @Field(() => Float, { defaultValue: 0, description: 'Points from training linkage (rule 1), −20…+20.' })
  @IsNumber()
  @Min(-20)
  @Max(20)
  trainingAdjustment: number = 0;

  @Field(() => PerformanceRating, {
    nullable: true,
    description: `Derived from the final score (${describeRatingCutoffs()}); when given it must agree.`,
  })
  @IsOptional()
  @IsIn(Object.values(PerformanceRating))
  rating?: PerformanceRating;
}

@InputType()
export class GivePeerFeedbackInput {
  @Field(() => ID, { description: 'The colleague the feedback is about.' })
  @IsString()
  employeeId!: string;

  @Field({ description: "e.g. '2026-Q1'." })
  @Matches(/^\d{4}-Q[1-4]$/, { message: "must look like '2026-Q1'" })
  period!: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0)
  @Max(100)
  score!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}
