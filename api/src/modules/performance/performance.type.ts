import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PerformanceRating } from '@talentloop/db/entities';
import { Node } from '../../common/relay';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

registerEnumType(PerformanceRating, { name: 'PerformanceRating' });

@ObjectType('PerformanceReview', {
  implements: Node,
  description: 'A quarterly review: final = base + training adjustment.',
})
export class PerformanceReviewType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field({ description: "e.g. '2026-Q1'." })
  period!: string;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => Float)
  baseScore!: number;

  @Field(() => Float)
  trainingAdjustment!: number;

  @Field(() => Float)
  finalScore!: number;

  @Field(() => PerformanceRating)
  rating!: PerformanceRating;

  @Field(() => DateTimeScalar, { nullable: true })
  reviewedAt!: Date | null;
}

@ObjectType('PeerFeedback', { implements: Node, description: '同事评价.' })
export class PeerFeedbackType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field()
  period!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}
