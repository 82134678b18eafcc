import { IsIn, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@InputType()
export class SubmitPracticeCaseInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The completed enrolment the case applies (sets the course).',
  })
  @IsOptional()
  @IsString()
  enrollmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Only when there is no enrolment.' })
  @IsOptional()
  @IsString()
  courseId?: string;

  @Field(() => ID, { nullable: true, description: 'HR only: submit on behalf of this employee.' })
  @IsOptional()
  @IsString()
  employeeId?: string;

  @Field()
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field()
  @IsString()
  @Length(10, 20000)
  summary!: string;
}

@InputType()
export class ReviewPracticeCaseInput {
  @Field(() => ID)
  @IsString()
  caseId!: string;

  @Field(() => ReviewDecision)
  @IsIn(Object.values(ReviewDecision))
  decision!: ReviewDecision;

  @Field(() => Float, { nullable: true, description: 'Required to approve; 0–100.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  score?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  comment?: string;
}

@InputType()
export class RecordCitationInput {
  @Field(() => ID)
  @IsString()
  caseId!: string;

  @Field(() => ID, { description: 'The department reusing the case.' })
  @IsString()
  departmentId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}
