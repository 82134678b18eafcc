import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/relay';
import { DateScalar, DecimalScalar } from '../../common/scalars';

@ObjectType('Course', { implements: Node })
export class CourseType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'SALES, MANAGEMENT, PRODUCTION, GENERAL …' })
  category!: string;

  @Field(() => Float, { description: 'Nominal hours.' })
  hours!: number;

  @Field(() => DecimalScalar, { description: 'Cost per participant, CNY.' })
  cost!: string;

  @Field({ description: 'Core courses count towards promotion gates and awards.' })
  core!: boolean;

  @Field()
  mandatory!: boolean;

  @Field(() => Float, { description: 'Exam score needed to pass.' })
  passScore!: number;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field()
  active!: boolean;
}

@ObjectType('CourseSession', { implements: Node, description: 'One run of a course.' })
export class CourseSessionType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => Int, { nullable: true })
  capacity!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean participant rating 1–5.' })
  ratingAvg!: number | null;

  @Field(() => Int)
  ratingCount!: number;
}

@ObjectType('CourseCompetency', { description: 'A competency a course builds, with match weight 0–1.' })
export class CourseCompetencyType {
  @Field(() => Float)
  weight!: number;
}
