import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnrollmentStatus } from '@talentloop/db/entities';
import { Node } from '../../common/relay';
import { DateScalar } from '../../common/scalars';

registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });

@ObjectType('Enrollment', {
  implements: Node,
  description: 'An employee taking a course (one row per attempt).',
})
export class EnrollmentType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field(() => EnrollmentStatus)
  status!: EnrollmentStatus;

  @Field(() => DateScalar)
  enrolledOn!: string;

  @Field(() => DateScalar, { nullable: true })
  completedOn!: string | null;

  @Field(() => Float, { description: 'Hours attended.' })
  hours!: number;

  @Field(() => Float, { nullable: true })
  examScore!: number | null;

  @Field(() => Float, { nullable: true, description: '实践应用 score.' })
  practiceScore!: number | null;

  @Field()
  voluntary!: boolean;

  @Field(() => Int)
  attempt!: number;

  @Field(() => Int, { nullable: true, description: "The participant's rating of the session (1–5)." })
  sessionRating!: number | null;
}
