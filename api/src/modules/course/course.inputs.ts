import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../common/scalars';

@InputType()
export class CreateCourseInput {
  @Field({ description: 'Unique code, e.g. SALES-101.' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/, { message: 'must be 2–40 letters, digits, - or _' })
  code!: string;

  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field()
  @IsString()
  @Length(2, 40)
  category!: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0.5)
  @Max(1000)
  hours!: number;

  @Field(() => DecimalScalar, { description: 'Cost per participant, CNY.' })
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'must be a non-negative amount with at most 2 decimals' })
  cost!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  core: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  mandatory: boolean = false;

  @Field(() => Float, { defaultValue: 60 })
  @IsNumber()
  @Min(0)
  @Max(100)
  passScore: number = 60;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  description?: string;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateCourseInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 40)
  category?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0.5)
  @Max(1000)
  hours?: number;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'must be a non-negative amount with at most 2 decimals' })
  cost?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  core?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  mandatory?: boolean;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  passScore?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class CreateCourseSessionInput {
  @Field(() => ID)
  @IsString()
  courseId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An internal lecturer (employee); omit for external trainers.',
  })
  @IsOptional()
  @IsString()
  lecturerId?: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  location?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number;
}
