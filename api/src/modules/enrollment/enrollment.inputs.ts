import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

@InputType()
export class EnrollInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to your own employee record.' })
  @IsOptional()
  @IsString()
  employeeId?: string;

  @Field(() => ID)
  @IsString()
  courseId!: string;

  @Field(() => ID, { nullable: true, description: 'A session of that course.' })
  @IsOptional()
  @IsString()
  sessionId?: string;

  @Field({ nullable: true, description: 'Chosen by the employee (default: true when enrolling yourself).' })
  @IsOptional()
  @IsBoolean()
  voluntary?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Default: today.' })
  @IsOptional()
  enrolledOn?: string;
}

@InputType()
export class RecordCompletionInput {
  @Field(() => ID)
  @IsString()
  enrollmentId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Default: today.' })
  @IsOptional()
  completedOn?: string;

  @Field(() => Float, { description: 'Hours attended.' })
  @IsNumber()
  @Min(0)
  @Max(1000)
  hours!: number;

  @Field(() => Float, { nullable: true, description: 'Below the course pass score → FAILED.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  examScore?: number;

  @Field(() => Float, { nullable: true, description: '实践应用 score.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  practiceScore?: number;

  @Field(() => Int, { nullable: true, description: "The participant's rating of the session, 1–5." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  sessionRating?: number;
}
