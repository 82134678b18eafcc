import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/relay';

@ObjectType('Department', { implements: Node })
export class DepartmentType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: "Materialised ancestor path including this node, e.g. '/1/4/9/'." })
  path!: string;

  @Field(() => Int, { description: '0 for the root.' })
  depth!: number;
}
