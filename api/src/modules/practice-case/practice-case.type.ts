import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PracticeCaseStatus } from '@talentloop/db/entities';
import { Node } from '../../common/relay';
import { DateTimeScalar } from '../../common/scalars';

registerEnumType(PracticeCaseStatus, { name: 'PracticeCaseStatus' });

@ObjectType('PracticeCase', { implements: Node, description: '实践案例: how an employee applied a course.' })
export class PracticeCaseType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => PracticeCaseStatus)
  status!: PracticeCaseStatus;

  @Field(() => DateTimeScalar)
  submittedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => Float, { nullable: true })
  reviewScore!: number | null;

  @Field(() => String, { nullable: true })
  reviewComment!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When adopted into the knowledge base.' })
  adoptedAt!: Date | null;
}

@ObjectType('KnowledgeCitation', {
  implements: Node,
  description: 'A department reusing a knowledge-base case.',
})
export class KnowledgeCitationType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field(() => DateTimeScalar)
  citedAt!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
