import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EmployeeStatus } from '@talentloop/db/entities';
import { Node } from '../../common/relay';
import { DateScalar } from '../../common/scalars';

registerEnumType(EmployeeStatus, { name: 'EmployeeStatus' });

/**
 * A person. Resolvers return Employee entities; scalar fields read the entity's properties,
 * relations and PII go through field resolvers (employee.resolver.ts).
 */
@ObjectType('Employee', { implements: Node })
export class EmployeeType extends Node {
  @Field(() => Int, { description: 'Database id (stable; use `id` for node lookups).' })
  databaseId!: number;

  @Field({ description: '工号, unique.' })
  employeeNo!: string;

  @Field()
  name!: string;

  @Field(() => DateScalar)
  hireDate!: string;

  @Field(() => EmployeeStatus)
  status!: EmployeeStatus;

  @Field(() => String, {
    nullable: true,
    description: 'PII: masked for EXECUTIVE and for integrations without pii:read.',
  })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'PII: masked like email.' })
  phone!: string | null;
}
