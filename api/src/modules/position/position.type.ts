import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PositionFamily } from '@talentloop/db/entities';
import { Node } from '../../common/relay';

registerEnumType(PositionFamily, { name: 'PositionFamily' });

@ObjectType('Position', { implements: Node })
export class PositionType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => PositionFamily)
  family!: PositionFamily;

  @Field(() => Int, { description: 'Seniority within the family; 1 = entry level.' })
  level!: number;

  @Field()
  managerial!: boolean;
}

@ObjectType('Competency', { implements: Node })
export class CompetencyType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;
}

@ObjectType('CareerPath', { description: 'An edge of the career graph: fromPosition → toPosition.' })
export class CareerPathType {
  @Field(() => Int, { nullable: true, description: 'Typical months in fromPosition before the move.' })
  typicalMonths!: number | null;
}

@ObjectType('CompetencyRequirement', { description: 'A competency a position requires, at a level 1–5.' })
export class CompetencyRequirementType {
  @Field(() => Int)
  requiredLevel!: number;
}
