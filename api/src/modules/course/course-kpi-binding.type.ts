import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { KpiDirection } from '@talentloop/db/entities';
import { KPI_MEASURES, OUTCOME_VERDICTS, type KpiMeasure, type OutcomeVerdict } from '@talentloop/rules';
import {
  ComparisonOperatorEnum,
  KpiMeasureEnum,
  OutcomeVerdictEnum,
  type ComparisonOperator,
} from '../rules/rules.enums';

// A course ↔ KPI binding as rule data: the typed view of the TRAINING_IMPACT rule version that
// judges the course, and HR's edit of one binding (saved as the rule's next version).

@ObjectType('KpiBindingThreshold', {
  description:
    'When the binding’s measured change compares to value by op, the verdict follows (with the other thresholds of that verdict).',
})
export class KpiBindingThresholdType {
  @Field(() => OutcomeVerdictEnum) verdict!: OutcomeVerdict;
  @Field(() => ComparisonOperatorEnum) op!: ComparisonOperator;
  @Field(() => Float) value!: number;
}

@InputType()
export class KpiBindingThresholdInput {
  @Field(() => OutcomeVerdictEnum)
  @IsIn([...OUTCOME_VERDICTS])
  verdict!: OutcomeVerdict;

  @Field(() => ComparisonOperatorEnum)
  @IsIn(Object.keys(ComparisonOperatorEnum))
  op!: ComparisonOperator;

  @Field(() => Float)
  @IsNumber()
  @Min(-1_000_000)
  @Max(1_000_000)
  value!: number;
}

@InputType({
  description: 'HR: change one KPI binding of a course; stored as a new version of its TRAINING_IMPACT rule.',
})
export class UpdateCourseKpiBindingInput {
  @Field(() => ID)
  @IsString()
  courseId!: string;

  @Field({ description: 'The binding’s key in the rule (e.g. SALES_GROWTH); a new key adds a binding.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'must be 2–40 upper-case letters, digits or _' })
  key!: string;

  @Field({ nullable: true, description: 'KpiDefinition code the binding reads.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  kpiCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  label?: string;

  @Field(() => KpiMeasureEnum, { nullable: true })
  @IsOptional()
  @IsIn([...KPI_MEASURES])
  measure?: KpiMeasure;

  @Field(() => KpiDirection, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(KpiDirection))
  direction?: KpiDirection;

  @Field(() => Float, { nullable: true, description: 'Weight in the contribution %.' })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(100)
  weight?: number;

  @Field(() => [KpiBindingThresholdInput], {
    nullable: true,
    description: 'Replaces every threshold of this binding; omitted = unchanged.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  thresholds?: KpiBindingThresholdInput[];

  @Field(() => Int, { nullable: true, description: 'Tracking window (months) of the whole rule.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  windowMonths?: number;

  @Field({ nullable: true, description: 'Remove this binding (and its thresholds) from the rule.' })
  @IsOptional()
  @IsBoolean()
  remove?: boolean;
}
